/**
 * `npm run bench:sql`: the agent as SQL. Generated transactions (Parquet and CSV, made once by
 * DuckDB into .bench-data/) through `--engine duckdb`, end to end with peak memory, beside the
 * JavaScript engine where it can run; and PostgreSQL: the time of the statements in the
 * database against the JavaScript engine on the same rows.
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
import path from "node:path";
import { compileAgentSql } from "../src/core/compute/sql/compile-agent-sql";
import { DIALECTS } from "../src/core/compute/sql/dialect";
import { unprofitableAccountAgent } from "../src/core/model/preset";
import { openDuckDb } from "../src/cli/sql/duckdb-engine";
import { openPostgres } from "../src/cli/sql/postgres-engine";
import { postgresBinaries, startPostgres } from "../test/helpers/postgres-server";

const DATA = path.resolve(".bench-data");
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

/** Lines for 20,000 accounts over two years, generated inside DuckDB (seeded) and written once. */
async function generate(rows: number): Promise<{ csv: string; parquet: string }> {
  mkdirSync(DATA, { recursive: true });
  const csv = path.join(DATA, `sql-${rows}.csv`);
  const parquet = path.join(DATA, `sql-${rows}.parquet`);
  if (existsSync(csv) && existsSync(parquet)) return { csv, parquet };
  const db = await openDuckDb();
  const t = DIALECTS.duckdb.text;
  await db.query("SELECT setseed(0.42)");
  await db.query(`CREATE TABLE g AS SELECT
      'C' || lpad(CAST(CAST(floor(random() * 20000) AS INTEGER) AS VARCHAR), 5, '0') AS "Customer Id",
      CAST(round(CASE WHEN random() < 0.05 THEN 0 ELSE random() * 5000 - 400 END, 2) AS DOUBLE) AS "Invoice Price",
      random() AS r, random() AS s, random() AS d
    FROM range(${rows})`);
  await db.query(`CREATE TABLE lines AS SELECT "Customer Id",
      'Account ' || "Customer Id" AS "Customer Name",
      CASE WHEN s < 0.3 THEN 'Retail' WHEN s < 0.6 THEN 'Wholesale' WHEN s < 0.95 THEN 'Online' ELSE NULL END AS "Customer Segment",
      "Invoice Price", round("Invoice Price" * (r * 0.6 - 0.15), 2) AS "Gross Margin",
      round(abs("Invoice Price") * r * 0.03, 2) AS "Calculated Rebate",
      DATE '2023-07-01' + CAST(floor(d * 730) AS INTEGER) AS "Pricing Date",
      CASE WHEN s > 0.85 THEN 'EUR' ELSE 'USD' END AS "Currency"
    FROM g`);
  await db.query(`COPY lines TO ${t(parquet)} (FORMAT parquet)`);
  await db.query(`COPY lines TO ${t(csv)} (FORMAT csv, HEADER)`);
  await db.close();
  return { csv, parquet };
}

interface Timed {
  readonly seconds: number;
  readonly peakMb: number;
  readonly json: string;
}

function analyze(file: string, extra: readonly string[], name: string): Timed {
  const json = path.join(DATA, `${name}.json`);
  const args = [
    "-f",
    "%e %M",
    "npx",
    "tsx",
    "src/cli/analyze.ts",
    file,
    ...extra,
    "--config",
    path.join(DATA, "sql-agent.json"),
    "--out",
    path.join(DATA, `${name}.xlsx`),
    "--json",
    json,
    "--quiet",
  ];
  const run = spawnSync("/usr/bin/time", args, { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${name} failed: ${run.stderr}`);
  const [seconds, kb] = run.stderr.trim().split("\n").at(-1)!.split(" ").map(Number);
  return { seconds, peakMb: kb / 1024, json };
}

function sameFigures(a: string, b: string): boolean {
  const round = (_k: string, v: unknown) => (typeof v === "number" ? Number(v.toPrecision(10)) : v);
  const pick = (file: string) => {
    const r = JSON.parse(readFileSync(file, "utf8"));
    return JSON.stringify({ flagged: r.flagged, actions: r.actions, impact: r.impact }, round);
  };
  return pick(a) === pick(b);
}

async function postgres(rows: number, csv: string): Promise<void> {
  const bin = postgresBinaries();
  if (!bin || process.argv.includes("--no-postgres")) return;
  const server = await startPostgres(bin);
  try {
    const db = await openPostgres(server.url);
    await db.query(
      `CREATE TABLE sales ("Customer Id" TEXT, "Customer Name" TEXT, "Customer Segment" TEXT, "Invoice Price" DOUBLE PRECISION, "Gross Margin" DOUBLE PRECISION, "Calculated Rebate" DOUBLE PRECISION, "Pricing Date" DATE, "Currency" TEXT)`
    );
    // The server reads the file itself, so it must be where the postgres user can read it.
    const shared = path.join("/tmp", `uaa-bench-${rows}.csv`);
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
    const start = performance.now();
    for (const s of compiled.statements) await db.query(s.sql);
    const seconds = (performance.now() - start) / 1000;
    await db.close();
    console.log(
      `PostgreSQL ${rows.toLocaleString("en-US")} rows: ${seconds.toFixed(2)} s in the database (all ${compiled.statements.length} statements)`
    );
    execFileSync("rm", ["-f", shared]);
  } finally {
    server.stop();
  }
}

async function main(): Promise<void> {
  mkdirSync(DATA, { recursive: true });
  writeFileSync(path.join(DATA, "sql-agent.json"), JSON.stringify(doc));
  for (const rows of sizes) {
    const { csv, parquet } = await generate(rows);
    const label = rows.toLocaleString("en-US");
    const p = analyze(parquet, ["--engine", "duckdb"], `sql-${rows}-parquet`);
    console.log(
      `DuckDB Parquet ${label} rows: ${p.seconds.toFixed(2)} s, peak ${p.peakMb.toFixed(0)} MB (end to end, report written)`
    );
    const c = analyze(csv, ["--engine", "duckdb"], `sql-${rows}-csv`);
    console.log(
      `DuckDB CSV     ${label} rows: ${c.seconds.toFixed(2)} s, peak ${c.peakMb.toFixed(0)} MB`
    );
    if (rows <= jsMax) {
      const js = analyze(csv, [], `sql-${rows}-js`);
      console.log(
        `JS engine CSV  ${label} rows: ${js.seconds.toFixed(2)} s, peak ${js.peakMb.toFixed(0)} MB; same figures as DuckDB: ${sameFigures(js.json, c.json) && sameFigures(js.json, p.json)}`
      );
      await postgres(rows, csv);
    }
  }
}

void main();
