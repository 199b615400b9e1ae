/**
 * Turns a tree into a tree of closures once, so a derived measure or rule runs over ~100k accounts
 * without re-walking the tree or looking names up by string: names become slot indexes into the
 * row, subtrees without names are folded to constants, and IF / AND / OR / IFNULL skip the
 * arguments they do not need. Results are the same as evaluate()'s (tested on random formulas).
 */
import type { BinaryOperator, Expr } from "./ast";
import { nameError } from "./errors";
import { functionOf } from "./evaluate";
import { between, not } from "./functions/logical";
import { BINARY_OPERATIONS, UNARY_OPERATIONS } from "./operators";
import { add, divide, greater, isTrue, less, multiply, subtract, type Value } from "./values";

/**
 * One row of measure values, indexed by slot. Blanks may be null, NaN or missing, so a
 * Float64Array with NaN for blanks works as well as an array of values.
 */
export type Row = ArrayLike<Value | undefined>;

export type CompiledExpression = (row: Row) => Value;

/** The slot of each (resolved) name in the rows; a negative slot means the name is unknown. */
export type SlotOf = (name: string) => number;

export function compileExpression(expr: Expr, slotOf: SlotOf): CompiledExpression {
  return build(expr, slotOf).run;
}

interface Built {
  readonly run: CompiledExpression;
  /** The value when the subtree uses no names; such subtrees are computed once, here. */
  readonly constant?: { readonly value: Value };
}

const NO_ROW: Row = [];

function constant(value: Value): Built {
  return { run: () => value, constant: { value } };
}

/** Fold a node whose children are all constants; its operations are pure, so once is enough. */
function folded(run: CompiledExpression, children: readonly Built[]): Built {
  return children.every((c) => c.constant) ? constant(run(NO_ROW)) : { run };
}

function build(expr: Expr, slotOf: SlotOf): Built {
  switch (expr.kind) {
    case "number":
    case "string":
    case "boolean":
      return constant(expr.value);
    case "null":
      return constant(null);
    case "name":
      return { run: readSlot(expr.name, slotOf(expr.name), expr) };
    case "unary": {
      const operand = build(expr.operand, slotOf);
      if (expr.op === "+") return operand;
      const f = UNARY_OPERATIONS[expr.op];
      const a = operand.run;
      return folded((row) => f(a(row)), [operand]);
    }
    case "binary": {
      const left = build(expr.left, slotOf);
      const right = build(expr.right, slotOf);
      return folded(binaryOf(expr.op, left.run, right.run), [left, right]);
    }
    case "call": {
      const fn = functionOf(expr);
      const args = expr.args.map((arg) => build(arg, slotOf));
      return folded(callOf(fn.name, fn.apply, args), args);
    }
  }
}

/**
 * Arithmetic on two numbers, the common case, is inlined with its own closure per operator so
 * the engine sees one shape per call site; anything else goes through the shared operations.
 */
function binaryOf(
  op: BinaryOperator,
  a: CompiledExpression,
  b: CompiledExpression
): CompiledExpression {
  switch (op) {
    case "+":
      return (row) => {
        const x = a(row);
        const y = b(row);
        if (typeof x === "number" && typeof y === "number") {
          const z = x + y;
          return z - z === 0 ? z + 0 : null;
        }
        return add(x, y);
      };
    case "-":
      return (row) => {
        const x = a(row);
        const y = b(row);
        if (typeof x === "number" && typeof y === "number") {
          const z = x - y;
          return z - z === 0 ? z + 0 : null;
        }
        return subtract(x, y);
      };
    case "*":
      return (row) => {
        const x = a(row);
        const y = b(row);
        if (typeof x === "number" && typeof y === "number") {
          const z = x * y;
          return z - z === 0 ? z + 0 : null;
        }
        return multiply(x, y);
      };
    case "/":
      return (row) => {
        const x = a(row);
        const y = b(row);
        if (typeof x === "number" && typeof y === "number") {
          if (y === 0) return null;
          const z = x / y;
          return z - z === 0 ? z + 0 : null;
        }
        return divide(x, y);
      };
    case ">":
      return (row) => {
        const x = a(row);
        const y = b(row);
        return typeof x === "number" && typeof y === "number" ? x > y : greater(x, y);
      };
    case "<":
      return (row) => {
        const x = a(row);
        const y = b(row);
        return typeof x === "number" && typeof y === "number" ? x < y : less(x, y);
      };
    default: {
      const f = BINARY_OPERATIONS[op];
      return (row) => f(a(row), b(row));
    }
  }
}

function readSlot(name: string, slot: number, expr: Expr): CompiledExpression {
  if (!Number.isInteger(slot) || slot < 0) throw nameError(`Unknown measure "${name}"`, expr.span);
  return (row) => {
    const x = row[slot];
    if (typeof x === "number") return x - x === 0 ? x + 0 : null;
    return x === undefined ? null : x;
  };
}

function callOf(
  name: string,
  apply: (args: readonly Value[]) => Value,
  args: readonly Built[]
): CompiledExpression {
  const runs = args.map((a) => a.run);
  switch (name) {
    case "IF": {
      const [condition, then] = runs;
      const otherwise = runs[2] ?? (() => null);
      return (row) => (isTrue(condition(row)) ? then(row) : otherwise(row));
    }
    case "AND":
      if (runs.length === 2) {
        const [a, b] = runs;
        return (row) => isTrue(a(row)) && isTrue(b(row));
      }
      return (row) => {
        for (const run of runs) if (!isTrue(run(row))) return false;
        return true;
      };
    case "OR":
      if (runs.length === 2) {
        const [a, b] = runs;
        return (row) => isTrue(a(row)) || isTrue(b(row));
      }
      return (row) => {
        for (const run of runs) if (isTrue(run(row))) return true;
        return false;
      };
    case "NOT": {
      const [a] = runs;
      return (row) => not(a(row));
    }
    case "BETWEEN": {
      const [a, low, high] = runs;
      return (row) => between(a(row), low(row), high(row));
    }
    case "IFNULL":
    case "IFERROR":
    case "COALESCE":
      return (row) => {
        for (const run of runs) {
          const value = run(row);
          if (value !== null) return value;
        }
        return null;
      };
  }
  if (runs.length === 1) {
    const [a] = runs;
    const single: Value[] = [null];
    return (row) => {
      single[0] = a(row);
      return apply(single);
    };
  }
  // One argument buffer per call site, reused for every row: a call site is never inside its own
  // arguments, so the buffer cannot be overwritten while it is being read.
  const buffer: Value[] = runs.map(() => null);
  return (row) => {
    for (let i = 0; i < runs.length; i++) buffer[i] = runs[i](row);
    return apply(buffer);
  };
}
