import { parseNumber } from "../../../../src/core/read/transactions/number";
import {
  ERROR_VALUE,
  NOT_A_NUMBER,
  NUMBER_OUT_OF_RANGE,
  PERCENT_NOT_MONEY,
} from "../../../../src/core/read/transactions/failure";

describe("parseNumber", () => {
  it("passes real numbers through and treats blanks as blank", () => {
    expect(parseNumber(1234.56)).toBe(1234.56);
    expect(parseNumber(-0.5)).toBe(-0.5);
    expect(parseNumber(null)).toBeNull();
    expect(parseNumber("")).toBeNull();
    expect(parseNumber(" \u00a0 ")).toBeNull();
  });

  it.each([
    ["1234.56", 1234.56],
    ["-12", -12],
    ["+7", 7],
    [".5", 0.5],
    ["1.5E3", 1500],
    ["1,234.56", 1234.56],
    ["1,234,567.8", 1234567.8],
    ["1,234", 1234],
    ["1.234", 1.234],
    ["12,5", 12.5],
    ["0,125", 0.125],
    ["1,2345", 1.2345],
    ["1.234,56", 1234.56],
    ["1.234.567", 1234567],
    ["1.234.567,89", 1234567.89],
    ["1 234,56", 1234.56],
    ["1\u00a0234,56", 1234.56],
    ["1\u202f234\u202f567", 1234567],
    ["1 234.56", 1234.56],
    ["1'234.50", 1234.5],
    ["\u00a0 42 \u00a0", 42],
  ])("reads %p as %p", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each([
    ["(1,234.00)", -1234],
    ["($1,234.00)", -1234],
    ["1,234.00-", -1234],
    ["-1.234,56", -1234.56],
    ["\u22125", -5],
    ["-$5.10", -5.1],
    ["$-5.10", -5.1],
    ["5.10 USD-", -5.1],
  ])("reads the negative %p as %p", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each([
    ["$1,234.56", 1234.56],
    ["€1.234,56", 1234.56],
    ["1.234,56 €", 1234.56],
    ["£ 99", 99],
    ["¥1,000", 1000],
    ["USD 1,234.56", 1234.56],
    ["1 234,56 EUR", 1234.56],
    ["eur 10", 10],
    ["US$12", 12],
  ])("reads %p with its currency mark as %p", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it("refuses percentages for money and reads them as fractions for plain numbers", () => {
    expect(parseNumber("15%")).toBe(PERCENT_NOT_MONEY);
    expect(parseNumber("15 %", "number")).toBeCloseTo(0.15, 15);
    expect(parseNumber("-2,5%", "number")).toBeCloseTo(-0.025, 15);
  });

  it.each([
    ["12,34.5"],
    ["1,2,3"],
    ["1.234.56"],
    ["1,234."],
    ["abc"],
    ["12abc"],
    ["--5"],
    ["(-5)"],
    ["(5"],
    ["$5€"],
    ["ABC 5"],
    ["1.234 567"],
    ["1 234.567,89"],
    ["5 6"],
  ])("fails on %p, expecting a number", (text) => {
    const parsed = parseNumber(text);
    expect(parsed).toBe(NOT_A_NUMBER);
    expect(NOT_A_NUMBER.expected).toBe("a number");
  });

  it("fails on booleans, dates, non-finite numbers and Excel errors", () => {
    expect(parseNumber(true)).toBe(NOT_A_NUMBER);
    expect(parseNumber(new Date(Date.UTC(2024, 0, 1)))).toBe(NOT_A_NUMBER);
    expect(parseNumber(Number.NaN)).toBe(NOT_A_NUMBER);
    expect(parseNumber(Number.POSITIVE_INFINITY)).toBe(NUMBER_OUT_OF_RANGE);
    expect(parseNumber("1e309")).toBe(NUMBER_OUT_OF_RANGE);
    expect(parseNumber("-1.5e400")).toBe(NUMBER_OUT_OF_RANGE);
    expect(parseNumber(`${"9".repeat(320)}.5`)).toBe(NUMBER_OUT_OF_RANGE);
    expect(parseNumber("1.7e308")).toBe(1.7e308);
    expect(parseNumber({ error: "#DIV/0!" })).toBe(ERROR_VALUE);
    expect(parseNumber("#N/A")).toBe(ERROR_VALUE);
    expect(parseNumber(" #value! ")).toBe(ERROR_VALUE);
    expect(parseNumber("#hashtag")).toBe(NOT_A_NUMBER);
  });
});
