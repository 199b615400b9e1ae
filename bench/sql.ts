/**
 * `npm run bench:sql`: the agent as SQL. Generated transactions (Parquet and CSV, made once by
 * DuckDB into .bench-data/) through `--engine duckdb`, end to end with peak memory, beside the
 * JavaScript engine where it can run; and PostgreSQL: the time of the statements in the
 * database against the JavaScript engine on the same rows.
 * Every run is the built command line (`npm run build:cli` first: dist/cli/analyze.js), so no
 * figure includes tsx compiling the sources. Each prints wall time, CPU time (user + system, all
 * threads: DuckDB's included) and peak memory, with the load average beside it, because the
 * 2-core machine is shared and wall time alone says more about the neighbours than the code.
 * Options: --rows 1000000,10000000  --js-max 1000000  --no-postgres
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { compileAgentSql } from "../src/core/compute/sql/compile-agent-sql";
import { DIALECTS } from "../src/core/compute/sql/dialect";
import { unprofitableAccountAgent } from "../src/core/model/preset";
import { openPostgres } from "../src/cli/sql/postgres-engine";
import { runCompiled } from "../src/cli/sql/run-compiled";
import { postgresBinaries, startPostgres } from "../test/helpers/postgres-server";
import { BENCH_DATA as DATA, benchFiles as generate } from "./sql-data";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const sizes = (arg("--rows") ?? "1000000,10000000").split(",").map(Number);
const jsMax = Number(arg("--js-max") ?? 1_000_000);
const doc = {
  ...unprofitableAccountAgent(),
  anchorDate: "2025-06-30",
  currency: { target: "USD", rates: { EUR: 1.08 } },
};
/** The machine is shared: every figure is printed with the load beside it. */
const load = () => `load ${loadavg()[0].toFixed(2)}`;
let mismatches = 0;

interface Timed {
  readonly seconds: number;
  /** User + system time of the process and its threads. */
  readonly cpuSeconds: number;
  readonly peakMb: number;
  readonly json: string;
}

const CLI = path.resolve("dist/cli/analyze.js");

/** "12.34 s wall, 15.67 s CPU, peak 812 MB": the three figures every run prints. */
const figures = (t: Timed) =>
  `${t.seconds.toFixed(2)} s wall, ${t.cpuSeconds.toFixed(2)} s CPU, peak ${t.peakMb.toFixed(0)} MB`;

