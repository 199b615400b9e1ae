import { FALSE_SQL, fromPredicate, type SqlValue } from "./sql-value";

/**
 * Comparisons as the engine makes them: FALSE with a blank (CASE's ELSE), text ignoring case.
 * Values of different kinds and the order of text (which depends on a database's collation)
 * are refused rather than guessed.
 */
export function comparison(
  op: string,
  left: SqlValue,
  right: SqlValue,
  refuse: (reason: string) => never
): SqlValue {
  if (left.type === "null" || right.type === "null") return FALSE_SQL;
  if (left.type !== right.type) refuse(`it compares ${left.type} with ${right.type}`);
  if (left.type !== "string") return fromPredicate(`${left.sql} ${op} ${right.sql}`);
  if (op !== "=" && op !== "<>") refuse("the order of text depends on the database's collation");
  return fromPredicate(`LOWER(${left.sql}) ${op} LOWER(${right.sql})`);
}
