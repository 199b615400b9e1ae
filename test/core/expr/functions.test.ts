import {
  evaluate,
  findFunction,
  FUNCTIONS,
  parseExpression,
  type Value,
} from "../../../src/core/expr";

const VALUES: Record<string, Value> = {
  Revenue: 1000,
  Profit: 150,
  Zero: 0,
  Blank: null,
  Segment: "Retail",
};
const run = (text: string) => evaluate(parseExpression(text), (name) => VALUES[name]);

/** [formula, expected]; grouped by function so the coverage check below can see every one. */
const CASES: Record<string, [string, Value][]> = {
  IF: [
    ["IF(Revenue > 0, Profit / Revenue, NULL)", 0.15],
    ["IF(Zero > 0, Profit / Zero, NULL)", null],
    ["IF(TRUE, 1)", 1],
    ["IF(FALSE, 1)", null],
    ['IF(2, "yes", "no")', "yes"],
    ['IF(0, "yes", "no")', "no"],
    ['IF(Blank, "yes", "no")', "no"],
    ['IF(Segment, "yes", "no")', "no"],
  ],
  AND: [
    ["AND(TRUE, 1, Revenue > 0)", true],
    ["AND(TRUE, FALSE)", false],
    ["AND(TRUE, Blank)", false],
    ["AND(Profit / Zero > 0)", false],
    ["AND(TRUE)", true],
  ],
  OR: [
    ["OR(FALSE, 0, Revenue > 0)", true],
    ["OR(FALSE, Blank)", false],
    ["OR(Blank, TRUE)", true],
  ],
  XOR: [
    ["XOR(TRUE, FALSE)", true],
    ["XOR(TRUE, TRUE)", false],
    ["XOR(TRUE, TRUE, TRUE)", true],
  ],
  NOT: [
    ["NOT(TRUE)", false],
    ["NOT(0)", true],
    ["NOT(5)", false],
    ["NOT(Blank)", null],
    ["NOT(Segment)", null],
    ["NOT(Blank > 0)", true],
  ],
  BETWEEN: [
    ["BETWEEN(0.3, 0.3, 0.9)", true],
    ["BETWEEN(0.9, 0.3, 0.9)", true],
    ["BETWEEN(0.91, 0.3, 0.9)", false],
    ["BETWEEN(0.29, 0.3, 0.9)", false],
    ["BETWEEN(Blank, 0, 1)", false],
    ["BETWEEN(0.5, Blank, 1)", false],
    ['BETWEEN("m", "A", "Z")', true],
  ],
  IN: [
    ['IN(Segment, "Wholesale", "retail")', true],
    ['IN(Segment, "Wholesale")', false],
    ["IN(2, 1, 2, 3)", true],
    ['IN(2, "2")', false],
    ["IN(Blank, NULL, 1)", false],
  ],
  IFERROR: [
    ["IFERROR(Profit / Zero, 0)", 0],
    ["IFERROR(Profit / Revenue, 0)", 0.15],
  ],
  IFNULL: [
    ["IFNULL(Blank, -1)", -1],
    ['IFNULL(Segment, "none")', "Retail"],
    ["IFNULL(FALSE, TRUE)", false],
  ],
  COALESCE: [
    ["COALESCE(Blank, Profit / Zero, 7, 8)", 7],
    ["COALESCE(Blank, NULL)", null],
  ],
  ISBLANK: [
    ["ISBLANK(Blank)", true],
    ["ISBLANK(Profit / Zero)", true],
    ['ISBLANK("")', false],
    ["ISBLANK(0)", false],
  ],
  ISNUMBER: [
    ["ISNUMBER(Revenue)", true],
    ['ISNUMBER("1")', false],
    ["ISNUMBER(Blank)", false],
  ],
  ISTEXT: [
    ["ISTEXT(Segment)", true],
    ["ISTEXT(1)", false],
  ],
  ABS: [
    ["ABS(-2.5)", 2.5],
    ["ABS(Blank)", null],
  ],
  SIGN: [
    ["SIGN(-3)", -1],
    ["SIGN(0)", 0],
    ["SIGN(0.1)", 1],
  ],
  SQRT: [
    ["SQRT(16)", 4],
    ["SQRT(-1)", null],
  ],
  POWER: [
    ["POWER(2, 10)", 1024],
    ["POWER(0, 0)", null],
  ],
  EXP: [
    ["EXP(0)", 1],
    ["EXP(1000)", null],
  ],
  LN: [
    ["LN(1)", 0],
    ["LN(0)", null],
    ["LN(-1)", null],
  ],
  LOG: [
    ["LOG(1000)", 3],
    ["LOG(8, 2)", 3],
    ["LOG(8, 1)", null],
    ["LOG(0)", null],
  ],
  LOG10: [["LOG10(0.01)", -2]],
  MOD: [
    ["MOD(7, 3)", 1],
    // Excel: the result has the divisor's sign.
    ["MOD(-7, 3)", 2],
    ["MOD(7, -3)", -2],
    ["MOD(7, 0)", null],
  ],
  INT: [
    ["INT(1.9)", 1],
    ["INT(-1.5)", -2],
  ],
  ROUND: [
    ["ROUND(2.675, 2)", 2.68],
    ["ROUND(1.005, 2)", 1.01],
    ["ROUND(-2.5)", -3],
    ["ROUND(2.5, 0)", 3],
    ["ROUND(2.4)", 2],
    ["ROUND(1234.567, -2)", 1200],
    ["ROUND(-0.125, 2)", -0.13],
    ["ROUND(0.154204915, 4)", 0.1542],
    ["ROUND(5, -400)", 0],
    ["ROUND(Blank, 2)", null],
    ["ROUND(1.5, Blank)", null],
  ],
  ROUNDUP: [
    ["ROUNDUP(3.2, 0)", 4],
    ["ROUNDUP(-3.2)", -4],
    ["ROUNDUP(0.1 + 0.2, 1)", 0.3],
    ["ROUNDUP(31415.92654, -2)", 31500],
  ],
  ROUNDDOWN: [
    ["ROUNDDOWN(3.9)", 3],
    ["ROUNDDOWN(-3.9)", -3],
    ["ROUNDDOWN(3.14159, 3)", 3.141],
  ],
  TRUNC: [
    ["TRUNC(-8.9)", -8],
    ["TRUNC(8.97, 1)", 8.9],
  ],
  MIN: [
    ["MIN(3, 1, 2)", 1],
    ["MIN(Blank, 5, 7)", 5],
    ["MIN(Blank, NULL)", null],
    ['MIN(1, "a")', null],
    ["MIN(TRUE, 2)", 1],
  ],
  MAX: [
    ["MAX(3, 1, 2)", 3],
    ["MAX(Blank, -5)", -5],
  ],
  SUM: [
    ["SUM(1, 2, 3.5)", 6.5],
    ["SUM(Revenue, Blank)", 1000],
    ["SUM(Blank)", null],
  ],
  AVERAGE: [
    ["AVERAGE(1, 2, 6)", 3],
    ["AVERAGE(Blank, 4, 6)", 5],
  ],
  CONCAT: [['CONCAT("a", 1, TRUE, Blank, "b")', "a1TRUEb"]],
  LEN: [
    ['LEN("Retail")', 6],
    ["LEN(123.5)", 5],
    ["LEN(Blank)", 0],
  ],
  UPPER: [['UPPER("Retail")', "RETAIL"]],
  LOWER: [['LOWER("Retail")', "retail"]],
  TRIM: [['TRIM("  North   East ")', "North East"]],
  LEFT: [
    ['LEFT("Retail", 3)', "Ret"],
    ['LEFT("Retail")', "R"],
    ['LEFT("Retail", 10)', "Retail"],
    ['LEFT("Retail", -1)', null],
  ],
  RIGHT: [
    ['RIGHT("CID-0014", 4)', "0014"],
    ['RIGHT("Retail")', "l"],
    ['RIGHT("Retail", 0)', ""],
  ],
};

describe("functions", () => {
  for (const [name, cases] of Object.entries(CASES)) {
    describe(name, () => {
      it.each(cases)("%s = %p", (text, expected) => {
        expect(run(text)).toBe(expected);
      });
    });
  }

  it("are all covered above", () => {
    expect(FUNCTIONS.map((f) => f.name).sort()).toEqual(Object.keys(CASES).sort());
  });

  it("are found by name ignoring case", () => {
    expect(findFunction("ifnull")?.name).toBe("IFNULL");
    expect(findFunction("Nope")).toBeUndefined();
  });

  it("describe themselves for help text", () => {
    for (const fn of FUNCTIONS) {
      expect(fn.signature.startsWith(`${fn.name}(`)).toBe(true);
      expect(fn.description.length).toBeGreaterThan(10);
      expect(fn.minArgs).toBeLessThanOrEqual(fn.maxArgs);
    }
  });
});
