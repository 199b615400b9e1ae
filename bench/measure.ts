/**
 * One benchmark size, run in its own process (`node --expose-gc --import tsx bench/measure.ts
 * --rows N --runs R`) so memory figures belong to this size alone. Prints one JSON line.
 *
 * Engine time = computeAgent + buildResultSheets on an already parsed TransactionTable (no
 * reading, no parsing, no writing). DuckDB time = one SQL query, run and read into DuckDB's
 * result, on a table loaded beforehand.
 */
import os from "node:os";
import { unprofitableAccountAgent } from "../src/core/model/preset";
import type { AgentDocument } from "../src/core/model/document";
import type { AgentResult } from "../src/core/model/result";
import { computeAgent } from "../src/core/compute/compute-agent";
import {
  SAMPLE_COLUMN,
  SAMPLE_EUR_RATE,
  generateColumnar,
  generateTransactions,
  type SampleHeader,
} from "../src/sample/generate";
import { plainColumns } from "./plain-columns";
import { parseSource } from "../src/core/agent/run-agent";
import type { RowBlock } from "../src/core/model/cells";
import { buildResultSheets } from "../src/core/report/result-sheets";
import type { DataQualityReport } from "../src/core/model/data-quality";
import { compareWithDuckDb } from "./compare";
import {
  accountsOf,
  agentQuery,
  loadTransactions,
  openDuckDb,
  runAgentQuery,
} from "./duckdb-aggregation";
import { BENCH_ANCHOR_DATE, BENCH_SEED, median, type SizeReport } from "./report";

const MB = 1024 * 1024;

async function main(): Promise<void> {
  const rows = numberArg("--rows", 100_000);
  const runs = numberArg("--runs", 5);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("Run with node --expose-gc.");

  let started = performance.now();
  const table = generateColumnar({ rows, seed: BENCH_SEED });
  const generateMs = performance.now() - started;
  const doc: AgentDocument = {
    ...unprofitableAccountAgent(),
    anchorDate: BENCH_ANCHOR_DATE,
    currency: { target: "USD", rates: { EUR: SAMPLE_EUR_RATE } },
  };
  const quality: DataQualityReport = {
    sheet: "Transactions",
    rowsRead: rows,
    rowsUsable: rows,
    skipped: {},
    filtered: {},
    warnings: [],
  };
  const computeMs: number[] = [];
  const sheetsMs: number[] = [];
  const cpuMs: number[] = [];
  const runEngine = (): AgentResult => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = computeAgent(table, quality, doc, {});
    const computed = performance.now();
    buildResultSheets(result, doc);
    computeMs.push(computed - start);
    sheetsMs.push(performance.now() - computed);
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
    return result;
  };

  gc();
  const before = process.memoryUsage();
  started = performance.now();
  let result = runEngine();
  const engineColdMs = performance.now() - started;
  const afterCold = process.memoryUsage();
  const peakRssAfterCold = process.resourceUsage().maxRSS * 1024;
  computeMs.length = sheetsMs.length = cpuMs.length = 0;
  const engineMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    gc();
    started = performance.now();
    result = runEngine();
    engineMs.push(performance.now() - started);
  }
  const peakRss = process.resourceUsage().maxRSS * 1024;

  const duck = await openDuckDb();
  started = performance.now();
  await loadTransactions(duck.connection, table);
  const duckLoadMs = performance.now() - started;
  const sql = agentQuery(BENCH_ANCHOR_DATE);
  const duckMs: Record<string, number> = {};
  // Process CPU time of the query, DuckDB's threads included: steadier than wall on a busy machine.
  const duckCpuMs: Record<string, number> = {};
  let answer = await runAgentQuery(duck.connection, sql);
  for (const threads of [2, 1]) {
    await duck.setThreads(threads);
    await runAgentQuery(duck.connection, sql);
    const times: number[] = [];
    const cpuTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      const cpu = process.cpuUsage();
      started = performance.now();
      answer = await runAgentQuery(duck.connection, sql);
      times.push(performance.now() - started);
      cpuTimes.push(cpuMsSince(cpu));
    }
    duckMs[threads] = median(times);
    duckCpuMs[threads] = median(cpuTimes);
  }
  const agreement = compareWithDuckDb(result, doc.series[0].label, accountsOf(answer));
  duck.close();

  // Last, so the row arrays do not distort the engine's memory figures above.
  const parse = await timeParse(rows, doc, Math.min(runs, 3));

  const report: SizeReport = {
    rows,
    accounts: result.join.length,
    flagged: result.flagged.length,
    runs,
    generateMs,
    engineColdMs,
    engineMedianMs: median(engineMs),
    engineMinMs: Math.min(...engineMs),
    engineCpuMedianMs: median(cpuMs),
    computeMedianMs: median(computeMs),
    sheetsMedianMs: median(sheetsMs),
    inputHeapMb: (before.heapUsed + before.arrayBuffers) / MB,
    rssBeforeMb: before.rss / MB,
    rssAfterColdRunMb: afterCold.rss / MB,
    peakRssAfterColdRunMb: peakRssAfterCold / MB,
    peakRssMb: peakRss / MB,
    heapGrowthColdRunMb: (afterCold.heapUsed - before.heapUsed) / MB,
    duckLoadMs,
    parse,
    loadAverage: os.loadavg()[0],
    duckMedianMs: { threads2: duckMs[2], threads1: duckMs[1] },
    duckCpuMedianMs: { threads2: duckCpuMs[2], threads1: duckCpuMs[1] },
    agreement: {
      accounts: agreement.accounts,
      differences: agreement.differences.slice(0, 20),
      differenceCount: agreement.differences.length,
    },
  };
  process.stdout.write(JSON.stringify(report) + "\n");
}

