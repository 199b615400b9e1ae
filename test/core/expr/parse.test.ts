import { ExpressionError, parseExpression } from "../../../src/core/expr";
import { shape } from "./helpers";

const tree = (text: string) => shape(parseExpression(text));

describe("parseExpression: literals and names", () => {
  it.each([
    ["1", "1"],
    ["0.5", "0.5"],
    ["1e-3", "0.001"],
    ["12%", "(% 12)"],
    ['"text"', '"text"'],
    ['"a ""quoted"" word"', '"a \\"quoted\\" word"'],
    ["TRUE", "TRUE"],
    ["false", "FALSE"],
    ["Null", "NULL"],
    ["Revenue", "{Revenue}"],
    ["Series1.AvgMarginPct", "{Series1.AvgMarginPct}"],
    ["[Avg Margin %]", "{Avg Margin %}"],
    ["[TRUE]", "{TRUE}"],
    ["Series1.TRUE", "{Series1.TRUE}"],
    ["=Profit", "{Profit}"],
  ])("%s", (text, expected) => {
    expect(tree(text)).toBe(expected);
  });
});

describe("parseExpression: Excel's precedence", () => {
  it.each([
    // Excel negates before it raises to a power: =-2^2 is 4, and =2^-2 is 0.25.
    ["-2^2", "(^ (u- 2) 2)"],
    ["2^-2", "(^ 2 (u- 2))"],
    // Excel's ^ is left-associative: =2^3^2 is (2^3)^2 = 64, not 2^9.
    ["2^3^2", "(^ (^ 2 3) 2)"],
    // Percent comes after negation and before ^: =-50%^2 is ((-50)%)^2.
    ["-50%^2", "(^ (% (u- 50)) 2)"],
    ["2^50%", "(^ 2 (% 50))"],
    ["1 + 2 * 3", "(+ 1 (* 2 3))"],
    ["(1 + 2) * 3", "(* (+ 1 2) 3)"],
    ["10 - 4 - 3", "(- (- 10 4) 3)"],
    ["12 / 3 / 2", "(/ (/ 12 3) 2)"],
    ["2 * 3 ^ 2", "(* 2 (^ 3 2))"],
    ["1 - -1", "(- 1 (u- 1))"],
    ["--1", "(u- (u- 1))"],
    ["+-a", "(u+ (u- {a}))"],
    ['"n=" & 1 + 2', '(& "n=" (+ 1 2))'],
    ['a & b = "xy"', '(= (& {a} {b}) "xy")'],
    ["a + 1 > b * 2", "(> (+ {a} 1) (* {b} 2))"],
    ["1 < 2 = TRUE", "(= (< 1 2) TRUE)"],
    ["a <> b", "(<> {a} {b})"],
    ["x%%", "(% (% {x}))"],
  ])("%s", (text, expected) => {
    expect(tree(text)).toBe(expected);
  });

  it("parses the SPEC's formulas", () => {
    expect(tree("(CurrentMarginPct + SegmentAvgMarginPct) / 2")).toBe(
      "(/ (+ {CurrentMarginPct} {SegmentAvgMarginPct}) 2)"
    );
    expect(tree("(SuggestedMarginPct - CurrentMarginPct) * AnnualRevenue / 4")).toBe(
      "(/ (* (- {SuggestedMarginPct} {CurrentMarginPct}) {AnnualRevenue}) 4)"
    );
    expect(tree("IF(Revenue > 0, Profit / Revenue, NULL)")).toBe(
      "(IF (> {Revenue} 0) (/ {Profit} {Revenue}) NULL)"
    );
    expect(tree("AND(CurrentMarginPct < 0, RevenueRank > 0.5)")).toBe(
      "(AND (< {CurrentMarginPct} 0) (> {RevenueRank} 0.5))"
    );
  });
});

