/**
 * Where the time of `--engine duckdb` goes, phase by phase, on one file: DuckDB reading the file
 * and running the statements (streamed, so reading is inside them; a CSV is first loaded into a
 * table, timed apart), assembling the result, describing the sheets, writing the workbook.
 * `npx tsx bench/sql-phases.ts .bench-data/sql-10000000.parquet`
 */
import { loadavg } from "node:os";
import { openDuckDb } from "../src/cli/sql/duckdb-engine";
import { runCompiled } from "../src/cli/sql/run-compiled";
import { renderLifecycleReport } from "../src/cli/lifecycle/report-file";
import { assembleSqlResult } from "../src/core/compute/sql/assemble-result";
import { compileAgentSql } from "../src/core/compute/sql/compile-agent-sql";
import { DIALECTS } from "../src/core/compute/sql/dialect";
import { unprofitableAccountAgent } from "../src/core/model/preset";
import { buildResultSheets } from "../src/core/report/result-sheets";

const doc = {
  ...unprofitableAccountAgent(),
  anchorDate: "2025-06-30",
  currency: { target: "USD", rates: { EUR: 1.08 } },
};

async function main(file: string): Promise<void> {
  let last = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    const rss = process.memoryUsage().rss / 1048576;
    console.log(
      `${phase.padEnd(34)} ${((now - last) / 1000).toFixed(2).padStart(7)} s  rss ${rss.toFixed(0)} MB  load ${loadavg()[0].toFixed(2)}`
    );
    last = now;
  };
  const db = await openDuckDb();
  const t = DIALECTS.duckdb.text;
  const parquet = /\.parquet$/i.test(file);
  await db.query(
    parquet
      ? `CREATE VIEW sales AS SELECT * FROM read_parquet(${t(file)})`
      : `CREATE TABLE sales AS SELECT * FROM read_csv(${t(file)})`
  );
  lap(parquet ? "open the Parquet file (a view)" : "load the CSV into a table");
  const compiled = compileAgentSql(
    doc,
    { table: ["sales"], columns: await db.columns(["sales"]) },
    DIALECTS.duckdb
  );
  const rows = await runCompiled(db, compiled);
  lap("statements (reading the lines)");
  const result = assembleSqlResult(doc, compiled, (s) => rows.get(s) ?? [], {
    source: file,
    engine: "DuckDB",
    today: new Date(),
  });
  lap("assemble the result");
  const sheets = buildResultSheets(result, doc);
  lap("describe the sheets");
  await renderLifecycleReport(sheets, { created: new Date() });
  lap("write the workbook (in memory)");
  console.log(
    `accounts ${result.join.length}, flagged ${result.flagged.length}, actions ${result.actions.length}`
  );
  await db.close();
}

void main(process.argv[2]);