function analyze(file: string | null, extra: readonly string[], name: string): Timed {
  const json = path.join(DATA, `${name}.json`);
  const args = [
    "-f",
    "%e %U %S %M",
    process.execPath,
    CLI,
    ...(file ? [file] : []),
    ...extra,
    "--config",
    path.join(DATA, "sql-agent.json"),
    "--out",
    path.join(DATA, `${name}.xlsx`),
    "--json",
    json,
    "--quiet",
    // A report of an earlier run is replaced (a JS engine report of the same name may hold actions).
    "--force",
  ];
  const run = spawnSync("/usr/bin/time", args, { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${name} failed: ${run.stderr}`);
  const [seconds, user, system, kb] = run.stderr.trim().split("\n").at(-1)!.split(" ").map(Number);
  return { seconds, cpuSeconds: user + system, peakMb: kb / 1024, json };
}

/**
 * Where two reports' figures differ (numbers to 10 significant digits): flagged accounts, actions
 * and impact in order; series and join rows as sets (ties may be listed in another order); the
 * usable rows. Empty when they agree.
 */
function figureDifferences(a: string, b: string): string[] {
  const round = (_k: string, v: unknown) => (typeof v === "number" ? Number(v.toPrecision(10)) : v);
  const read = (file: string) => JSON.parse(readFileSync(file, "utf8"));
  const [x, y] = [read(a), read(b)];
  const asSet = (rows: unknown[]) => rows.map((r) => JSON.stringify(r, round)).sort();
  const parts: [string, (r: typeof x) => unknown][] = [
    ["flagged accounts", (r) => r.flagged],
    ["actions", (r) => r.actions],
    ["impact", (r) => r.impact],
    ["usable rows", (r) => r.dataQuality.rowsUsable],
    ["join rows", (r) => asSet(r.join)],
    ...Object.keys(x.series).map((label): [string, (r: typeof x) => unknown] => [
      `series "${label}"`,
      (r) => asSet(r.series[label] ?? []),
    ]),
  ];
  return parts
    .filter(([, pick]) => JSON.stringify(pick(x), round) !== JSON.stringify(pick(y), round))
    .map(([name]) => name);
}

function compareFigures(what: string, js: string, sql: string): void {
  const differences = figureDifferences(js, sql);
  if (differences.length === 0) {
    console.log(`  ${what}: same figures as the JS engine`);
    return;
  }
  mismatches++;
  console.log(`MISMATCH ${what}: ${differences.join(", ")} differ from the JS engine's`);
}

async function postgres(rows: number, csv: string, js: Timed): Promise<void> {
  const bin = postgresBinaries();
  if (!bin || process.argv.includes("--no-postgres")) return;
  const server = await startPostgres(bin);
  // The server reads the file itself, so it must be where the postgres user can read it.
  const shared = path.join("/tmp", `uaa-bench-${rows}.csv`);
  try {
    const db = await openPostgres(server.url);
    await db.query(
      `CREATE TABLE sales ("Customer Id" TEXT, "Customer Name" TEXT, "Customer Segment" TEXT, "Invoice Price" DOUBLE PRECISION, "Gross Margin" DOUBLE PRECISION, "Calculated Rebate" DOUBLE PRECISION, "Pricing Date" DATE, "Currency" TEXT)`
    );
    copyFileSync(csv, shared);
    chmodSync(shared, 0o644);
    await db.query(
      `COPY sales FROM ${DIALECTS.postgres.text(shared)} WITH (FORMAT csv, HEADER true)`
    );
    await db.query("ANALYZE sales");
    const compiled = compileAgentSql(
      doc,
      { table: ["sales"], columns: await db.columns(["sales"]) },
      DIALECTS.postgres
    );
    // What --database runs: the staged plan, every result read back.
    const start = performance.now();
    await runCompiled(db, compiled);
    const seconds = (performance.now() - start) / 1000;
    await db.close();
    console.log(
      `PostgreSQL     ${rows.toLocaleString("en-US")} rows: ${seconds.toFixed(2)} s in the database ` +
        `(staged plan, results read back) | JS engine on the same rows: ${js.seconds.toFixed(2)} s ` +
        `wall, ${js.cpuSeconds.toFixed(2)} s CPU end to end (reading the CSV, report written) | ${load()}`
    );
    const end = analyzeDatabase(server.url, rows);
    console.log(
      `PostgreSQL     ${rows.toLocaleString("en-US")} rows through --database: ${figures(end)} ` +
        `(the CLI's CPU and memory; the server's are its own) end to end | ${load()}`
    );
    compareFigures(
      `PostgreSQL ${rows.toLocaleString("en-US")} rows`,
      path.join(DATA, `sql-${rows}-js.json`),
      end.json
    );
  } finally {
    execFileSync("rm", ["-f", shared]);
    server.stop();
  }
}

function analyzeDatabase(url: string, rows: number): Timed {
  return analyze(null, ["--database", url, "--table", "sales"], `sql-${rows}-pg`);
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:cli first`);
  mkdirSync(DATA, { recursive: true });
  writeFileSync(path.join(DATA, "sql-agent.json"), JSON.stringify(doc));
  console.log(`uptime: ${execFileSync("uptime").toString().trim()}`);
  for (const rows of sizes) {
    const { csv, parquet } = await generate(rows);
    const label = rows.toLocaleString("en-US");
    const p = analyze(parquet, ["--engine", "duckdb"], `sql-${rows}-parquet`);
    console.log(
      `DuckDB Parquet ${label} rows: ${figures(p)} (end to end, report written; target < 10 s, < 2048 MB) | ${load()}`
    );
    const c = analyze(csv, ["--engine", "duckdb"], `sql-${rows}-csv`);
    console.log(`DuckDB CSV     ${label} rows: ${figures(c)} | ${load()}`);
    if (rows <= jsMax) {
      const js = analyze(csv, [], `sql-${rows}-js`);
      console.log(`JS engine CSV  ${label} rows: ${figures(js)} | ${load()}`);
      compareFigures(`DuckDB CSV ${label} rows`, js.json, c.json);
      compareFigures(`DuckDB Parquet ${label} rows`, js.json, p.json);
      await postgres(rows, csv, js);
    }
  }
  if (mismatches > 0) {
    console.log(`MISMATCH: ${mismatches} report(s) differ from the JS engine's`);
    process.exitCode = 1;
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
