import { evaluate, parseExpression, type Value } from "../../../src/core/expr";

const VALUES: Record<string, Value> = {
  Revenue: 1000,
  Profit: 150,
  Zero: 0,
  Blank: null,
  Negative: -4,
  Segment: "Retail",
  Yes: true,
  No: false,
  "Avg Margin %": 0.15,
  "Series1.AvgMarginPct": 0.2,
};

const run = (text: string, values: Record<string, Value> = VALUES) =>
  evaluate(parseExpression(text), (name) => (name in values ? values[name] : undefined));

describe("evaluate: arithmetic as Excel computes it", () => {
  it.each<[string, Value]>([
    ["1 + 2 * 3", 7],
    ["(1 + 2) * 3", 9],
    ["10 - 4 - 3", 3],
    ["12 / 3 / 2", 2],
    ["-2^2", 4],
    ["2^3^2", 64],
    ["2^-2", 0.25],
    ["-(2^2)", -4],
    ["12%", 0.12],
    ["50%^2", 0.25],
    ["200 * 5%", 10],
    ["+5", 5],
    ["--5", 5],
    ["1e-3 * 1000", 1],
    ["Profit / Revenue", 0.15],
    ["[Avg Margin %] * 2", 0.3],
    ["Series1.AvgMarginPct + 0", 0.2],
    ["TRUE + TRUE", 2],
    ["Yes * 10", 10],
    ["-No", 0],
  ])("%s = %p", (text, expected) => {
    expect(run(text)).toBe(expected);
  });

  it("never yields -0", () => {
    expect(Object.is(run("-0"), 0)).toBe(true);
    expect(Object.is(run("0 * -1"), 0)).toBe(true);
    expect(Object.is(run("-Zero"), 0)).toBe(true);
  });
});

describe("evaluate: blanks and impossible results", () => {
  it.each<[string, Value]>([
    // SPEC: a ratio is blank when its denominator is 0, never Infinity or NaN.
    ["Profit / Zero", null],
    ["0 / 0", null],
    ["Profit / Blank", null],
    ["Blank + 1", null],
    ["Blank * 0", null],
    ["-Blank", null],
    ["Blank%", null],
    ["1e308 * 10", null],
    ["(-8)^(1/3)", null],
    ["0^0", null],
    ["0^-1", null],
    ["Missing + 1", null],
    // Text where a number belongs is blank, not an error (the checker reports literals).
    ['"a" * 2', null],
    ['"3" + 1', null],
    ["Segment / 2", null],
    ["+Segment", "Retail"],
  ])("%s is blank", (text, expected) => {
    expect(run(text)).toBe(expected);
  });

  it("treats NaN and Infinity from the lookup as blanks", () => {
    expect(run("x", { x: NaN })).toBeNull();
    expect(run("x + 1", { x: Infinity })).toBeNull();
  });
});

describe("evaluate: comparisons", () => {
  it.each<[string, Value]>([
    ["Revenue > 999", true],
    ["Revenue >= 1000", true],
    ["Revenue < 1000", false],
    ["Revenue <= 1000", true],
    ["Revenue = 1000", true],
    ["Revenue <> 1000", false],
    // Text compares ignoring case, as in Excel.
    ['Segment = "retail"', true],
    ['Segment <> "RETAIL"', false],
    ['"apple" < "Banana"', true],
    ['"b" > "A"', true],
    ["FALSE < TRUE", true],
    // Different kinds are never equal (Excel: "1" = 1 is FALSE) and cannot be ordered here.
    ['"1" = 1', false],
    ['"1" <> 1', true],
    ["TRUE = 1", false],
    ["Segment > 5", false],
    ["Segment < 5", false],
  ])("%s is %p", (text, expected) => {
    expect(run(text)).toBe(expected);
  });

  it("is FALSE for every comparison with a blank, so a rule never flags a blank measure", () => {
    for (const op of ["=", "<>", "<", "<=", ">", ">="]) {
      expect(run(`Blank ${op} 0`)).toBe(false);
      expect(run(`0 ${op} Blank`)).toBe(false);
      expect(run(`Blank ${op} Blank`)).toBe(false);
      expect(run(`Blank ${op} "x"`)).toBe(false);
    }
  });
});

describe("evaluate: text", () => {
  it.each<[string, Value]>([
    ['"a" & "b"', "ab"],
    ['"n=" & 1 + 2', "n=3"],
    ['"margin " & 0.1 + 0.2', "margin 0.3"],
    ['1/3 & ""', "0.333333333333333"],
    ['TRUE & "/" & FALSE', "TRUE/FALSE"],
    ['"[" & Blank & "]"', "[]"],
    ['Segment & "-" & Revenue', "Retail-1000"],
  ])("%s = %p", (text, expected) => {
    expect(run(text)).toBe(expected);
  });
});

describe("evaluate: unknown functions in hand-built trees", () => {
  it("throws ExpressionError with the call's position", () => {
    const span = { start: 0, end: 6, source: "NOPE()" };
    expect(() => evaluate({ kind: "call", name: "NOPE", args: [], span }, () => null)).toThrow(
      'Unknown function "NOPE"'
    );
    expect(() => evaluate({ kind: "call", name: "ABS", args: [], span }, () => null)).toThrow(
      "ABS takes 1 argument but got 0"
    );
  });
});
