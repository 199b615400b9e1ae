/**
 * A translated formula: its SQL text and the kind of value it yields. TRUE/FALSE travel as the
 * integers 1 and 0 (blank as NULL), as they count in the engine's arithmetic and as the result
 * rows show them; that also keeps the SQL valid where an engine has no boolean type (SQL Server).
 */
import { AgentInputError } from "../../model/errors";
import type { Dialect } from "./dialect";

export type SqlType = "number" | "string" | "boolean" | "null";

export interface SqlValue {
  readonly sql: string;
  readonly type: SqlType;
}

/** A formula the SQL path cannot compute exactly as the engine does: refused, never approximated. */
export class UntranslatableFormula extends AgentInputError {
  constructor(
    readonly formula: string,
    readonly reason: string
  ) {
    super(`The formula "${formula}" cannot run as SQL: ${reason}.`);
    this.name = "UntranslatableFormula";
  }
}

export const TRUE_SQL: SqlValue = { sql: "1", type: "boolean" };
export const FALSE_SQL: SqlValue = { sql: "0", type: "boolean" };

/** A condition of SQL (which may be unknown, as SQL's NULL) as the engine's TRUE/FALSE: unknown is FALSE. */
export function fromPredicate(predicate: string): SqlValue {
  return { sql: `CASE WHEN ${predicate} THEN 1 ELSE 0 END`, type: "boolean" };
}

/**
 * When IF / AND / OR take a value as holding (SQL condition text): TRUE or a non-zero number;
 * blank and text never hold. A NULL in the result counts as not holding in CASE and WHERE.
 */
export function holds(value: SqlValue): string {
  switch (value.type) {
    case "boolean":
      return `${value.sql} = 1`;
    case "number":
      return `${value.sql} <> 0`;
    default:
      return "1 = 0";
  }
}

export function nullOf(type: SqlType, dialect: Dialect): SqlValue {
  if (type === "number") return { sql: `CAST(NULL AS ${dialect.double})`, type };
  if (type === "string") return { sql: `CAST(NULL AS ${dialect.varchar})`, type };
  return { sql: "NULL", type };
}

/** A number for arithmetic: TRUE/FALSE count as 1 and 0, in double so no engine divides integers. */
export function asDouble(value: SqlValue, dialect: Dialect): string {
  return value.type === "boolean" ? `CAST(${value.sql} AS ${dialect.double})` : value.sql;
}

/** The narrowest type of two branches (IF, COALESCE); a blank fits any; null when they differ. */
export function unionOf(a: SqlType, b: SqlType): SqlType | null {
  if (a === b || b === "null") return a;
  if (a === "null") return b;
  return null;
}
