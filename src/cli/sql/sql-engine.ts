import type { ResultRow, ResultValue } from "../../core/model/result-row";

/**
 * A database the agent's SQL runs in: the embedded DuckDB or a PostgreSQL server. Both are
 * loaded only when used, so the add-in bundle and the plain command line do not carry them.
 */
export interface SqlEngine {
  /** The columns of a table, in order. */
  columns(table: readonly string[]): Promise<string[]>;
  /** Runs one statement and returns its rows with JavaScript numbers and text. */
  query(sql: string): Promise<ResultRow[]>;
  close(): Promise<void>;
}

/** Counts and row numbers come back as 64-bit integers; result rows hold plain numbers. */
export function toResultValue(value: unknown): ResultValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value ? 1 : 0;
  return String(value);
}

export function toResultRow(row: Readonly<Record<string, unknown>>): ResultRow {
  const out: ResultRow = {};
  for (const [key, value] of Object.entries(row)) out[key] = toResultValue(value);
  return out;
}
