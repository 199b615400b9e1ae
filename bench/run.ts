/**
 * `npm run bench`: the engine against DuckDB on generated transactions, the command line's
 * start-up and the command line end to end. Options: --sizes 100000,1000000 (or none)  --runs 5
 * --cli-rows 100000  --no-cli  --no-startup  --no-tsx (skip the CLI run through tsx)
 * --reader-rows 100000,1000000 (or none; workbooks are generated into .bench-data/ once)
 * --cli-memory-rows 1000000 (or none: the CLI's peak memory on a large workbook)
 * --no-phases (skip the CLI's time by phase)
 *
 * The run ends with the closing note: every target of issue 14 beside its figure and the
 * machine's load while it ran.
 *
 * Each size runs in its own child process (node --expose-gc) so its memory figures are its own.
 * Generated data lives in .bench-data/ (gitignored).
 */
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { BENCH_DATA, benchWorkbook, timeCli, type CliReport } from "./cli-e2e";
import { timePaneOpen } from "./pane-open";
import type { PhaseReport } from "./cli-phases";
import type { ReaderReport } from "./reader";
import { timeStartup } from "./startup";
import { BENCH_ANCHOR_DATE, formatTable, type SizeReport } from "./report";

const TARGET_ROWS = 1_000_000;

/** The figures the closing note sets beside issue 14's targets, filled as the parts run. */
interface Closing {
  readerRatio: Map<number, number>;
  cli?: CliReport;
  cliMemory?: CliReport;
  helpMs?: number;
  loads: number[];
}

const closing: Closing = { readerRatio: new Map(), loads: [] };

