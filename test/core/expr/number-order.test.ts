import { compareNumbers, RELATIVE_TOLERANCE } from "../../../src/core/expr/number-order";
import { compileExpression, evaluate, parseExpression, type Value } from "../../../src/core/expr";

/** A formula's value from the tree walker, after checking the compiler agrees. */
function evaluateFormula(formula: string): Value {
  const expr = parseExpression(formula);
  const walked = evaluate(expr, () => undefined);
  expect(compileExpression(expr, () => -1)([])).toBe(walked);
  return walked;
}

/** docs/decisions.md, "Comparing numbers": equal within 1e-14 of the larger magnitude. */
describe("comparing numbers", () => {
  it("takes binary noise in the last digits as equal", () => {
    expect(0.05 - 0.03).not.toBe(0.02); // 0.020000000000000004
    expect(compareNumbers(0.05 - 0.03, 0.02)).toBe(0);
    expect(compareNumbers(0.1 + 0.2, 0.3)).toBe(0);
    // Cancellation from larger operands: 0.5123 - 0.4923 = 0.020000000000000018.
    expect(compareNumbers(0.5123 - 0.4923, 0.02)).toBe(0);
  });

  it("orders numbers that differ beyond the tolerance", () => {
    expect(compareNumbers(0.0200000000001, 0.02)).toBe(1);
    expect(compareNumbers(0.02, 0.0200000000001)).toBe(-1);
    expect(compareNumbers(-1e-17, 0)).toBe(-1); // nothing is "close to zero" but zero
    expect(compareNumbers(1e6 * (1 + 2 * RELATIVE_TOLERANCE), 1e6)).toBe(1);
  });

  it("is what the formula operators use", () => {
    expect(evaluateFormula("0.05 - 0.03 > 0.02")).toBe(false);
    expect(evaluateFormula("0.05 - 0.03 >= 0.02")).toBe(true);
    expect(evaluateFormula("0.05 - 0.03 = 0.02")).toBe(true);
    expect(evaluateFormula("0.05 - 0.03 <> 0.02")).toBe(false);
    expect(evaluateFormula("0.3 < 0.1 + 0.2")).toBe(false);
    expect(evaluateFormula("BETWEEN(0.1 + 0.2, 0, 0.3)")).toBe(true);
    expect(evaluateFormula("IN(0.1 + 0.2, 0.3)")).toBe(true);
  });
});
