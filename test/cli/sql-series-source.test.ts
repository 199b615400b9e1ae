/**
 * Per-series data source and currency on the command line's SQL path (issue 11): the case of
 * series-source.test.ts, worked by hand there, run under --engine duckdb (the series' source a
 * CSV beside the input named like the sheet, or a Parquet file it names) and under --database
 * (a table of the database), and printed by --emit-sql (a table, quoted by the dialect's rules).
 *
 * By hand (anchor 2024-10-21, 12 months, 1 EUR = 1.08 USD): Series 2 reads Benchmark in EUR:
 * X1 1,000 EUR / 250 EUR, X2 540 USD / 54 USD = 500 EUR / 50 EUR; Key 1,500 EUR revenue, 300 EUR
 * profit, 20% average margin (had it read the input, 15%). C1 (10%) is 0.10 under it, flagged;
 * C2 (20%) is not.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AgentDocument } from "../../src/core/model/document";
import type { AgentResult } from "../../src/core/model/result";
import { unprofitableAccountAgent } from "../../src/core/model/preset";
import { openDuckDb } from "../../src/cli/sql/duckdb-engine";
import { openPostgres } from "../../src/cli/sql/postgres-engine";
import { DIALECTS } from "../../src/core/compute/sql/dialect";
import { postgresBinaries, startPostgres } from "../helpers/postgres-server";
import { runCli, scratchFolder } from "./run-cli";

jest.setTimeout(120_000);
const bin = postgresBinaries();
if (!bin && process.env.UAA_REQUIRE_TOOLS === "1")
  throw new Error("PostgreSQL binaries not found.");

const HEADER = "Customer Id,Customer Name,Customer Segment,Invoice Price,Gross Margin,Pricing Date";
const TRANSACTIONS = [
  HEADER,
  "C1,Alpha,Key,1000,100,2024-06-01",
  "C2,Beta,Key,1000,200,2024-06-02",
];
const BENCHMARK = [
  `${HEADER},Currency`,
  "X1,Xeno,Key,1000,250,2024-05-01,EUR",
  "X2,Yotta,Key,540,54,2024-05-02,USD",
];

function agent(sheet: string): AgentDocument {
  const preset = unprofitableAccountAgent();
  return {
    ...preset,
    anchorDate: "2024-10-21",
    currency: { target: "USD", rates: { EUR: 1.08 } },
    series: preset.series.map((s) =>
      s.id === "Series2" ? { ...s, source: { sheet }, currency: "EUR" } : s
    ),
  };
}

function folderWith(doc: AgentDocument): string {
  const folder = scratchFolder();
  writeFileSync(join(folder, "transactions.csv"), TRANSACTIONS.join("\n"));
  writeFileSync(join(folder, "Benchmark.csv"), BENCHMARK.join("\n"));
  writeFileSync(join(folder, "agent.json"), JSON.stringify(doc));
  return folder;
}

async function analyze(folder: string, args: readonly string[]): Promise<AgentResult> {
  const cli = await runCli(
    [...args, "--config", "agent.json", "--out", "r.xlsx", "--json", "r.json"],
    folder
  );
  expect(cli.stderr).toBe("");
  expect(cli.code).toBe(0);
  return JSON.parse(readFileSync(join(folder, "r.json"), "utf8")) as AgentResult;
}

/** The figures worked out above. */
function expectBenchmark(result: AgentResult, readNote: RegExp) {
  const [key] = result.series["Avg Margin by Customer Segment"];
  expect(key.CustomerSegment).toBe("Key");
  expect(key.Revenue).toBeCloseTo(1500, 9);
  expect(key.Profit).toBeCloseTo(300, 9);
  expect(key.AvgMarginPct).toBeCloseTo(0.2, 12);
  expect(
    result.series["Revenue and Margin by Customer"].map((r) => [r.CustomerId, r.Revenue])
  ).toEqual([
    ["C1", 1000],
    ["C2", 1000],
  ]);
  const join = Object.fromEntries(result.join.map((r) => [r.CustomerId, r]));
  expect(join.C1.MarginVariance).toBeCloseTo(0.1, 12);
  expect(join.C2.MarginVariance).toBeCloseTo(0, 12);
  expect(result.flagged.map((r) => r.CustomerId)).toEqual(["C1"]);
  expect(result.dataQuality.warnings).toContainEqual(expect.stringMatching(readNote));
}