function arg(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const n = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Wall times on a shared 2-core machine depend on what else runs; say how busy it was. */
function machineLine(): string {
  const load = os.loadavg()[0];
  closing.loads.push(load);
  const cores = os.cpus().length;
  const busy =
    load > cores * 0.75 ? " - busy: wall times are inflated, CPU ms is the steadier figure" : "";
  return `  machine: ${cores} cores, ${os.cpus()[0]?.model ?? "cpu"}, load average ${load.toFixed(1)}${busy}`;
}

function measureSize(rows: number, runs: number): SizeReport {
  const child = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      "--max-old-space-size=4096",
      "--import",
      "tsx",
      path.join(__dirname, "measure.ts"),
      "--rows",
      String(rows),
      "--runs",
      String(runs),
    ],
    { cwd: path.resolve(__dirname, ".."), encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }
  );
  if (child.status !== 0) throw new Error(`Measuring ${rows} rows failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").pop() ?? "") as SizeReport;
}

function printEngineReports(reports: readonly SizeReport[]): void {
  console.log();
  console.log(
    formatTable(
      [
        "rows",
        "accounts",
        "engine ms",
        "compute",
        "sheets",
        "engine CPU ms",
        "first run",
        "DuckDB ms (1 thr)",
        "DuckDB (2 thr)",
        "engine / DuckDB 1 thr",
        "/ 2 thr",
        "results",
      ],
      reports.map((r) => [
        n(r.rows),
        n(r.accounts),
        n(r.engineMedianMs),
        n(r.computeMedianMs),
        n(r.sheetsMedianMs),
        n(r.engineCpuMedianMs),
        n(r.engineColdMs),
        n(r.duckMedianMs.threads1),
        n(r.duckMedianMs.threads2),
        `${n(r.engineMedianMs / r.duckMedianMs.threads1, 2)}x`,
        `${n(r.engineMedianMs / r.duckMedianMs.threads2, 2)}x`,
        r.agreement.differenceCount === 0 ? "agree" : `${r.agreement.differenceCount} diffs`,
      ])
    )
  );
  console.log();
  console.log(
    formatTable(
      [
        "rows",
        "input table MB",
        "RSS before MB",
        "peak RSS MB (1st run)",
        "peak RSS MB (all runs)",
        "heap growth 1st run MB",
        "DuckDB load ms",
        "load avg",
      ],
      reports.map((r) => [
        n(r.rows),
        n(r.inputHeapMb, 1),
        n(r.rssBeforeMb),
        n(r.peakRssAfterColdRunMb),
        n(r.peakRssMb),
        n(r.heapGrowthColdRunMb, 1),
        n(r.duckLoadMs),
        n(r.loadAverage, 1),
      ])
    )
  );
  console.log();
  console.log(
    formatTable(
      ["rows", "parser ms", "parser CPU ms", "plain loop ms", "plain CPU ms", "parser / plain"],
      reports.map((r) => [
        n(r.rows),
        n(r.parse.parserMs),
        n(r.parse.parserCpuMs),
        n(r.parse.plainMs),
        n(r.parse.plainCpuMs),
        `${n(r.parse.parserMs / r.parse.plainMs, 2)}x (CPU ${n(r.parse.parserCpuMs / r.parse.plainCpuMs, 2)}x)`,
      ])
    )
  );
  console.log();
  console.log(
    formatTable(
      [
        "rows",
        "engine CPU ms",
        "DuckDB CPU ms (1 thr)",
        "DuckDB CPU (2 thr)",
        "engine / DuckDB CPU 1 thr",
      ],
      reports.map((r) => [
        n(r.rows),
        n(r.engineCpuMedianMs),
        n(r.duckCpuMedianMs.threads1),
        n(r.duckCpuMedianMs.threads2),
        `${n(r.engineCpuMedianMs / r.duckCpuMedianMs.threads1, 2)}x`,
      ])
    )
  );
  console.log(
    "  engine ms = computeAgent + buildResultSheets on a parsed TransactionTable (wall clock, median); engine CPU ms =\n" +
      "  process CPU time of those runs (all threads, GC helpers included); DuckDB ms = the one SQL query run and read\n" +
      "  into DuckDB's result, data loaded beforehand (VARCHAR keys, DECIMAL(18,6) money), at 2 threads and at 1.\n" +
      "  Memory: process RSS (peak = getrusage high-water mark, before DuckDB is loaded), input = JS heap + buffers after GC.\n" +
      "  parser = the same data as rows of cells (10,000-row blocks) through the transaction parser, not part of engine ms;\n" +
      "  plain loop = the same blocks to typed columns with dictionary codes and no checks (bench/plain-columns.ts).\n" +
      "  Targets (issue 14): parser at most 2x the plain loop; engine at or below DuckDB at 1 thread."
  );

  for (const r of reports) {
    if (r.agreement.differenceCount === 0) {
      console.log(
        `  ${n(r.rows)} rows: results agree (${n(r.accounts)} accounts: Revenue, Profit, AnnualRevenue to the cent; ratios to 1e-9)`
      );
    } else {
      console.log(`  ${n(r.rows)} rows: ${r.agreement.differenceCount} differences, first ones:`);
      for (const line of r.agreement.differences) console.log(`    ${line}`);
    }
  }
  const target = reports.find((r) => r.rows === TARGET_ROWS);
  if (target) {
    const duck = target.duckMedianMs.threads1;
    const engineMet = target.engineMedianMs <= duck;
    const parserMet = target.parse.parserMs <= 2 * target.parse.plainMs;
    console.log(
      `  target: ${n(TARGET_ROWS)} rows, engine at or below DuckDB at 1 thread: ${engineMet ? "met" : "MISSED"} ` +
        `(${n(target.engineMedianMs)} ms median wall against ${n(duck)} ms; CPU ` +
        `${n(target.engineCpuMedianMs)} ms against ${n(target.duckCpuMedianMs.threads1)} ms)`
    );
    console.log(
      `  target: ${n(TARGET_ROWS)} rows, parser within 2x the plain loop: ${parserMet ? "met" : "MISSED"} ` +
        `(${n(target.parse.parserMs)} ms against ${n(target.parse.plainMs)} ms)`
    );
  }
}

async function main(): Promise<void> {
  const sizesArg = arg("--sizes") ?? "100000,1000000";
  const sizes = sizesArg === "none" ? [] : sizesArg.split(",").map(Number);
  const runs = Number(arg("--runs") ?? 5);
  const cliRows = Number(arg("--cli-rows") ?? 100_000);
  const withCli = !process.argv.includes("--no-cli");

  console.log(
    `Engine vs DuckDB on generated transactions (anchor ${BENCH_ANCHOR_DATE}, 12-month window, median of ${runs} runs after a warm-up)`
  );
  console.log(machineLine());
  const reports: SizeReport[] = [];
  for (const rows of sizes) {
    process.stdout.write(`  measuring ${n(rows)} rows ...\n`);
    reports.push(measureSize(rows, runs));
  }
  if (reports.length > 0) printEngineReports(reports);

  const readerRows = arg("--reader-rows") ?? "100000,1000000";
  if (readerRows !== "none") await printReader(readerRows.split(",").map(Number), runs);
  if (!process.argv.includes("--no-startup")) printStartup(runs);
  if (withCli) {
    await printCli(cliRows, !process.argv.includes("--no-tsx"));
    if (!process.argv.includes("--no-phases")) await printPhases(cliRows, runs);
    const memoryRows = arg("--cli-memory-rows") ?? "1000000";
    if (memoryRows !== "none") await printCliMemory(Number(memoryRows));
  }
  printClosing();
}

async function printPhases(rows: number, runs: number): Promise<void> {
  const { file } = await benchWorkbook(rows);
  const child = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      path.join(__dirname, "cli-phases.ts"),
      file,
      path.join(BENCH_DATA, "agent.json"),
      "--runs",
      String(runs),
    ],
    { cwd: path.resolve(__dirname, ".."), encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }
  );
  if (child.status !== 0) throw new Error(`Timing the phases failed:\n${child.stderr}`);
  const r = JSON.parse(child.stdout.trim().split("\n").pop() ?? "") as PhaseReport;
  console.log();
  console.log(
    `Where the CLI's time goes on the ${n(rows)}-row .xlsx (in one process, median of ${runs})`
  );
  console.log(
    formatTable(
      ["phase", "wall ms", "CPU ms"],
      Object.keys(r.wallMs).map((phase) => [phase, n(r.wallMs[phase]), n(r.cpuMs[phase])])
    )
  );
  console.log(
    "  read = the sheet into rows (streaming reader, Node zlib); parse + compute = runAgent on those rows;\n" +
      "  the CLI writes with the streamed writer (exceljs only with UAA_REPORT_WRITER=exceljs)."
  );
  console.log(machineLine());
}

