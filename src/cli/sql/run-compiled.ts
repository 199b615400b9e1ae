import type { CompiledAgent, SqlStatement } from "../../core/agent/check";
import { stagedPlan } from "../../core/agent/check";
import { withResultValue, type ResultRow } from "../../core/model/result-row";
import type { SqlEngine } from "./sql-engine";

/**
 * Runs the compiled agent in an engine and returns each statement's rows. Staged: the shared CTEs
 * become temporary tables computed once (core/compute/sql/staged-plan.ts), then each result is
 * read from them; the tables are dropped afterwards, also when a statement fails. The lines are
 * streamed from the source by each series rather than staged: on 10 million Parquet rows that
 * kept DuckDB's peak at 0.4 GB instead of 1.5 GB (docs/decisions.md, "The agent as SQL").
 */
export async function runCompiled(
  engine: SqlEngine,
  compiled: CompiledAgent
): Promise<Map<SqlStatement, readonly ResultRow[]>> {
  const plan = stagedPlan(compiled, { streamLines: true });
  const rows = new Map<SqlStatement, readonly ResultRow[]>();
  try {
    for (const sql of plan.setup) await engine.query(sql);
    for (const [index, result] of plan.results.entries())
      rows.set(compiled.statements[index], await engine.query(result.sql));
  } finally {
    for (const sql of plan.teardown) await engine.query(sql);
  }
  const conflicts = compiled.statements.find((s) => s.kind === "conflicts");
  if (conflicts && compiled.firstRows)
    rows.set(conflicts, await withFirstRows(engine, compiled.firstRows, rows.get(conflicts) ?? []));
  return rows;
}

/** Ids per statement: a plain IN list DuckDB checks on the file's column before typing the lines. */
const IDS_PER_STATEMENT = 1000;

/**
 * The conflicts' FirstRow, from the numbered source for their ids only (core/compute/sql/
 * quality-sql.ts, firstRowsSelect): nothing is read again when no id has several variants.
 */
async function withFirstRows(
  engine: SqlEngine,
  firstRows: (ids: readonly string[]) => string,
  conflicts: readonly ResultRow[]
): Promise<readonly ResultRow[]> {
  const ids = [...new Set(conflicts.map((row) => String(row.CustomerId)))];
  const key = (row: ResultRow) =>
    JSON.stringify([row.CustomerId, row.CustomerName, row.CustomerSegment].map(String));
  const first = new Map<string, ResultRow[string]>();
  for (let start = 0; start < ids.length; start += IDS_PER_STATEMENT)
    for (const row of await engine.query(firstRows(ids.slice(start, start + IDS_PER_STATEMENT))))
      first.set(key(row), row.FirstRow);
  return conflicts.map((row) => withResultValue(row, "FirstRow", first.get(key(row)) ?? null));
}
