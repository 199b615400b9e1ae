/**
 * Report writing, exceljs against the streaming writer (src/xlsx/stream/), on a Flagged-Accounts
 * shaped sheet (20 columns: ids, names, money, percents, ranks, dates, a long text) of 10,000,
 * 74,000 and 370,000 accounts. Each size and writer runs in a fresh process, so peak RSS
 * (getrusage maxrss) is that writer's own. Sizes exceljs cannot write in the default heap are
 * reported as failures (exit code and last line), not as figures.
 *
 *   npm run bench:writer            all sizes
 *   npm run bench:writer -- 10000   one size
 */
import { spawnSync } from "node:child_process";
import type { SheetColumn, SheetDescription, SheetRow } from "../src/core/model/sheet";
import { renderReport } from "../src/xlsx/render-workbook";
import { renderReportStreamed } from "../src/xlsx/stream/stream-workbook";

const SIZES = [10_000, 74_000, 370_000];
const WRITERS = ["exceljs", "streamed"] as const;
type Writer = (typeof WRITERS)[number];

const FORMATS: SheetColumn["format"][] = [
  "text",
  "text",
  "text",
  "money",
  "money",
  "percent",
  "percent",
  "percent",
  "money",
  "rank",
  "money",
  "money",
  "money",
  "percent",
  "money",
  "integer",
  "date",
  "text",
  "text",
  "money",
];

export function benchSheet(accounts: number): SheetDescription {
  const columns: SheetColumn[] = FORMATS.map((format, index) => ({
    key: `c${index}`,
    header: `Column ${index + 1}`,
    format,
  }));
  const rows: SheetRow[] = [];
  for (let i = 0; i < accounts; i++) {
    const row: Record<string, string | number> = Object.create(null) as Record<string, number>;
    FORMATS.forEach((format, index) => {
      row[`c${index}`] =
        format === "text"
          ? index === 18
            ? `MarginVariance > 0.02 AND AnnualRevenue > ${i % 997}`
            : `C${String(i).padStart(7, "0")}-${index}`
          : format === "date"
            ? 45_000 + (i % 365)
            : format === "integer"
              ? i
              : ((i * 7919 + index * 104_729) % 1_000_003) / (format === "percent" ? 1_000_003 : 7);
    });
    rows.push(row);
  }
  return {
    name: "Flagged Accounts",
    title: `Flagged accounts: ${accounts}`,
    notes: ["Bench data."],
    table: {
      name: "FlaggedAccounts",
      columns,
      rows,
      highlights: [{ kind: "negative", column: "c5", style: "bad" }],
    },
  };
}

async function child(writer: Writer, accounts: number): Promise<void> {
  const sheets = [benchSheet(accounts)];
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const bytes =
    writer === "exceljs" ? await renderReport(sheets) : await renderReportStreamed(sheets);
  const ms = performance.now() - started;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ writer, accounts, ms, bytes: bytes.length, rssBefore, peak }));
}

function main(): void {
  const [mode, writer, size] = process.argv.slice(2);
  if (mode === "--child") {
    void child(writer as Writer, Number(size));
    return;
  }
  const sizes = mode ? [Number(mode)] : SIZES;
  const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
  console.log("accounts   writer     time      file      RSS before  peak RSS");
  for (const accounts of sizes)
    for (const name of WRITERS) {
      const run = spawnSync(
        process.execPath,
        ["--import", "tsx", __filename, "--child", name, String(accounts)],
        { encoding: "utf8", maxBuffer: 1 << 24 }
      );
      const line = run.stdout.trim().split("\n").pop() ?? "";
      if (run.status !== 0 || !line.startsWith("{")) {
        const why = `${run.stderr}`.trim().split("\n").filter(Boolean).slice(-1)[0] ?? "";
        console.log(
          `${String(accounts).padEnd(10)} ${name.padEnd(10)} failed (exit ${run.status}): ${why.slice(0, 100)}`
        );
        continue;
      }
      const r = JSON.parse(line) as { ms: number; bytes: number; rssBefore: number; peak: number };
      console.log(
        `${String(accounts).padEnd(10)} ${name.padEnd(10)} ${`${(r.ms / 1000).toFixed(1)} s`.padEnd(9)} ${mb(r.bytes).padEnd(9)} ${mb(r.rssBefore).padEnd(11)} ${mb(r.peak)}`
      );
    }
}

if (require.main === module) main();
