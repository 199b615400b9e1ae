/**
 * The command line end to end on a generated .xlsx: read, parse, compute, write the result
 * workbook, timed as wall-clock time of the child process (npx and tsx start-up included,
 * as a user running it would see it).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unprofitableAccountAgent } from "../src/core/model/preset";
import { SAMPLE_EUR_RATE, generateTransactions } from "../src/sample/generate";
import { writeSampleWorkbook } from "../scripts/sample-workbook";
import { BENCH_ANCHOR_DATE, BENCH_SEED } from "./report";

export const BENCH_DATA = path.resolve(__dirname, "..", ".bench-data");

export interface CliReport {
  readonly rows: number;
  readonly fileMb: number;
  readonly generated: boolean;
  readonly wallMs: number;
  readonly exitCode: number | null;
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

export async function timeCli(rows: number): Promise<CliReport> {
  const { file, generated } = await benchWorkbook(rows);
  const out = path.join(BENCH_DATA, `result-${rows}.xlsx`);
  const args = [
    "tsx",
    "src/cli/analyze.ts",
    file,
    "--out",
    out,
    "--config",
    benchConfig(),
    "--quiet",
  ];
  const started = performance.now();
  const child = spawnSync("npx", args, {
    cwd: path.resolve(__dirname, ".."),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  const output = `${child.stdout ?? ""}${child.stderr ?? ""}`
    .trim()
    .split("\n")
    .slice(-6)
    .join("\n");
  const { size } = statSync(file);
  return {
    rows,
    fileMb: size / (1024 * 1024),
    generated,
    wallMs,
    exitCode: child.status,
    outputTail: output,
  };
}