describe("--engine duckdb", () => {
  test("the series reads Benchmark.csv beside the input, in EUR", async () => {
    const result = await analyze(folderWith(agent("Benchmark")), [
      "transactions.csv",
      "--engine",
      "duckdb",
    ]);
    expectBenchmark(
      result,
      /^Series "Avg Margin by Customer Segment" read table "Benchmark" in EUR: 2 rows, 2 usable$/
    );
  });

  test("the series reads the Parquet file it names", async () => {
    const folder = folderWith(agent("benchmark.parquet"));
    const duck = await openDuckDb();
    const q = DIALECTS.duckdb.text;
    await duck.query(
      `COPY (SELECT * FROM read_csv(${q(join(folder, "Benchmark.csv"))})) TO ${q(join(folder, "benchmark.parquet"))} (FORMAT parquet)`
    );
    await duck.close();
    const result = await analyze(folder, ["transactions.csv", "--engine", "duckdb"]);
    expectBenchmark(result, /read table "benchmark.parquet" in EUR: 2 rows, 2 usable$/);
  });

  test("a source file that is not there is named with where it was looked for", async () => {
    const folder = folderWith(agent("Missing"));
    const cli = await runCli(
      ["transactions.csv", "--engine", "duckdb", "--config", "agent.json", "--out", "r.xlsx"],
      folder
    );
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(
      `A series reads "Missing"; under --engine duckdb that is a CSV file beside the input, '${join(folder, "Missing.csv")}'.`
    );
  });
});

test("--emit-sql reads the series' source as a table, quoted by each dialect", async () => {
  const folder = folderWith(agent(`Rep's "EU" Sales`));
  const postgres = await runCli(["--emit-sql", "postgres", "--config", "agent.json"], folder);
  expect(postgres.code).toBe(0);
  expect(postgres.stdout).toContain(`FROM "Rep's ""EU"" Sales" AS src`);
  const sqlServer = await runCli(["--emit-sql", "sqlserver", "--config", "agent.json"], folder);
  expect(sqlServer.code).toBe(0);
  expect(sqlServer.stdout).toContain(`FROM [Rep's "EU" Sales] AS src`);
});

(bin ? describe : describe.skip)("--database", () => {
  test("the series reads the database's table named like its source", async () => {
    const server = await startPostgres(bin!);
    try {
      const engine = await openPostgres(server.url);
      const q = DIALECTS.postgres.identifier;
      const columns = (extra: string) =>
        `(${q("Customer Id")} TEXT, ${q("Customer Name")} TEXT, ${q("Customer Segment")} TEXT, ` +
        `${q("Invoice Price")} DOUBLE PRECISION, ${q("Gross Margin")} DOUBLE PRECISION, ${q("Pricing Date")} DATE${extra})`;
      await engine.query(`CREATE TABLE transactions ${columns("")}`);
      await engine.query(
        `INSERT INTO transactions VALUES ('C1','Alpha','Key',1000,100,'2024-06-01'), ('C2','Beta','Key',1000,200,'2024-06-02')`
      );
      await engine.query(`CREATE TABLE ${q("Benchmark")} ${columns(`, ${q("Currency")} TEXT`)}`);
      await engine.query(
        `INSERT INTO ${q("Benchmark")} VALUES ('X1','Xeno','Key',1000,250,'2024-05-01','EUR'), ('X2','Yotta','Key',540,54,'2024-05-02','USD')`
      );
      await engine.close();
      const result = await analyze(folderWith(agent("Benchmark")), [
        "--database",
        server.url,
        "--table",
        "transactions",
      ]);
      expectBenchmark(result, /read table "Benchmark" in EUR: 2 rows, 2 usable$/);
    } finally {
      server.stop();
    }
  });
});
