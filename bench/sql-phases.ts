/**
 * Where the time of `--engine duckdb` goes, phase by phase, on one file: opening the source as the
 * command line does (Parquet as a view; a CSV as a view over read_csv, sniffed once), each
 * statement of the staged plan (the first, the lines' grain, is the one pass over the file),
 * assembling the result, describing the sheets, writing the workbook. Each phase prints wall time,
 * the process's CPU time (DuckDB's threads included, so it says what the work costs whatever the
 * machine's load), memory and load.
 * `npx tsx bench/sql-phases.ts .bench-data/sql-10000000.parquet [--runs 1]`
 */
import { loadavg } from "node:os";
import { createCsvView } from "../src/cli/sql/csv-source";
import { openDuckDb } from "../src/cli/sql/duckdb-engine";
import { renderLifecycleReport } from "../src/cli/lifecycle/report-file";
import { assembleSqlResult } from "../src/core/compute/sql/assemble-result";
import { compileAgentSql, type SqlStatement } from "../src/core/compute/sql/compile-agent-sql";
import { DIALECTS } from "../src/core/compute/sql/dialect";
import { stagedPlan } from "../src/core/compute/sql/staged-plan";
import type { ResultRow } from "../src/core/model/result-row";
import { unprofitableAccountAgent } from "../src/core/model/preset";
import { buildResultSheets } from "../src/core/report/result-sheets";

const doc = {
  ...unprofitableAccountAgent(),
  anchorDate: "2025-06-30",
  currency: { target: "USD", rates: { EUR: 1.08 } },
};

async function main(file: string): Promise<void> {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const started = { wall: last, cpu: lastCpu };
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2).padStart(7)} s`;
  const cpu = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  const lap = (phase: string) => {
    const rss = process.memoryUsage().rss / 1048576;
    console.log(
      `${phase.slice(0, 44).padEnd(44)} ${seconds(performance.now() - last)} wall ${seconds(cpu(lastCpu))} CPU  rss ${rss.toFixed(0)} MB  load ${loadavg()[0].toFixed(2)}`
    );
    last = performance.now();
    lastCpu = process.cpuUsage();
  };
  const db = await openDuckDb();
  const parquet = /\.parquet$/i.test(file);
  let source;
  if (parquet) {
    await db.query(
      `CREATE VIEW sales AS SELECT * FROM read_parquet(${DIALECTS.duckdb.text(file)})`
    );
    source = { table: ["sales"], columns: await db.columns(["sales"]) };
  } else {
    const csv = await createCsvView(db, "sales", file, doc);
    source = { table: ["sales"], columns: csv.columns, numbered: csv.numbered };
  }
  lap(parquet ? "open the Parquet file (a view)" : "open the CSV (sniffed once, a view)");
  const compiled = compileAgentSql(doc, source, DIALECTS.duckdb);
  // What runCompiled runs, statement by statement.
  const plan = stagedPlan(compiled, { streamLines: true });
  const rows = new Map<SqlStatement, readonly ResultRow[]>();
  for (const sql of plan.setup) {
    await db.query(sql);
    lap(`stage ${/TABLE (\w+)/.exec(sql)?.[1] ?? ""}`);
  }
  for (const [index, result] of plan.results.entries()) {
    rows.set(compiled.statements[index], await db.query(result.sql));
    lap(`result ${result.kind} ${result.label}`);
  }
  for (const sql of plan.teardown) await db.query(sql);
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
  await db.close();
  console.log(
    `total ${seconds(performance.now() - started.wall)} wall ${seconds(cpu(started.cpu))} CPU; ` +
      `accounts ${result.join.length}, flagged ${result.flagged.length}, actions ${result.actions.length}`
  );
}

void main(process.argv[2]);
