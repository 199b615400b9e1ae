/**
 * `npm run bench:functions`: how long the custom functions take on 1,000-row ranges, called
 * through the same wrappers Excel calls (src/functions/functions.ts), with Office's values as
 * Excel hands them over (rows of cells, blanks as null). Prints the median of 25 calls per case
 * after a warm-up, and the cost of a whole column of 1,000 formulas, each reading 1,000 lines.
 */
import {
  accountMargin,
  agentResult,
  customerValue,
  marginVariance,
  quarterMarginUplift,
  revenueRank,
  segmentMargin,
} from "../src/functions/functions";
import { publishAgentResult } from "../src/functions/agent-results-store";
import { createRandom } from "../src/sample/random";

const ROWS = 1_000;
const RUNS = 25;

// The global Office's runtime provides; only errors need it, and none is expected here.
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: class {
    constructor(
      readonly code: string,
      readonly message?: string
    ) {}
  },
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
  },
};

const random = createRandom(1000);
const SEGMENTS = ["Retail", "Industry", "Packaging", "Cooling", "Food", "Pharma"];
const column = (f: (i: number) => unknown): unknown[][] =>
  Array.from({ length: ROWS }, (_, i) => [f(i)]);
const ids = column((i) => `CID-${String(i % 120).padStart(4, "0")}`);
const segments = column((i) => SEGMENTS[i % SEGMENTS.length]);
const revenues = column(() => Math.round(random.between(-500, 20_000) * 100) / 100);
const margins = column(() =>
  random.chance(0.02) ? null : Math.round(random.between(-800, 4_000) * 10_000) / 10_000
);
const current = column(() => random.between(-0.2, 0.4));
const segment = column(() => random.between(0.05, 0.25));
const flows = column(() => random.between(-1_000, 5_000));
publishAgentResult({
  join: Array.from({ length: ROWS }, (_, i) => ({
    CustomerId: `CID-${i}`,
    MarginVariance: random.between(-0.1, 0.1),
  })),
  flagged: [],
});
const agentIds = column((i) => `CID-${i}`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function time(call: () => unknown): Promise<number> {
  for (let i = 0; i < 3; i++) await call();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  return median(times);
}

async function main(): Promise<void> {
  const cases: [string, () => unknown][] = [
    [
      "SEGMENTMARGIN(1,000 lines, one segment)",
      () => segmentMargin(margins, revenues, segments, [["Retail"]]),
    ],
    [
      "ACCOUNTMARGIN(1,000 lines, one account)",
      () => accountMargin(margins, revenues, ids, [["CID-0007"]]),
    ],
    [
      "ACCOUNTMARGIN(1,000 lines, 120 accounts spilled)",
      () => accountMargin(margins, revenues, ids, ids.slice(0, 120)),
    ],
    ["REVENUERANK(one revenue, 1,000 revenues)", () => revenueRank([[revenues[17][0]]], revenues)],
    ["REVENUERANK(1,000 revenues spilled, 1,000 revenues)", () => revenueRank(revenues, revenues)],
    ["MARGINVARIANCE(1,000 rows spilled)", () => marginVariance(current, segment)],
    [
      "QUARTERMARGINUPLIFT(1,000 rows spilled)",
      () => quarterMarginUplift(current, segment, revenues),
    ],
    ["CUSTOMERVALUE(rate, 1,000 cash flows)", () => customerValue([[0.08]], flows)],
    [
      "AGENTRESULT(1,000 ids spilled, one measure)",
      () => agentResult(agentIds, [["MarginVariance"]]),
    ],
  ];
  console.log(
    `Custom functions on ${ROWS.toLocaleString("en-US")}-row ranges, median of ${RUNS} calls (Node ${process.version}):`
  );
  for (const [name, call] of cases) {
    const ms = await time(call);
    console.log(`  ${name.padEnd(54)} ${ms.toFixed(3).padStart(8)} ms`);
  }
  // What a recalculation of a column of =UAA.SEGMENTMARGIN(...) formulas costs: one call per cell.
  const started = performance.now();
  for (let i = 0; i < ROWS; i++) segmentMargin(margins, revenues, segments, [[segments[i][0]]]);
  const column1000 = performance.now() - started;
  console.log(
    `  ${"1,000 SEGMENTMARGIN formulas, each over the 1,000 lines".padEnd(54)} ${column1000.toFixed(1).padStart(8)} ms in all`
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