describe("parseExpression: functions", () => {
  it("accepts any case and stores the canonical name", () => {
    expect(tree("if(a, 1)")).toBe("(IF {a} 1)");
    expect(tree("Round(a; 2)")).toBe("(ROUND {a} 2)");
    expect(tree("MIN (a, b)")).toBe("(MIN {a} {b})");
  });

  it("accepts calls nested in calls and operators", () => {
    expect(tree("ABS(MIN(a, -b)) * 2")).toBe("(* (ABS (MIN {a} (u- {b}))) 2)");
  });

  it("rejects a wrong argument count, pointing at the whole call", () => {
    const text = "1 + IF(a)";
    expect(() => parseExpression(text)).toThrow(
      `IF takes 2 or 3 arguments but got 1 at position 4 in "${text}"`
    );
    expect(() => parseExpression(text)).toThrow(
      expect.objectContaining({ position: 4, length: 5 })
    );
    expect(() => parseExpression("ROUND(1, 2, 3)")).toThrow(
      "ROUND takes 1 or 2 arguments but got 3"
    );
    expect(() => parseExpression("MIN()")).toThrow("MIN takes at least 1 argument but got 0");
    expect(() => parseExpression("BETWEEN(a, 1)")).toThrow("BETWEEN takes 3 arguments but got 2");
  });

  it("rejects an unknown function and suggests the nearest one", () => {
    const error = caught(() => parseExpression("IFF(a, 1)"));
    expect(error.message).toBe(
      'Unknown function "IFF" at position 0 in "IFF(a, 1)". Did you mean "IF"?'
    );
    expect(error.suggestion).toBe("IF");
    expect([error.position, error.length]).toEqual([0, 3]);
    expect(caught(() => parseExpression("AVERGE(a)")).suggestion).toBe("AVERAGE");
    expect(caught(() => parseExpression("FOO(a)")).suggestion).toBeUndefined();
  });

  it("does not take a qualified or bracketed name for a function", () => {
    expect(() => parseExpression("Series1.IF(a, b)")).toThrow(
      "'Series1.IF' is not a function at position 0"
    );
  });
});

function caught(f: () => unknown): ExpressionError {
  try {
    f();
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
  throw new Error("expected an ExpressionError");
}

describe("parseExpression: syntax errors say what was expected and where", () => {
  it.each([
    ["(Profit / Revenue", "Expected ')'", 17, 0],
    ["Profit /", "Expected a value, a name or '(' but found the end", 8, 0],
    ["Profit Revenue", "Expected an operator but found 'Revenue'", 7, 7],
    ["(a + b))", "Unexpected ')' without a matching '('", 7, 1],
    ["IF(a,, b)", "Expected a value, a name or '(' but found ','", 5, 1],
    ["IF(a, b", "Expected ')'", 7, 0],
    ["MIN(a b)", "Expected ')' but found 'b'", 6, 1],
    ["* 2", "Expected a value, a name or '(' but found '*'", 0, 1],
    ["a < = b", "Expected a value, a name or '(' but found '='", 4, 1],
    ["", "The formula is empty", 0, 0],
    ["   ", "The formula is empty", 3, 0],
  ])("%j", (text, reason, position, length) => {
    const error = caught(() => parseExpression(text));
    expect(error).toBeInstanceOf(ExpressionError);
    expect(error.message).toBe(`${reason} at position ${position} in "${text}"`);
    expect(error.reason).toBe(reason);
    expect([error.position, error.length, error.source]).toEqual([position, length, text]);
  });

  it("refuses nesting deeper than any real formula", () => {
    expect(() => parseExpression("(".repeat(300) + "1" + ")".repeat(300))).toThrow(
      "nested too deeply"
    );
    expect(() => parseExpression("-".repeat(300) + "1")).toThrow("nested too deeply");
    expect(tree("(".repeat(50) + "1" + ")".repeat(50))).toBe("1");
  });

  it("refuses a chain of more than 1,000 operations, which every tree walk would recurse through", () => {
    // 999 additions make a tree 1,000 high (each is the left operand of the next): accepted.
    const tallest = parseExpression("1" + "+1".repeat(999));
    expect(tallest).toMatchObject({ kind: "binary", op: "+", right: { kind: "number", value: 1 } });
    const refusal = "The formula chains or nests more than 1,000 operations";
    expect(() => parseExpression("1" + "+1".repeat(1000))).toThrow(refusal);
    // 4,000 terms fit in Excel's 8,192 characters; they overflowed the stack.
    expect(() => parseExpression("CPII" + "*1".repeat(3999) + ">0")).toThrow(refusal);
    // Calls and prefixes count as well: ABS(-(1+1+...)) of 998 additions is 1,001 high.
    expect(() => parseExpression("ABS(-(1" + "+1".repeat(998) + "))")).toThrow(refusal);
    expect(() => parseExpression("ABS(-(1" + "+1".repeat(997) + "))")).not.toThrow();
  });
});

describe("parseExpression: spans", () => {
  it("give each node the text it came from, parentheses included", () => {
    const text = "(a + b) * ROUND(c, 2)";
    const expr = parseExpression(text);
    if (expr.kind !== "binary") throw new Error("expected a binary node");
    const slice = (e: { span: { start: number; end: number } }) =>
      text.slice(e.span.start, e.span.end);
    expect(slice(expr)).toBe(text);
    expect(slice(expr.left)).toBe("(a + b)");
    expect(slice(expr.right)).toBe("ROUND(c, 2)");
    if (expr.right.kind !== "call") throw new Error("expected a call");
    expect(expr.right.args.map(slice)).toEqual(["c", "2"]);
    expect(expr.span.source).toBe(text);
  });
});