export interface ParseTimes {
  /** The transaction parser, wall and process CPU, medians. */
  readonly parserMs: number;
  readonly parserCpuMs: number;
  /** The plain grid-to-columns loop on the same blocks (bench/plain-columns.ts). */
  readonly plainMs: number;
  readonly plainCpuMs: number;
}

/**
 * Rows (as a host hands them over) to TransactionTable through the parser, and the same blocks
 * through the plain grid-to-columns loop, alternating run by run so both see the same machine;
 * medians of a few runs after one warm-up of each.
 */
async function timeParse(rows: number, doc: AgentDocument, runs: number): Promise<ParseTimes> {
  const sample = generateTransactions({ rows, seed: BENCH_SEED, anchorDate: BENCH_ANCHOR_DATE });
  const blocks: RowBlock[] = [];
  for (let start = 0; start < rows; start += 10_000) {
    blocks.push({ rows: sample.rows.slice(start, start + 10_000), firstRowNumber: start + 2 });
  }
  const sheet = { name: "Transactions", headers: sample.headers, blocks, rowCount: rows };
  const column = (name: SampleHeader) => SAMPLE_COLUMN[name];
  // The columns the parser reads: ids, names, segments and currencies as codes; dates and money.
  const text = [column("Customer Id"), column("Customer Name"), column("Customer Segment")];
  text.push(column("Currency"));
  const numbers = [column("Pricing Date"), column("Invoice Price"), column("Gross Margin")];
  numbers.push(column("Calculated Rebate"));
  const times = { parser: [] as number[], parserCpu: [] as number[] };
  const plain = { wall: [] as number[], cpu: [] as number[] };
  for (let run = 0; run <= runs; run++) {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    let cpu = process.cpuUsage();
    let started = performance.now();
    const parsed = await parseSource(sheet, doc);
    if (parsed.table.rowCount !== rows)
      throw new Error(`parse kept ${parsed.table.rowCount} of ${rows} rows`);
    if (run > 0) {
      times.parser.push(performance.now() - started);
      times.parserCpu.push(cpuMsSince(cpu));
    }
    gc?.();
    cpu = process.cpuUsage();
    started = performance.now();
    const columns = plainColumns(blocks, rows, text, numbers);
    if (columns.rowCount !== rows) throw new Error("the plain loop lost rows");
    if (run > 0) {
      plain.wall.push(performance.now() - started);
      plain.cpu.push(cpuMsSince(cpu));
    }
  }
  return {
    parserMs: median(times.parser),
    parserCpuMs: median(times.parserCpu),
    plainMs: median(plain.wall),
    plainCpuMs: median(plain.cpu),
  };
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function numberArg(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
