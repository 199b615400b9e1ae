/**
 * The command line end to end on a generated .xlsx: read, parse, compute, write the result
 * workbook, timed as wall-clock time of the child process (start-up included, as a user running
 * it would see it), with its peak memory (the child's maximum resident set, from /usr/bin/time).
 * The built CLI (dist/cli/analyze.js, what `uaa` and `npm run analyze` run) is timed; the same
 * source through tsx is there for comparison.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unprofitableAccountAgent } from "../src/core/model/preset";
import { SAMPLE_EUR_RATE, generateTransactions } from "../src/sample/generate";
import { writeSampleWorkbook } from "../scripts/sample-workbook";
import { BENCH_ANCHOR_DATE, BENCH_SEED } from "./report";

export const BENCH_DATA = path.resolve(__dirname, "..", ".bench-data");

export interface CliReport {
  readonly how: CliLauncher;
  readonly rows: number;
  readonly fileMb: number;
  readonly generated: boolean;
  readonly wallMs: number;
  readonly exitCode: number | null;
  /** Peak resident set of the child in MB, null where /usr/bin/time is missing. */
  readonly peakMb: number | null;
  /** The child's CPU time (user + system) in ms, null where /usr/bin/time is missing. */
  readonly cpuMs: number | null;
  readonly outputTail: string;
}

/** Writes (once; reused while it exists) the benchmark workbook of the given size. */
export async function benchWorkbook(rows: number): Promise<{ file: string; generated: boolean }> {
  mkdirSync(BENCH_DATA, { recursive: true });
  const file = path.join(BENCH_DATA, `transactions-${rows}-${BENCH_SEED}.xlsx`);
  if (existsSync(file)) return { file, generated: false };
  const sample = generateTransactions({ rows, seed: BENCH_SEED, anchorDate: BENCH_ANCHOR_DATE });
  await writeSampleWorkbook(sample, file);
  return { file, generated: true };
}

/** The built-in agent with the benchmark's anchor date and the EUR rate the generated data needs. */
function benchConfig(): string {
  const file = path.join(BENCH_DATA, "agent.json");
  const doc = {
    ...unprofitableAccountAgent(),
    anchorDate: BENCH_ANCHOR_DATE,
    currency: { target: "USD", rates: { EUR: SAMPLE_EUR_RATE } },
  };
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

const ROOT = path.resolve(__dirname, "..");
const TIME = "/usr/bin/time";

export type CliLauncher = "built" | "tsx";

/** Builds dist/cli/analyze.js when a source is newer than it. */
export function buildCliFile(): void {
  const built = spawnSync(process.execPath, ["scripts/build-cli.mjs", "--if-stale"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (built.status !== 0) throw new Error(`Building the CLI failed:\n${built.stderr}`);
}

function launch(how: CliLauncher): string[] {
  return how === "built"
    ? [process.execPath, "dist/cli/analyze.js"]
    : [process.execPath, "--import", "tsx", "src/cli/analyze.ts"];
}

export async function timeCli(rows: number, how: CliLauncher = "built"): Promise<CliReport> {
  const { file, generated } = await benchWorkbook(rows);
  if (how === "built") buildCliFile();
  const out = path.join(BENCH_DATA, `result-${rows}.xlsx`);
  // A first run each time: a previous report would add reading its lifecycle sheets back.
  rmSync(out, { force: true });
  const command = [...launch(how), file, "--out", out, "--config", benchConfig(), "--quiet"];
  const measured = existsSync(TIME) ? [TIME, "-f", "peak-kb %M cpu-s %U %S", ...command] : command;
  const started = performance.now();
  const child = spawnSync(measured[0], measured.slice(1), {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  const peak = /peak-kb (\d+)/.exec(child.stderr ?? "");
  const cpu = /cpu-s ([\d.]+) ([\d.]+)/.exec(child.stderr ?? "");
  const output = `${child.stdout ?? ""}${child.stderr ?? ""}`
    .trim()
    .split("\n")
    .slice(-6)
    .join("\n");
  const { size } = statSync(file);
  return {
    how,
    peakMb: peak ? Number(peak[1]) / 1024 : null,
    cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null,
    rows,
    fileMb: size / (1024 * 1024),
    generated,
    wallMs,
    exitCode: child.status,
    outputTail: output,
  };
}
