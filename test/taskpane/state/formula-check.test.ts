import { applySuggestion, formulaProblem } from "../../../src/taskpane/state/formula-check";

const names = ["Revenue", "Profit"];

test("a valid formula has no problem", () => {
  expect(formulaProblem("Profit / Revenue", names)).toBeNull();
  expect(formulaProblem("IF(Revenue = 0, NULL, Profit / Revenue)", names)).toBeNull();
});

test("a misspelt name is located and the intended one suggested", () => {
  const problem = formulaProblem("Profit / Revenu", names);
  expect(problem).toEqual({
    reason: 'Unknown measure "Revenu"',
    message: 'Unknown measure "Revenu" at character 10. Did you mean "Revenue"?',
    start: 9,
    end: 15,
    suggestion: "Revenue",
  });
  expect(applySuggestion("Profit / Revenu", problem!)).toBe("Profit / Revenue");
});

test("a missing bracket is reported at the end", () => {
  const problem = formulaProblem("(Profit / Revenue", names);
  expect(problem?.reason).toBe("Expected ')'");
  expect(problem?.message).toBe("Expected ')' at the end.");
  expect(problem?.start).toBe(17);
});

test("text where a number belongs is caught before the run", () => {
  expect(formulaProblem('"a" * Revenue', names)?.start).toBe(0);
});

test("an empty formula asks for one", () => {
  expect(formulaProblem("  ", names)?.message).toBe("Enter a formula, such as Profit / Revenue.");
});