async function printCliMemory(rows: number): Promise<void> {
  console.log();
  console.log(`CLI peak memory on a ${n(rows)}-row .xlsx ...`);
  const r = await timeCli(rows, "built");
  closing.cliMemory = r;
  console.log(
    formatTable(
      ["rows", "file MB", "wall ms", "CPU ms", "peak MB", "exit"],
      [
        [
          n(r.rows),
          n(r.fileMb, 1),
          n(r.wallMs),
          r.cpuMs === null ? "-" : n(r.cpuMs),
          r.peakMb === null ? "-" : n(r.peakMb),
          String(r.exitCode),
        ],
      ]
    )
  );
  console.log(machineLine());
  if (r.exitCode !== 0) console.log(`  the CLI failed:\n${r.outputTail.replace(/^/gm, "    ")}`);
}

/** Issue 14's targets beside this run's figures, and how busy the machine was meanwhile. */
function printClosing(): void {
  const met = (ok: boolean) => (ok ? "met" : "MISSED");
  const rows: string[][] = [];
  const { cli, cliMemory, helpMs } = closing;
  if (cli)
    rows.push([
      `CLI end to end, ${n(cli.rows)}-row .xlsx`,
      "< 1,500 ms",
      `${n(cli.wallMs)} ms wall, ${cli.cpuMs === null ? "-" : n(cli.cpuMs)} ms CPU`,
      met(cli.wallMs < 1500),
    ]);
  for (const [size, ratio] of closing.readerRatio)
    rows.push([`reader vs floor, ${n(size)} rows`, "<= 2x", `${n(ratio, 2)}x`, met(ratio <= 2)]);
  if (cliMemory && cliMemory.peakMb !== null)
    rows.push([
      `CLI peak memory, ${n(cliMemory.rows)}-row .xlsx`,
      "< 600 MB",
      `${n(cliMemory.peakMb)} MB`,
      met(cliMemory.peakMb < 600 && cliMemory.exitCode === 0),
    ]);
  if (helpMs !== undefined)
    rows.push([
      "--help (node dist/cli/analyze.js)",
      "< 300 ms",
      `${n(helpMs)} ms`,
      met(helpMs < 300),
    ]);
  if (rows.length === 0) return;
  console.log();
  console.log("Closing note: issue 14's targets");
  console.log(formatTable(["figure", "target", "this run", ""], rows));
  const loads = closing.loads;
  console.log(
    `  machine load (1-minute average) during the run: ${n(Math.min(...loads), 1)} to ${n(Math.max(...loads), 1)} on ${os.cpus().length} cores` +
      (Math.max(...loads) > os.cpus().length
        ? "; wall times were inflated by other work, CPU ms is the steadier figure"
        : "")
  );
}

