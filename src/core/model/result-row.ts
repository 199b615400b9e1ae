/** A result row as it travels in AgentResult and its JSON: measure name -> value (blank is null). */
export type ResultValue = number | string | null;
export type ResultRow = Record<string, ResultValue>;

/**
 * An empty row, without a prototype: its keys are the user's measure and column names, and a
 * name such as `__proto__` or `constructor` must be a key like any other, not the object's.
 */
export function newResultRow(): ResultRow {
  return Object.create(null) as ResultRow;
}
