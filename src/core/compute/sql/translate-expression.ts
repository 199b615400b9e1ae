/**
 * A formula of the agent's language as SQL with the same meaning (src/core/expr/README.md,
 * "Values and blanks"): arithmetic with a blank is blank, a ratio with a zero denominator is
 * blank, every comparison with a blank is FALSE, text compares ignoring case, IF / AND / OR take
 * blank and text as FALSE. What SQL cannot say the same way is refused with the reason.
 */
import type { BinaryExpression, Expr, UnaryExpression } from "../../expr/index";
import type { Dialect } from "./dialect";
import { comparison } from "./comparison";
import { translateCall } from "./translate-functions";
import { asDouble, nullOf, UntranslatableFormula, type SqlValue } from "./sql-value";

/** The SQL column (and its kind) a measure or level name refers to. */
export type NameLookup = (name: string) => SqlValue | undefined;

export interface TranslateContext {
  readonly dialect: Dialect;
  readonly lookup: NameLookup;
  /** The whole formula as the user wrote it, for refusals. */
  readonly formula: string;
}

export function translateExpression(expr: Expr, context: TranslateContext): SqlValue {
  const refuse = (reason: string): never => {
    throw new UntranslatableFormula(context.formula, reason);
  };
  const { dialect } = context;
  switch (expr.kind) {
    case "number":
      return { sql: `CAST(${String(expr.value)} AS ${dialect.double})`, type: "number" };
    case "string":
      return { sql: dialect.text(expr.value), type: "string" };
    case "boolean":
      return { sql: expr.value ? "1" : "0", type: "boolean" };
    case "null":
      return { sql: "NULL", type: "null" };
    case "name":
      return context.lookup(expr.name) ?? refuse(`"${expr.name}" is not a column here`);
    case "unary":
      return unary(expr, translateExpression(expr.operand, context), dialect);
    case "binary":
      return binary(expr, context, refuse);
    case "call":
      return translateCall(
        expr.name,
        expr.args.map((arg) => translateExpression(arg, context)),
        dialect,
        refuse
      );
  }
}

function unary(expr: UnaryExpression, operand: SqlValue, dialect: Dialect): SqlValue {
  if (expr.op === "+") return operand;
  if (operand.type !== "number" && operand.type !== "boolean") return nullOf("number", dialect);
  const x = asDouble(operand, dialect);
  if (expr.op === "-") return { sql: `(- ${x})`, type: "number" };
  return { sql: `(${x} / CAST(100 AS ${dialect.double}))`, type: "number" };
}

function binary(
  expr: BinaryExpression,
  context: TranslateContext,
  refuse: (reason: string) => never
): SqlValue {
  const left = translateExpression(expr.left, context);
  const right = translateExpression(expr.right, context);
  const { dialect } = context;
  switch (expr.op) {
    case "&":
      return concatenation(left, right, refuse);
    case "^":
      return power(expr, left, dialect, refuse);
    case "+":
    case "-":
    case "*":
    case "/":
      return arithmetic(expr.op, left, right, dialect);
    default:
      return comparison(expr.op, left, right, refuse);
  }
}

function arithmetic(op: string, left: SqlValue, right: SqlValue, dialect: Dialect): SqlValue {
  const numeric = (v: SqlValue) => v.type === "number" || v.type === "boolean";
  // Text or a blank in arithmetic is blank (Excel would say #VALUE!).
  if (!numeric(left) || !numeric(right)) return nullOf("number", dialect);
  const a = asDouble(left, dialect);
  const b = asDouble(right, dialect);
  // SPEC: a ratio is blank when its denominator is 0.
  if (op === "/") return { sql: `(${a} / NULLIF(${b}, 0))`, type: "number" };
  return { sql: `(${a} ${op} ${b})`, type: "number" };
}

/** Only a whole positive power is the same everywhere: 0^0 and roots of negatives differ per engine. */
function power(
  expr: BinaryExpression,
  base: SqlValue,
  dialect: Dialect,
  refuse: (reason: string) => never
): SqlValue {
  const exponent = expr.right;
  if (exponent.kind !== "number" || !Number.isInteger(exponent.value) || exponent.value < 1)
    refuse("only a whole positive number is translated as a power (x ^ 2)");
  if (base.type !== "number" && base.type !== "boolean") return nullOf("number", dialect);
  return { sql: `POWER(${asDouble(base, dialect)}, ${String(exponent.value)})`, type: "number" };
}

/** `&` on text only: the engine writes numbers with 15 significant digits, SQL engines do not. */
function concatenation(
  left: SqlValue,
  right: SqlValue,
  refuse: (reason: string) => never
): SqlValue {
  const text = (v: SqlValue): string => {
    if (v.type === "string") return `COALESCE(${v.sql}, '')`;
    if (v.type === "null") return "''";
    if (v.type === "boolean")
      return `CASE WHEN ${v.sql} = 1 THEN 'TRUE' WHEN ${v.sql} = 0 THEN 'FALSE' ELSE '' END`;
    return refuse("a number joined to text with & is written differently by SQL engines");
  };
  return { sql: `CONCAT(${text(left)}, ${text(right)})`, type: "string" };
}