function measureReader(file: string, runs: number): ReaderReport {
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(__dirname, "reader.ts"), file, "--runs", String(runs)],
    { cwd: path.resolve(__dirname, ".."), encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }
  );
  if (child.status !== 0) throw new Error(`Reading ${file} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").pop() ?? "") as ReaderReport;
}

async function printReader(sizes: readonly number[], runs: number): Promise<void> {
  console.log();
  console.log(`Workbook reader against the inflate-and-scan floor (median of ${runs} runs)`);
  const rows: string[][] = [];
  for (const size of sizes) {
    const { file } = await benchWorkbook(size);
    const r = measureReader(file, runs);
    const floor = r.wallMs.floor;
    closing.readerRatio.set(size, r.wallMs["reader (zlib)"] / floor);
    for (const [name, wall] of Object.entries(r.wallMs))
      rows.push([
        n(size),
        name,
        n(wall),
        n(r.cpuMs[name]),
        `${n(wall / floor, 2)}x`,
        name === "floor" ? n(r.peakRssMb) : "",
      ]);
  }
  console.log(
    formatTable(["rows", "reader", "wall ms", "CPU ms", "vs floor", "peak RSS MB"], rows)
  );
  const pane = await timePaneOpen(path.resolve(__dirname, "..", "assets/sample-transactions.xlsx"));
  console.log(
    `  the pane opening the sample (every sheet listed with its rows, in Node): streaming reader ${n(pane.streamingMs)} ms, ` +
      `exceljs load as before ${n(pane.exceljsMs)} ms (${n(pane.exceljsMs / pane.streamingMs, 1)}x)`
  );
  console.log(machineLine());
}

function printStartup(runs: number): void {
  const startupRuns = Math.max(runs, 10);
  console.log();
  console.log(`CLI start-up: --help, median of ${startupRuns} runs after one warm-up`);
  const reports = timeStartup(startupRuns);
  const tsx = reports[reports.length - 1];
  closing.helpMs = reports[0].medianMs;
  console.log(
    formatTable(
      ["command", "median ms", "min", "max", "vs tsx"],
      reports.map((r) => [
        r.label,
        n(r.medianMs),
        n(r.minMs),
        n(r.maxMs),
        `${n(r.medianMs / tsx.medianMs, 2)}x`,
      ])
    )
  );
  console.log(machineLine());
}

async function printCli(rows: number, withTsx: boolean): Promise<void> {
  console.log();
  console.log(`CLI end to end on a ${n(rows)}-row .xlsx ...`);
  const runs: CliReport[] = [await timeCli(rows, "built")];
  if (withTsx) runs.push(await timeCli(rows, "tsx"));
  const built = runs[0];
  closing.cli = built;
  console.log(
    formatTable(
      ["how", "rows", "file MB", "wall ms", "CPU ms", "vs built", "peak MB", "exit"],
      runs.map((r) => [
        r.how === "built" ? "node dist/cli/analyze.js" : "node --import tsx src/cli/analyze.ts",
        n(r.rows),
        n(r.fileMb, 1),
        n(r.wallMs),
        r.cpuMs === null ? "-" : n(r.cpuMs),
        `${n(r.wallMs / built.wallMs, 2)}x`,
        r.peakMb === null ? "-" : n(r.peakMb),
        String(r.exitCode),
      ])
    )
  );
  console.log(
    "  wall = file.xlsx --out result.xlsx --config agent.json as a child process, start-up included" +
      (built.generated
        ? " (workbook generated for this run)"
        : " (workbook reused from .bench-data/)")
  );
  console.log(machineLine());
  for (const r of runs)
    if (r.exitCode !== 0)
      console.log(`  the CLI (${r.how}) failed:\n${r.outputTail.replace(/^/gm, "    ")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
