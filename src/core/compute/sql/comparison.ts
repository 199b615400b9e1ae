import { RELATIVE_TOLERANCE } from "../../expr/number-order";
import { FALSE_SQL, fromPredicate, type SqlValue } from "./sql-value";

/**
 * Comparisons as the engine makes them: FALSE with a blank (CASE's ELSE), text ignoring case,
 * numbers equal within the engine's relative tolerance (expr/number-order.ts). Values of
 * different kinds and the order of text (which depends on a database's collation) are refused
 * rather than guessed.
 */
export function comparison(
  op: string,
  left: SqlValue,
  right: SqlValue,
  refuse: (reason: string) => never
): SqlValue {
  if (left.type === "null" || right.type === "null") return FALSE_SQL;
  if (left.type !== right.type) refuse(`it compares ${left.type} with ${right.type}`);
  if (left.type === "number") return fromPredicate(numberComparison(op, left.sql, right.sql));
  if (left.type !== "string") return fromPredicate(`${left.sql} ${op} ${right.sql}`);
  if (op !== "=" && op !== "<>") refuse("the order of text depends on the database's collation");
  return fromPredicate(`LOWER(${left.sql}) ${op} LOWER(${right.sql})`);
}

/**
 * `a op b` with the engine's tolerance: equal when |a - b| <= tolerance x the larger magnitude.
 * A NULL on either side makes every branch unknown, so the comparison stays FALSE with a blank.
 */
export function numberComparison(op: string, a: string, b: string): string {
  const distance = `ABS((${a}) - (${b}))`;
  const allowed = `${RELATIVE_TOLERANCE} * GREATEST(ABS(${a}), ABS(${b}))`;
  const near = `${distance} <= ${allowed}`;
  const apart = `${distance} > ${allowed}`;
  switch (op) {
    case "=":
      return near;
    case "<>":
      return apart;
    case "<":
    case ">":
      return `(${a} ${op} ${b} AND ${apart})`;
    default:
      return `(${a} ${op} ${b} OR ${near})`;
  }
}
