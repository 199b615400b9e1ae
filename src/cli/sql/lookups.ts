/**
 * The lookup tables an agent names (rates by month, reference prices) for a run as SQL. They are
 * read with the engine's readers, so a bad row stops the run with the message a JavaScript run
 * gives, and loaded into temporary tables of the engine (core/compute/sql/lookup-tables.ts):
 * under --engine duckdb from `<sheet>.csv` beside the input file, as a JavaScript run of a CSV
 * reads them; under --database from the database's table named like the sheet.
 */
import type { AgentDocument } from "../../core/model/document";
import type { SourceSheet } from "../../core/model/source";
import {
  lookupTableStatements,
  readLookups,
  type Dialect,
  type SqlLookups,
} from "../../core/agent/check";
import type { SqlEngine } from "./sql-engine";

export async function loadLookups(
  doc: AgentDocument,
  engine: SqlEngine,
  dialect: Dialect,
  loadSheet: (name: string) => Promise<SourceSheet>
): Promise<SqlLookups> {
  if (!doc.currency.ratesSheet && !doc.referencePrices) return {};
  const loaded = lookupTableStatements(await readLookups(doc, loadSheet), dialect);
  for (const sql of loaded.statements) await engine.query(sql);
  return loaded.lookups;
}

/**
 * A table of the database as a sheet: every column read as text (a date as 2025-03-01, a number
 * as written), so the engine's readers parse it as they parse a CSV's cells.
 */
export function databaseSheets(engine: SqlEngine, dialect: Dialect) {
  return async (name: string): Promise<SourceSheet> => {
    const columns = await engine.columns([name]);
    const q = dialect.identifier;
    const cells = columns.map((c, i) => `CAST(${q(c)} AS ${dialect.varchar}) AS ${q(`c${i}`)}`);
    const rows = await engine.query(`SELECT ${cells.join(", ")} FROM ${q(name)}`);
    return {
      name,
      headers: columns,
      blocks: [
        { rows: rows.map((row) => columns.map((_, i) => row[`c${i}`] ?? null)), firstRowNumber: 2 },
      ],
    };
  };
}
