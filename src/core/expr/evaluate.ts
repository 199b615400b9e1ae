/**
 * The reference interpreter: walks the tree for one set of values. Simple on purpose; the
 * compiler (compile.ts) is the fast path and is tested to agree with it.
 */
import { literalValue, type Expr, type FunctionCall } from "./ast";
import { syntaxError } from "./errors";
import { findFunction } from "./functions";
import { describeArity, type FunctionDefinition } from "./functions/function-definition";
import { BINARY_OPERATIONS, UNARY_OPERATIONS } from "./operators";
import { normalize, type Value } from "./values";

/** The measures' values by name; NaN, Infinity and undefined count as blank. */
export type NameLookup = (name: string) => Value | undefined;

export function evaluate(expr: Expr, lookup: NameLookup): Value {
  switch (expr.kind) {
    case "name":
      return normalize(lookup(expr.name));
    case "unary":
      return UNARY_OPERATIONS[expr.op](evaluate(expr.operand, lookup));
    case "binary":
      return BINARY_OPERATIONS[expr.op](evaluate(expr.left, lookup), evaluate(expr.right, lookup));
    case "call":
      return functionOf(expr).apply(expr.args.map((arg) => evaluate(arg, lookup)));
    default:
      return literalValue(expr) ?? null;
  }
}

/** The call's function; trees built by hand may name one that does not exist or pass too few arguments. */
export function functionOf(call: FunctionCall): FunctionDefinition {
  const fn = findFunction(call.name);
  if (!fn) throw syntaxError(`Unknown function "${call.name}"`, call.span);
  if (call.args.length < fn.minArgs || call.args.length > fn.maxArgs) {
    throw syntaxError(
      `${fn.name} takes ${describeArity(fn)} but got ${call.args.length}`,
      call.span
    );
  }
  return fn;
}
