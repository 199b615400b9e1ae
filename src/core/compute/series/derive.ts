import {
  compileExpression,
  ExpressionError,
  parseExpression,
  referencedNames,
  resolveNames,
  type Expr,
  type Value,
} from "../../expr/index";
import { AgentInputError } from "../../model/errors";
import { deriveNumbers } from "./derive-numbers";

/** A named column of a series or join, readable row by row. */
export type ColumnReader = (row: number) => Value;

/**
 * Parses a measure's formula against the names in scope. Expression errors become input errors
 * that say where the formula lives, so the user can find it in the task pane.
 */
export function parseMeasureExpression(
  text: string,
  known: readonly string[],
  where: string
): Expr {
  try {
    return resolveNames(parseExpression(text), known);
  } catch (error) {
    if (error instanceof ExpressionError) throw new AgentInputError(`${where}: ${error.message}`);
    throw error;
  }
}

/**
 * Evaluates a resolved formula for every row, reading only the columns it refers to: a formula
 * of numbers a column at a time (derive-numbers.ts), any other row by row.
 */
export function deriveColumn(
  expr: Expr,
  scope: ReadonlyMap<string, ColumnReader>,
  rowCount: number
): Value[] {
  const numbers = deriveNumbers(expr, (name) => scope.get(name), rowCount);
  if (numbers) return numbers;
  const names = referencedNames(expr);
  const readers = names.map((name) => {
    const reader = scope.get(name);
    if (!reader) throw new Error(`No column "${name}" in scope`);
    return reader;
  });
  const evaluateRow = compileExpression(expr, (name) => names.indexOf(name));
  const slots = new Array<Value>(names.length);
  const out = new Array<Value>(rowCount);
  for (let row = 0; row < rowCount; row++) {
    for (let s = 0; s < readers.length; s++) slots[s] = readers[s](row);
    out[row] = evaluateRow(slots);
  }
  return out;
}
