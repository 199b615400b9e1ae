import type { CompiledAgent, SqlStatement } from "../../core/agent/check";
import { stagedPlan } from "../../core/agent/check";
import type { ResultRow } from "../../core/model/result-row";
import type { SqlEngine } from "./sql-engine";

/**
 * Runs the compiled agent in an engine and returns each statement's rows. Staged: the shared CTEs
 * become temporary tables computed once (core/compute/sql/staged-plan.ts), then each result is
 * read from them; the tables are dropped afterwards, also when a statement fails.
 */
export async function runCompiled(
  engine: SqlEngine,
  compiled: CompiledAgent
): Promise<Map<SqlStatement, readonly ResultRow[]>> {
  const plan = stagedPlan(compiled);
  const rows = new Map<SqlStatement, readonly ResultRow[]>();
  try {
    for (const sql of plan.setup) await engine.query(sql);
    for (const [index, result] of plan.results.entries())
      rows.set(compiled.statements[index], await engine.query(result.sql));
  } finally {
    for (const sql of plan.teardown) await engine.query(sql);
  }
  return rows;
}
