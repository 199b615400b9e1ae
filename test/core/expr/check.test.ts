import {
  checkExpression,
  inferType,
  isBooleanExpression,
  parseExpression,
  type ValueType,
} from "../../../src/core/expr";

const TYPES: Record<string, ValueType> = { Revenue: "number", Segment: "string" };
const options = { typeOf: (name: string) => TYPES[name] };
const problems = (text: string) =>
  checkExpression(parseExpression(text), options).map((p) => p.message);

describe("inferType", () => {
  it.each<[string, ValueType]>([
    ["1 + x", "number"],
    ["-x", "number"],
    ["x%", "number"],
    ["+Segment", "string"],
    ['x & ""', "string"],
    ["x > 1", "boolean"],
    ["AND(a, b)", "boolean"],
    ["NOT(a)", "boolean"],
    ["BETWEEN(a, 0, 1)", "boolean"],
    ["ISBLANK(a)", "boolean"],
    ["IF(a, 1, 2)", "number"],
    ["IF(a, 1)", "number"],
    ['IF(a, 1, "x")', "any"],
    ["IF(a, b > 1, NULL)", "boolean"],
    ["IFNULL(Revenue, 0)", "number"],
    ["ROUND(x, 2)", "number"],
    ["UPPER(x)", "string"],
    ["x", "any"],
    ["Revenue", "number"],
    ["NULL", "null"],
  ])("%s is %s", (text, expected) => {
    expect(inferType(parseExpression(text), options)).toBe(expected);
  });

  it("tells rule conditions from measures", () => {
    expect(
      isBooleanExpression(parseExpression("AND(CurrentMarginPct < 0, RevenueRank > 0.5)"))
    ).toBe(true);
    expect(isBooleanExpression(parseExpression("MarginVariance > 0.02"))).toBe(true);
    expect(isBooleanExpression(parseExpression("Profit / Revenue"))).toBe(false);
    expect(isBooleanExpression(parseExpression("CurrentMarginPct"))).toBe(false);
  });
});

describe("checkExpression", () => {
  it("finds nothing wrong with sound formulas", () => {
    expect(problems("IF(Revenue > 0, Profit / Revenue, NULL)")).toEqual([]);
    expect(problems('Segment = "Retail"')).toEqual([]);
    expect(problems('IN(Segment, "Retail", "Wholesale")')).toEqual([]);
    expect(problems('"Margin: " & ROUND(x * 100, 1) & "%"')).toEqual([]);
  });

  it("reports text literals where a number belongs, with their position", () => {
    const [problem] = checkExpression(parseExpression('1 + "a" * 2'));
    expect(problem.message).toBe(
      'Expected a number but found text "a" at position 4 in "1 + "a" * 2"'
    );
    expect([problem.position, problem.length]).toEqual([4, 3]);
    expect(problems('-"a"')).toEqual([
      'Expected a number but found text "a" at position 1 in "-"a""',
    ]);
    expect(problems('ROUND("1.5", 0)')).toEqual([
      'Expected a number but found text "1.5" at position 6 in "ROUND("1.5", 0)"',
    ]);
    expect(problems('x * ("a" & "b")')).toEqual([
      'Expected a number but found text "a" & "b" at position 4 in "x * ("a" & "b")"',
    ]);
  });

  it("reports text where TRUE/FALSE belongs", () => {
    expect(problems('IF("yes", 1, 2)')).toEqual([
      'Expected TRUE/FALSE but found text "yes" at position 3 in "IF("yes", 1, 2)"',
    ]);
    expect(problems('AND(x > 1, "no")')).toHaveLength(1);
  });

  it("reports comparisons that can never hold", () => {
    expect(problems("x = NULL")).toEqual([
      'A comparison with NULL is always FALSE; use ISBLANK(...) to test for a blank at position 0 in "x = NULL"',
    ]);
    expect(problems('Revenue > "100"')).toEqual([
      'Comparing a number with text is always FALSE at position 0 in "Revenue > "100""',
    ]);
    expect(problems("Segment <> 5")).toEqual([
      'Comparing text with a number is always TRUE at position 0 in "Segment <> 5"',
    ]);
    expect(problems('x > "100"')).toEqual([]);
  });

  it("lists several problems in order of position", () => {
    expect(
      checkExpression(parseExpression('("a" + 1) * IF("b", 1, 2)')).map((p) => p.position)
    ).toEqual([1, 15]);
  });

  it("reports wrong argument counts in hand-built trees", () => {
    const span = { start: 0, end: 5, source: "ABS()" };
    const [problem] = checkExpression({ kind: "call", name: "ABS", args: [], span });
    expect(problem.message).toBe('ABS takes 1 argument but got 0 at position 0 in "ABS()"');
  });
});
