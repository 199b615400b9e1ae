import type { Expr, Value } from "../../expr/index";
/** A column read row by row (derive.ts ColumnReader, not imported: no import cycle). */
type ColumnReader = (row: number) => Value;

/**
 * Each reader's column as numbers, read once: the join's nine formulas name the same few
 * columns (CurrentMarginPct, SuggestedMarginPct, AnnualRevenue) again and again, and a reader
 * reads arrays that never change once computed (series and join measures), so the same reader
 * gives the same column. Keyed by the reader, so a new scope or a new run reads afresh.
 */
const NUMBER_COLUMNS = new WeakMap<ColumnReader, Float64Array | null>();

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
  const columnOf = (name: string): Float64Array | null => {
    const reader = readerOf(name);
    if (!reader) return null;
    const known = NUMBER_COLUMNS.get(reader);
    if (known !== undefined && (known === null || known.length === rowCount)) return known;
    const column = numberColumn(reader, rowCount);
    NUMBER_COLUMNS.set(reader, column);
    return column;
  };
  const result = evaluate(expr, columnOf, rowCount);
  if (result === null) return null;
  const out = new Array<Value>(rowCount);
  for (let g = 0; g < rowCount; g++) {
    const v = result.values[g];
    out[g] = v === v ? v : null;
  }
  DERIVED.set(out, result.values);
  return out;
}

/**
 * The numbers of each measure deriveNumbers made, by its values: every operation writes finite
 * numbers (-0 as 0) and NaN for blank, so they are what numberColumn would read from those values.
 */
const DERIVED = new WeakMap<readonly Value[], Float64Array>();

/**
 * A reader of a computed measure's values; when deriveNumbers made them, formulas that name the
 * measure read its numbers as they were made instead of reading the values back row by row
 * (the join's uplifts name SuggestedMarginPct and CurrentMarginPct, themselves formulas).
 */
export function measureReader(values: readonly Value[]): ColumnReader {
  const reader: ColumnReader = (g) => values[g];
  const numbers = DERIVED.get(values);
  if (numbers !== undefined) NUMBER_COLUMNS.set(reader, numbers);
  return reader;
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

/**
 * A node's column, and whether this evaluation made it (so an operator may write its result
 * into it) or it is a column read (shared by every use of the name, never written).
 */
interface Column {
  readonly values: Float64Array;
  readonly owned: boolean;
}

/** Where an operator writes: an operand this evaluation made, else a new array. */
function target(a: Column, b: Column | null, n: number): Float64Array {
  if (a.owned) return a.values;
  if (b !== null && b.owned) return b.values;
  return new Float64Array(n);
}

function evaluate(
  expr: Expr,
  columnOf: (name: string) => Float64Array | null,
  n: number
): Column | null {
  switch (expr.kind) {
    case "number":
      return {
        values: new Float64Array(n).fill(expr.value - expr.value === 0 ? expr.value + 0 : NaN),
        owned: true,
      };
    case "null":
      return { values: new Float64Array(n).fill(NaN), owned: true };
    case "name": {
      const column = columnOf(expr.name);
      return column ? { values: column, owned: false } : null;
    }
    case "unary": {
      const operand = evaluate(expr.operand, columnOf, n);
      if (operand === null || expr.op === "+") return operand;
      const out = target(operand, null, n);
      if (expr.op === "-") negate(operand.values, out);
      else percent(operand.values, out);
      return { values: out, owned: true };
    }
    case "binary": {
      const left = evaluate(expr.left, columnOf, n);
      const right = evaluate(expr.right, columnOf, n);
      if (left === null || right === null) return null;
      const operation = binary(expr.op);
      if (operation === null) return null;
      const out = target(left, right, n);
      operation(left.values, right.values, out);
      return { values: out, owned: true };
    }
    case "call": {
      const operand = evaluate(expr.args[0], columnOf, n);
      if (operand === null) return null;
      const out = target(operand, null, n);
      absolute(operand.values, out);
      return { values: out, owned: true };
    }
    default:
      return null;
  }
}

/*
 * One small function per operation, each writing the finite result (the language's `finite()`:
 * non-finite is blank, NaN here, and -0 is 0) in the same pass: each loop stays optimized on
 * its own, where one loop per case inside evaluate() shared its feedback with every other case
 * and ran unoptimized (a boxed number per value) after a deoptimization.
 */
type Binary = (a: Float64Array, b: Float64Array, out: Float64Array) => void;

function binary(op: string): Binary | null {
  switch (op) {
    case "+":
      return plus;
    case "-":
      return minus;
    case "*":
      return times;
    case "/":
      return divide;
    default:
      return null;
  }
}

function plus(a: Float64Array, b: Float64Array, out: Float64Array): void {
  for (let g = 0; g < out.length; g++) out[g] = finite(a[g] + b[g]);
}

function minus(a: Float64Array, b: Float64Array, out: Float64Array): void {
  for (let g = 0; g < out.length; g++) out[g] = finite(a[g] - b[g]);
}

function times(a: Float64Array, b: Float64Array, out: Float64Array): void {
  for (let g = 0; g < out.length; g++) out[g] = finite(a[g] * b[g]);
}

/** A ratio over 0 is blank. */
function divide(a: Float64Array, b: Float64Array, out: Float64Array): void {
  for (let g = 0; g < out.length; g++) out[g] = b[g] === 0 ? NaN : finite(a[g] / b[g]);
}

/** -x (0 stays 0). */
function negate(a: Float64Array, out: Float64Array): void {
  for (let g = 0; g < out.length; g++) out[g] = a[g] === 0 ? 0 : finite(-a[g]);
}

/** x% = x / 100. */
function percent(a: Float64Array, out: Float64Array): void {
  for (let g = 0; g < out.length; g++) out[g] = finite(a[g] / 100);
}

function absolute(a: Float64Array, out: Float64Array): void {
  for (let g = 0; g < out.length; g++) out[g] = finite(Math.abs(a[g]));
}

/** Non-finite is blank (NaN here), -0 is 0: the language's `finite()`. */
function finite(v: number): number {
  return v - v === 0 ? v + 0 : NaN;
}
