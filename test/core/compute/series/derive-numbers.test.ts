import { deriveNumbers, measureReader } from "../../../../src/core/compute/series/derive-numbers";
import type { ColumnReader } from "../../../../src/core/compute/series/derive";
import {
  compileExpression,
  parseExpression,
  referencedNames,
  resolveNames,
  type Value,
} from "../../../../src/core/expr/index";

/** Columns with the awkward values: blanks, zeros, -0, NaN, Infinity, huge and tiny numbers. */
const A = [1, -2.5, 0, -0, null, NaN, Infinity, 1e308, 3, 0.1, -7, 5e-324];
const B = [4, 0, -0, 2, 3, null, 1, 1e308, -Infinity, 0.2, 0, 1];
const C = [0.5, 2, null, -1, 0, 3, NaN, -1e-300, 2, 0.3, 7, -2];
const TEXT: Value[] = ["x", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const FLAGS: Value[] = [true, false, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const columns: Record<string, readonly (Value | number)[]> = { A, B, C, TEXT, FLAGS };
const readerOf = (name: string): ColumnReader | undefined => {
  const values = columns[name];
  return values ? (g) => values[g] as Value : undefined;
};

/** The row-by-row evaluation the engine used for every formula before. */
function rowByRow(text: string): Value[] {
  const expr = resolveNames(parseExpression(text), Object.keys(columns));
  const names = referencedNames(expr);
  const run = compileExpression(expr, (name) => names.indexOf(name));
  return A.map((_, g) => run(names.map((name) => readerOf(name)!(g))));
}

describe("deriveNumbers: a formula of numbers a column at a time", () => {
  const formulas = [
    "A + B",
    "A - B",
    "A * B",
    "A / B",
    "-A",
    "+A",
    "A%",
    "ABS(A - B)",
    "(A - B) / ABS(B)",
    "(C - A) * B / 4",
    "(A + C) / 2",
    "A / 0",
    "0 * A",
    "A",
    "-(A * 0)",
    "A + NULL",
    "1 / 3 * C",
  ];
  it.each(formulas)("%s gives what the row-by-row evaluation gives", (text) => {
    const expr = resolveNames(parseExpression(text), Object.keys(columns));
    const numbers = deriveNumbers(expr, readerOf, A.length);
    expect(numbers).not.toBeNull();
    const expected = rowByRow(text);
    expect(numbers).toEqual(expected);
    // -0 is 0 in both (toEqual tells them apart).
    numbers!.forEach((v, g) => expect(Object.is(v, expected[g])).toBe(true));
  });

  it.each(["TEXT + 1", "FLAGS * 2", "IF(A > 0, A, B)", "A ^ 2", "A & B", "MAX(A, B)", "A > B"])(
    "leaves %s to the row-by-row evaluation (text, TRUE/FALSE or other operations)",
    (text) => {
      const expr = resolveNames(parseExpression(text), Object.keys(columns));
      expect(deriveNumbers(expr, readerOf, A.length)).toBeNull();
    }
  );
});

describe("measureReader: a formula naming a measure another formula made", () => {
  it.each(["D * 2", "-D", "D / B", "ABS(D) + D"])(
    "%s reads D's numbers as made and gives what reading D row by row gives",
    (text) => {
      const made = deriveNumbers(
        resolveNames(parseExpression("(C - A) * B / 4"), Object.keys(columns)),
        readerOf,
        A.length
      )!;
      const shared = measureReader(made);
      const plain: ColumnReader = (g) => made[g];
      const names = [...Object.keys(columns), "D"];
      const expr = resolveNames(parseExpression(text), names);
      const withReader = (reader: ColumnReader) =>
        deriveNumbers(expr, (name) => (name === "D" ? reader : readerOf(name)), A.length);
      const expected = withReader(plain);
      const found = withReader(shared);
      expect(found).not.toBeNull();
      expect(found).toEqual(expected);
      found!.forEach((v, g) => expect(Object.is(v, expected![g])).toBe(true));
    }
  );
});
