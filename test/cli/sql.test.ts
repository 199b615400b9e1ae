import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AgentResult } from "../../src/core/model/result";
import { openDuckDb } from "../../src/cli/sql/duckdb-engine";
import { openPostgres } from "../../src/cli/sql/postgres-engine";
import { DIALECTS } from "../../src/core/compute/sql/dialect";
import { presetAgent } from "../core/compute/sql/documents";
import { loadPostgres } from "../core/compute/sql/load-sales";
import { postgresBinaries, startPostgres } from "../helpers/postgres-server";
import { randomSales } from "../helpers/sales-data";
import { runCli, scratchFolder } from "./run-cli";

/**
 * The command line's SQL path: --engine duckdb over CSV and Parquet and --database over a real
 * PostgreSQL server write the report the JavaScript engine writes, in the same figures.
 */
const data = randomSales(11, 3000);
const csvCell = (v: unknown) =>
  v === null ? "" : typeof v === "number" ? String(v) : `"${String(v).replace(/"/g, '""')}"`;
const bin = postgresBinaries();
if (!bin && process.env.UAA_REQUIRE_TOOLS === "1")
  throw new Error("PostgreSQL binaries not found.");

let folder: string;
beforeAll(async () => {
  folder = scratchFolder();
  const lines = [data.headers, ...data.rows].map((row) => row.map(csvCell).join(","));
  writeFileSync(join(folder, "sales.csv"), `${lines.join("\n")}\n`);
  writeFileSync(join(folder, "agent.json"), JSON.stringify(presetAgent()));
  const duck = await openDuckDb();
  const q = DIALECTS.duckdb.text;
  await duck.query(
    `COPY (SELECT * FROM read_csv(${q(join(folder, "sales.csv"))})) TO ${q(join(folder, "sales.parquet"))} (FORMAT parquet)`
  );
  await duck.close();
});

async function analyze(name: string, args: readonly string[]): Promise<AgentResult> {
  const run = await runCli(
    [
      ...args,
      "--config",
      "agent.json",
      "--out",
      `${name}.xlsx`,
      "--json",
      `${name}.json`,
      "--quiet",
    ],
    folder
  );
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(readFileSync(join(folder, `${name}.json`), "utf8")) as AgentResult;
}

/** The same figures: every number to 1e-9 (money sums exactly), text equal, rows in the same order. */
function expectSameFigures(js: AgentResult, sql: AgentResult): void {
  const round = (value: unknown): unknown =>
    typeof value === "number"
      ? Number(value.toPrecision(10))
      : Array.isArray(value)
        ? value.map(round)
        : value && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)]))
          : value;
  expect(round(sql.flagged)).toEqual(round(js.flagged));
  expect(round(sql.actions)).toEqual(round(js.actions));
  expect(round(sql.impact)).toEqual(round(js.impact));
  expect(sql.parameters).toEqual(js.parameters);
  for (const [label, rows] of Object.entries(js.series))
    expect(sql.series[label]).toHaveLength(rows.length);
  expect(sql.join).toHaveLength(js.join.length);
  expect(sql.dataQuality.rowsUsable).toBe(js.dataQuality.rowsUsable);
  expect(sql.dataQuality.warnings.join(" ")).toMatch(/the database's business/);
}

test("--engine duckdb over CSV and Parquet writes the engine's figures", async () => {
  const js = await analyze("js", ["sales.csv"]);
  expect(js.flagged.length).toBeGreaterThan(3);
  expectSameFigures(js, await analyze("csv", ["sales.csv", "--engine", "duckdb"]));
  expectSameFigures(js, await analyze("parquet", ["sales.parquet", "--engine", "duckdb"]));
  expect(readFileSync(join(folder, "parquet.xlsx")).length).toBeGreaterThan(1000);
}, 60_000);

test("--engine duckdb lists customer ids with several names, with the CSV's rows, as the engine does", async () => {
  const rows = data.rows.map((row, i) =>
    row[0] === "C0001" && i % 3 === 0 ? [row[0], "Renamed 1", ...row.slice(2)] : row
  );
  const lines = [data.headers, ...rows].map((row) => row.map(csvCell).join(","));
  writeFileSync(join(folder, "renamed.csv"), `${lines.join("\n")}\n`);
  const js = await analyze("renamed-js", ["renamed.csv"]);
  const sql = await analyze("renamed-sql", ["renamed.csv", "--engine", "duckdb"]);
  expect(js.dataQuality.customerIdConflicts).toHaveLength(1);
  expect(sql.dataQuality.customerIdConflicts).toEqual(js.dataQuality.customerIdConflicts);
}, 60_000);

(bin ? test : test.skip)(
  "--database runs the agent inside PostgreSQL and writes the engine's figures",
  async () => {
    const server = await startPostgres(bin!);
    try {
      const db = await openPostgres(server.url);
      await loadPostgres(db.client, "Sales Lines", data);
      await db.close();
      const js = await analyze("js", ["sales.csv"]);
      expectSameFigures(
        js,
        await analyze("pg", ["--database", server.url, "--table", "public.Sales Lines"])
      );
      const emitted = await runCli(
        [
          "--emit-sql",
          "postgres",
          "--database",
          server.url,
          "--table",
          "Sales Lines",
          "--config",
          "agent.json",
        ],
        folder
      );
      expect(emitted.stdout).toContain('FROM "Sales Lines" AS src');
    } finally {
      server.stop();
    }
  },
  90_000
);

describe("--emit-sql", () => {
  test.each(Object.keys(DIALECTS))("prints the statements for %s", async (dialect) => {
    const run = await runCli(["--emit-sql", dialect, "--config", "agent.json"], folder);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("-- flagged: flagged");
    // quality, conflicts, an overflow check and a result per series, join, flagged, impact, actions
    expect(run.stdout.match(/^WITH$/gm)).toHaveLength(10);
  });

  test("an unknown dialect is a usage error", async () => {
    const run = await runCli(["--emit-sql", "oracle"], folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not a dialect/);
  });

  test("the contribution is refused on the SQL path", async () => {
    const run = await runCli(
      ["--emit-sql", "duckdb", "--config", join(__dirname, "../../assets/sample-agent.json")],
      folder
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/does not run as SQL/);
  });
});
