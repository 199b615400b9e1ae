import type { Expr, Value } from "../../expr/index";
/** A column read row by row (derive.ts ColumnReader, not imported: no import cycle). */
type ColumnReader = (row: number) => Value;

/**
 * A formula of numbers only (names, numbers, blank, + - * /, unary minus and plus, percent and
 * ABS), computed a whole column per operation over Float64Arrays with NaN for blank, instead of
 * a closure per node per row: the join's nine measures over tens of thousands of accounts made
 * a boxed number per node per row. The meaning is the language's (expr/values.ts): a blank
 * operand makes a blank result, a non-finite result is blank, a ratio over 0 is blank, -0 is 0.
 * Null when the formula has anything else, or a column holds anything but numbers and blanks
 * (text, TRUE/FALSE): the row-by-row evaluation then computes it, as before.
 */
export function deriveNumbers(
  expr: Expr,
  readerOf: (name: string) => ColumnReader | undefined,
  rowCount: number
): Value[] | null {
  if (!numbersOnly(expr)) return null;
  const columns = new Map<string, Float64Array | null>();
  const columnOf = (name: string): Float64Array | null => {
    if (!columns.has(name)) {
      const reader = readerOf(name);
      columns.set(name, reader ? numberColumn(reader, rowCount) : null);
    }
    return columns.get(name)!;
  };
  const result = evaluate(expr, columnOf, rowCount);
  if (result === null) return null;
  const out = new Array<Value>(rowCount);
  for (let g = 0; g < rowCount; g++) {
    const v = result[g];
    out[g] = v === v ? v : null;
  }
  return out;
}

function numbersOnly(expr: Expr): boolean {
  switch (expr.kind) {
    case "number":
    case "null":
    case "name":
      return true;
    case "unary":
      return numbersOnly(expr.operand);
    case "binary":
      return (
        (expr.op === "+" || expr.op === "-" || expr.op === "*" || expr.op === "/") &&
        numbersOnly(expr.left) &&
        numbersOnly(expr.right)
      );
    case "call":
      return expr.name === "ABS" && expr.args.length === 1 && numbersOnly(expr.args[0]);
    default:
      return false;
  }
}

/** A column read as numbers (NaN for blank, -0 as 0), or null if a value is text or TRUE/FALSE. */
function numberColumn(reader: ColumnReader, rowCount: number): Float64Array | null {
  const out = new Float64Array(rowCount);
  for (let g = 0; g < rowCount; g++) {
    const v = reader(g);
    if (typeof v === "number") out[g] = v - v === 0 ? v + 0 : NaN;
    else if (v === null || v === undefined) out[g] = NaN;
    else return null;
  }
  return out;
}

function evaluate(
  expr: Expr,
  columnOf: (name: string) => Float64Array | null,
  n: number
): Float64Array | null {
  switch (expr.kind) {
    case "number":
      return new Float64Array(n).fill(expr.value - expr.value === 0 ? expr.value + 0 : NaN);
    case "null":
      return new Float64Array(n).fill(NaN);
    case "name": {
      const column = columnOf(expr.name);
      return column ? column.slice() : null;
    }
    case "unary": {
      const a = evaluate(expr.operand, columnOf, n);
      if (a === null || expr.op === "+") return a;
      // -x (0 stays 0), or x% = x / 100.
      for (let g = 0; g < n; g++) a[g] = expr.op === "-" ? (a[g] === 0 ? 0 : -a[g]) : a[g] / 100;
      return finiteAll(a);
    }
    case "binary": {
      const a = evaluate(expr.left, columnOf, n);
      const b = evaluate(expr.right, columnOf, n);
      if (a === null || b === null) return null;
      switch (expr.op) {
        case "+":
          for (let g = 0; g < n; g++) a[g] = a[g] + b[g];
          break;
        case "-":
          for (let g = 0; g < n; g++) a[g] = a[g] - b[g];
          break;
        case "*":
          for (let g = 0; g < n; g++) a[g] = a[g] * b[g];
          break;
        case "/":
          for (let g = 0; g < n; g++) a[g] = b[g] === 0 ? NaN : a[g] / b[g];
          break;
        default:
          return null;
      }
      return finiteAll(a);
    }
    case "call": {
      const a = evaluate(expr.args[0], columnOf, n);
      if (a === null) return null;
      for (let g = 0; g < n; g++) a[g] = Math.abs(a[g]);
      return finiteAll(a);
    }
    default:
      return null;
  }
}

/** Non-finite results are blank (NaN here), -0 is 0: the language's `finite()`. */
function finiteAll(a: Float64Array): Float64Array {
  for (let g = 0; g < a.length; g++) {
    const v = a[g];
    a[g] = v - v === 0 ? v + 0 : NaN;
  }
  return a;
}
