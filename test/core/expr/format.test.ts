import {
  equalExpressions,
  formatExpression,
  formatName,
  parseExpression,
} from "../../../src/core/expr";
import { randomExpr, randomSource, shape } from "./helpers";

const canonical = (text: string) => formatExpression(parseExpression(text));

describe("formatExpression", () => {
  it.each([
    ["MarginVariance>0.02", "MarginVariance > 0.02"],
    ["(Profit)/(Revenue)", "Profit / Revenue"],
    [
      "((CurrentMarginPct + SegmentAvgMarginPct)) / 2",
      "(CurrentMarginPct + SegmentAvgMarginPct) / 2",
    ],
    [
      "(SuggestedMarginPct-CurrentMarginPct)*AnnualRevenue/4",
      "(SuggestedMarginPct - CurrentMarginPct) * AnnualRevenue / 4",
    ],
    ["if(revenue>0;profit/revenue;null)", "IF(revenue > 0, profit / revenue, NULL)"],
    ["and(CurrentMarginPct<0,RevenueRank>.5)", "AND(CurrentMarginPct < 0, RevenueRank > 0.5)"],
    ["=10 - (4 - 3)", "10 - (4 - 3)"],
    ["(10 - 4) - 3", "10 - 4 - 3"],
    ["2 ^ (3 ^ 2)", "2^(3^2)"],
    ["(2 ^ 3) ^ 2", "2^3^2"],
    ["(-2) ^ 2", "-2^2"],
    ["-(2 ^ 2)", "-(2^2)"],
    ["-(x%)", "-(x%)"],
    ["(-x)%", "-x%"],
    ["(a + b)%", "(a + b)%"],
    ["1 - (-1)", "1 - -1"],
    ["12%", "12%"],
    ["1e-3", "0.001"],
    ["1E21", "1e+21"],
    ["0.0000001", "1e-7"],
    ['"say ""hi"""', '"say ""hi"""'],
    [
      "[Avg Margin %] + Series1.AvgMarginPct + Series1.[Avg %]",
      "[Avg Margin %] + Series1.AvgMarginPct + [Series1.Avg %]",
    ],
    ["[Revenue]", "Revenue"],
    ["[true]", "[true]"],
    ['"a" & ("b" & "c")', '"a" & ("b" & "c")'],
    ["(a = b) = c", "a = b = c"],
    ["a = (b = c)", "a = (b = c)"],
  ])("%s -> %s", (text, expected) => {
    expect(canonical(text)).toBe(expected);
  });

  it("brackets names the parser would not read back as they are", () => {
    expect(formatName("Revenue")).toBe("Revenue");
    expect(formatName("Series1.AvgMarginPct")).toBe("Series1.AvgMarginPct");
    expect(formatName("Avg Margin %")).toBe("[Avg Margin %]");
    expect(formatName("a]b")).toBe("[a]]b]");
    expect(formatName("NULL")).toBe("[NULL]");
    expect(formatName("2024Revenue")).toBe("[2024Revenue]");
    expect(formatName("a..b")).toBe("[a..b]");
  });

  it("gives back the same tree when its text is parsed (property over 3000 random trees)", () => {
    const random = randomSource(20261123);
    for (let i = 0; i < 3000; i++) {
      const expr = randomExpr(random, 5);
      const text = formatExpression(expr);
      const reparsed = parseExpression(text);
      if (!equalExpressions(reparsed, expr)) {
        throw new Error(`${text}\n  was ${shape(expr)}\n  got ${shape(reparsed)}`);
      }
      expect(formatExpression(reparsed)).toBe(text);
    }
  });
});

describe("equalExpressions", () => {
  it("ignores spans and nothing else", () => {
    expect(equalExpressions(parseExpression("a+1"), parseExpression(" a  +  1 "))).toBe(true);
    expect(equalExpressions(parseExpression("a+1"), parseExpression("a+2"))).toBe(false);
    expect(equalExpressions(parseExpression("a+1"), parseExpression("a-1"))).toBe(false);
    expect(equalExpressions(parseExpression("1"), parseExpression('"1"'))).toBe(false);
    expect(equalExpressions(parseExpression("MIN(a, b)"), parseExpression("MIN(a)"))).toBe(false);
  });
});
