import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AgentResult } from "../../src/core/model/result";
import { openPostgres } from "../../src/cli/sql/postgres-engine";
import { lookupsAgent } from "../core/compute/sql/documents";
import { loadPostgres } from "../core/compute/sql/load-sales";
import { postgresBinaries, startPostgres } from "../helpers/postgres-server";
import { randomSales, type SalesData } from "../helpers/sales-data";
import { runCli, scratchFolder } from "./run-cli";

/**
 * The command line on the SQL path with the lookups of issue 11: rates by month and reference
 * prices are read from `<sheet>.csv` beside the input under --engine duckdb (as a JavaScript run
 * of a CSV reads them) and from the database's tables named like the sheets under --database; the
 * figures and the lines left out for want of a month's rate are the engine's.
 */
jest.setTimeout(120_000);
const bin = postgresBinaries();
if (!bin && process.env.UAA_REQUIRE_TOOLS === "1")
  throw new Error("PostgreSQL binaries not found.");

const sales: SalesData = (() => {
  const data = randomSales(12, 3000);
  return {
    headers: [...data.headers, "Quantity"],
    rows: data.rows.map((row, i) => [...row, i % 9 === 0 ? null : 1 + (i % 17)]),
  };
})();

/** EUR by month, none for 2024-02 and 2025-03. */
const RATES: [string, string, number][] = [];
for (let index = 2023 * 12 + 9; index <= 2025 * 12 + 10; index++) {
  const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  if (month !== "2024-02" && month !== "2025-03")
    RATES.push(["EUR", `${month}-01`, 1.03 + (index % 5) * 0.02]);
}
const PRICES: [string, number][] = [
  ["North", 180],
  ["South", 205.5],
  ["West's", 240],
];

const csvCell = (v: unknown) =>
  v === null ? "" : typeof v === "number" ? String(v) : `"${String(v).replace(/"/g, '""')}"`;
const csv = (headers: readonly string[], rows: readonly (readonly unknown[])[]) =>
  `${[headers, ...rows].map((row) => row.map(csvCell).join(",")).join("\n")}\n`;

let folder: string;
beforeAll(() => {
  folder = scratchFolder();
  writeFileSync(join(folder, "sales.csv"), csv(sales.headers, sales.rows));
  writeFileSync(join(folder, "Rates.csv"), csv(["Currency", "Month", "Rate"], RATES));
  writeFileSync(join(folder, "Region Prices.csv"), csv(["Region", "Reference Price"], PRICES));
  writeFileSync(join(folder, "agent.json"), JSON.stringify(lookupsAgent()));
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

/** Every number to 10 significant digits (money to the cent and beyond), text equal, same order. */
function expectSameFigures(js: AgentResult, sql: AgentResult): void {
  const round = (value: unknown): unknown =>
    typeof value === "number"
      ? Number(value.toPrecision(10))
      : Array.isArray(value)
        ? value.map(round)
        : value && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)]))
          : value;
  expect(js.flagged.length).toBeGreaterThan(3);
  expect(round(sql.flagged)).toEqual(round(js.flagged));
  expect(round(sql.actions)).toEqual(round(js.actions));
  expect(round(sql.impact)).toEqual(round(js.impact));
  const byId = (rows: AgentResult["join"]) =>
    [...rows].sort((a, b) => String(a.CustomerId).localeCompare(String(b.CustomerId)));
  expect(round(byId(sql.join))).toEqual(round(byId(js.join)));
  expect(sql.dataQuality.rowsUsable).toBe(js.dataQuality.rowsUsable);
  const unpriced = (r: AgentResult) =>
    r.dataQuality.warnings.filter((w) => /reference price/.test(w));
  expect(unpriced(sql)).toEqual(unpriced(js));
  expect(unpriced(js)).toHaveLength(1);
}

test("--engine duckdb reads the rates and prices beside the CSV and gives the engine's figures", async () => {
  const js = await analyze("js", ["sales.csv"]);
  const sql = await analyze("duck", ["sales.csv", "--engine", "duckdb"]);
  expectSameFigures(js, sql);
  // The lines without their month's rate, with the CSV's rows, as the engine lists them.
  expect(js.dataQuality.skipped.noRateForMonth!.count).toBeGreaterThan(10);
  expect(sql.dataQuality.skipped.noRateForMonth).toEqual(js.dataQuality.skipped.noRateForMonth);
});

test("a bad rate stops the DuckDB run with the engine's message", async () => {
  const bad = scratchFolder();
  writeFileSync(join(bad, "sales.csv"), csv(sales.headers, sales.rows));
  writeFileSync(
    join(bad, "Rates.csv"),
    csv(["Currency", "Month", "Rate"], [["EUR", "2025-13", 1.1]])
  );
  writeFileSync(join(bad, "Region Prices.csv"), csv(["Region", "Reference Price"], PRICES));
  writeFileSync(join(bad, "agent.json"), JSON.stringify(lookupsAgent()));
  const run = await runCli(["sales.csv", "--engine", "duckdb", "--config", "agent.json"], bad);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(
    `Exchange rates sheet 'Rates', row 2, column Month: found "2025-13", expected a month such as 2025-03 or a date in it.`
  );
});

(bin ? test : test.skip)(
  "--database reads the rates and prices from the database's tables named like the sheets",
  async () => {
    const server = await startPostgres(bin!);
    try {
      const db = await openPostgres(server.url);
      await loadPostgres(db.client, "Sales Lines", sales);
      await db.client.query(
        `CREATE TABLE "Rates" ("Currency" TEXT, "Month" DATE, "Rate" DOUBLE PRECISION)`
      );
      for (const row of RATES)
        await db.client.query(`INSERT INTO "Rates" VALUES ($1, $2, $3)`, row);
      await db.client.query(
        `CREATE TABLE "Region Prices" ("Region" TEXT, "Reference Price" NUMERIC)`
      );
      for (const row of PRICES)
        await db.client.query(`INSERT INTO "Region Prices" VALUES ($1, $2)`, row);
      await db.close();
      const js = await analyze("js", ["sales.csv"]);
      const sql = await analyze("pg", ["--database", server.url, "--table", "Sales Lines"]);
      expectSameFigures(js, sql);
      // A database table's lines have no row numbers: the count is the engine's.
      expect(sql.dataQuality.skipped.noRateForMonth!.count).toBe(
        js.dataQuality.skipped.noRateForMonth!.count
      );
    } finally {
      server.stop();
    }
  }
);
