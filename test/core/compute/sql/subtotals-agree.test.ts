import type { DuckDBConnection } from "@duckdb/node-api";
import type { Client } from "pg";
import { runAgent } from "../../../../src/core/agent/run-agent";
import { assembleSqlResult } from "../../../../src/core/compute/sql/assemble-result";
import { compileAgentSql } from "../../../../src/core/compute/sql/compile-agent-sql";
import { DIALECTS, type Dialect } from "../../../../src/core/compute/sql/dialect";
import type { AgentDocument } from "../../../../src/core/model/document";
import type { AgentResult } from "../../../../src/core/model/result";
import type { ResultRow } from "../../../../src/core/model/result-row";
import type { SheetDescription } from "../../../../src/core/model/sheet";
import { buildResultSheets } from "../../../../src/core/report/result-sheets";
import { openDuckDb } from "../../../../src/cli/sql/duckdb-engine";
import { openPostgres } from "../../../../src/cli/sql/postgres-engine";
import type { SqlEngine } from "../../../../src/cli/sql/sql-engine";
import { runCompiled } from "../../../../src/cli/sql/run-compiled";
import {
  postgresBinaries,
  startPostgres,
  type PostgresServer,
} from "../../../helpers/postgres-server";
import { randomSales } from "../../../helpers/sales-data";
import { resultDifferences, sameValue, tableDifferences } from "./compare-results";
import { outlinedAgent } from "./documents";
import { loadDuckDb, loadPostgres } from "./load-sales";

/**
 * Subtotals (an outline in a summary table) on the SQL path: the database computes each outer
 * level's subtotal rows as the engine does (the series again by the outer levels, over the lines
 * of the groups kept, ranks blank), and the report writes the same outlined sheet from them.
 */
jest.setTimeout(120_000);
const SEEDS = [1, 2, 3];
const TODAY = new Date(Date.UTC(2025, 6, 1));
const OUTLINED = "Sales by Region";
const MONEY = new Set(["Revenue", "Profit", "AnnualRevenue", "AvgPrice", "MinPrice", "MaxPrice"]);
const required = process.env.UAA_REQUIRE_TOOLS === "1";
const bin = postgresBinaries();
if (!bin && required)
  throw new Error("PostgreSQL binaries not found; .ci/run installs Debian's postgresql.");

const doc = outlinedAgent();

async function sqlRun(engine: SqlEngine, dialect: Dialect, table: string) {
  const compiled = compileAgentSql(
    doc,
    { table: [table], columns: await engine.columns([table]) },
    dialect,
    TODAY
  );
  const rows = await runCompiled(engine, compiled);
  const result = assembleSqlResult(doc, compiled, (s) => rows.get(s) ?? [], {
    source: table,
    engine: dialect.name,
    today: TODAY,
  });
  return { rows, result };
}

function outlinedSheet(result: AgentResult, agent: AgentDocument): SheetDescription {
  return buildResultSheets(result, agent).find((s) => s.table.name === "Series3")!;
}

/** Cells equal: money to the cent, other numbers to 1e-9, text exactly. */
function sheetDifferences(js: SheetDescription, sql: SheetDescription): string[] {
  const problems: string[] = [];
  if (js.table.rows.length !== sql.table.rows.length)
    return [`${js.table.rows.length} rows written by the engine, ${sql.table.rows.length} by SQL`];
  js.table.rows.forEach((row, i) => {
    for (const column of js.table.columns) {
      const a = row[column.key] as ResultRow[string];
      const b = sql.table.rows[i][column.key] as ResultRow[string];
      if (!sameValue(a, b, MONEY.has(column.key)))
        problems.push(`row ${i + 1}, ${column.key}: engine ${String(a)}, SQL ${String(b)}`);
    }
  });
  return problems;
}

async function agree(engine: SqlEngine, dialect: Dialect, seed: number) {
  const js = await runAgent(
    {
      name: "Sales",
      headers: randomSales(seed, 4000).headers,
      blocks: [{ rows: [...randomSales(seed, 4000).rows], firstRowNumber: 2 }],
    },
    doc,
    { today: TODAY }
  );
  const { rows, result } = await sqlRun(engine, dialect, `sales${seed}`);
  expect(resultDifferences(js, rows, MONEY)).toEqual([]);
  const jsLevels = js.subtotals![OUTLINED];
  const sqlLevels = result.subtotals![OUTLINED];
  expect(sqlLevels.map((l) => l.levels)).toEqual([["Region"], ["Region", "CustomerSegment"]]);
  expect(sqlLevels.map((l) => l.levels)).toEqual(jsLevels.map((l) => l.levels));
  jsLevels.forEach((level, k) =>
    expect(tableDifferences(level.rows, sqlLevels[k].rows, level.levels, MONEY)).toEqual([])
  );
  expect(sqlLevels[0].rows.every((r) => r.RevenueRank === null && r.TopHalf === null)).toBe(true);
  // The written sheet: the same rows, outline and subtotal rows.
  const jsSheet = outlinedSheet(js, doc);
  const sqlSheet = outlinedSheet(result, doc);
  expect(jsSheet.table.outline!.summaryRows.length).toBeGreaterThan(4);
  expect(sqlSheet.table.outline).toEqual(jsSheet.table.outline);
  expect(sheetDifferences(jsSheet, sqlSheet)).toEqual([]);
  expect(sqlSheet.table.totals).toBeDefined();
  expect(
    sheetDifferences(
      { ...jsSheet, table: { ...jsSheet.table, rows: [jsSheet.table.totals!] } },
      { ...sqlSheet, table: { ...sqlSheet.table, rows: [sqlSheet.table.totals!] } }
    )
  ).toEqual([]);
}

describe("DuckDB: subtotals as the engine computes and writes them", () => {
  let engine: SqlEngine & { connection: DuckDBConnection };
  beforeAll(async () => {
    engine = await openDuckDb();
    for (const seed of SEEDS)
      await loadDuckDb(engine.connection, `sales${seed}`, randomSales(seed, 4000));
  });
  afterAll(() => engine.close());
  test.each(SEEDS)("seed %i", (seed) => agree(engine, DIALECTS.duckdb, seed));
});

(bin ? describe : describe.skip)(
  "PostgreSQL: subtotals as the engine computes and writes them",
  () => {
    let server: PostgresServer | undefined;
    let engine: SqlEngine & { client: Client };
    beforeAll(async () => {
      server = await startPostgres(bin!);
      engine = await openPostgres(server.url);
      for (const seed of SEEDS)
        await loadPostgres(engine.client, `sales${seed}`, randomSales(seed, 4000));
    }, 60_000);
    afterAll(async () => {
      try {
        await engine?.close();
      } finally {
        server?.stop();
      }
    });
    test.each(SEEDS)("seed %i", (seed) => agree(engine, DIALECTS.postgres, seed));
  }
);
