/**
 * The engine alone on 1M generated rows, for a CPU profile or a GC trace:
 * `node --expose-gc --cpu-prof --import tsx bench/engine-profile.ts --rows 1000000 --runs 5`
 * (or bundled: `npx esbuild bench/engine-profile.ts --bundle --platform=node --outfile=...`).
 * Prints compute, sheets, CPU and GC pause per run; no assertions (figures only).
 */
import { PerformanceObserver } from "node:perf_hooks";
import { unprofitableAccountAgent } from "../src/core/model/preset";
import type { AgentDocument } from "../src/core/model/document";
import { computeAgent } from "../src/core/compute/compute-agent";
import { SAMPLE_EUR_RATE, generateColumnar } from "../src/sample/generate";
import { buildResultSheets } from "../src/core/report/result-sheets";
import type { DataQualityReport } from "../src/core/model/data-quality";
import { BENCH_ANCHOR_DATE, BENCH_SEED } from "./report";

function numberArg(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const rows = numberArg("--rows", 1_000_000);
const runs = numberArg("--runs", 5);
const table = generateColumnar({ rows, seed: BENCH_SEED });
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
let gcMs = 0;
let gcCount = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcMs += entry.duration;
    gcCount++;
  }
}).observe({ entryTypes: ["gc"] });
const gc = (globalThis as { gc?: () => void }).gc;
for (let run = 0; run < runs; run++) {
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 0));
  gcMs = gcCount = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = computeAgent(table, quality, doc, {});
  const computed = performance.now();
  buildResultSheets(result, doc);
  const end = performance.now();
  const used = process.cpuUsage(cpu);
  await new Promise((resolve) => setTimeout(resolve, 0));
  console.log(
    `run ${run}: compute ${(computed - start).toFixed(0)} ms, sheets ${(end - computed).toFixed(0)} ms, ` +
      `CPU ${((used.user + used.system) / 1000).toFixed(0)} ms, GC ${gcMs.toFixed(0)} ms in ${gcCount}, ` +
      `flagged ${result.flagged.length}`
  );
}
