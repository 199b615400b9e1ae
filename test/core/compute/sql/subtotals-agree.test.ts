import type { DuckDBConnection } from "@duckdb/node-api";
import type { Client } from "pg";
import { runAgent } from "../../../../src/core/agent/run-agent";
import { assembleSqlResult } from "../../../../src/core/compute/sql/assemble-result";
import { compileAgentSql } from "../../../../src/core/compute/sql/compile-agent-sql";
import { DIALECTS, type Dialect } from "../../../../src/core/compute/sql/dialect";
import type {
  AgentDocument,
  MeasureFilter,
  SeriesDefinition,
} from "../../../../src/core/model/document";
import type { AgentResult } from "../../../../src/core/model/result";
import type { ResultRow } from "../../../../src/core/model/result-row";
import type { SheetDescription } from "../../../../src/core/model/sheet";
import { rankDependent } from "../../../../src/core/compute/series/subtotals";
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
import { aggregate, expression, rank, series } from "../../../helpers/agent";
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
const MONEY = new Set([
  "Revenue",
  "Profit",
  "AnnualRevenue",
  "AvgPrice",
  "MinPrice",
  "MaxPrice",
  "PriceRange",
]);
const required = process.env.UAA_REQUIRE_TOOLS === "1";
const bin = postgresBinaries();
if (!bin && required)
  throw new Error("PostgreSQL binaries not found; .ci/run installs Debian's postgresql.");

const plain = outlinedAgent();

/**
 * The outline with a measure filter on its accounts: a subtotal adds up only the lines of the
 * accounts the detail rows show (compute/series/subtotals.ts). At 4,000 lines an account has
 * about 5,000-60,000 of revenue, so these thresholds drop some accounts and whole segments of a
 * region, whole regions at seeds 2 and 3, and every account.
 */
function withRevenueAtLeast(threshold: number): AgentDocument {
  return {
    ...plain,
    series: plain.series.map((s) =>
      s.label === OUTLINED
        ? {
            ...s,
            filters: {
              ...s.filters,
              measures: [{ measure: "Revenue", operator: ">=", value: threshold }],
            },
          }
        : s
    ),
  };
}
const DOCUMENTS: [string, AgentDocument][] = [
  ["no measure filter", plain],
  ["a filter dropping accounts and segments", withRevenueAtLeast(25_000)],
  ["a filter dropping whole regions", withRevenueAtLeast(50_000)],
  ["a filter dropping every account", withRevenueAtLeast(70_000)],
];

/**
 * Every measure kind (sum, average, min, max, count, a sum with its own window, formulas, a
 * percent rank and a formula using it) in an outline of 2 levels (segment > account) and of 3
 * (region > segment > account), with a measure filter that drops some accounts, one that drops
 * whole parent groups and one that keeps every account. The thresholds are chosen on seed 1's
 * accounts; "the measure-kind outlines ..." below checks each does what its name says.
 */
const TWO_LEVELS = ["CustomerSegment", "CustomerId"];
const THREE_LEVELS = ["Region", "CustomerSegment", "CustomerId"];
const KINDS_SEED = 1;

function kindsOutline(groupBy: readonly string[], filter: MeasureFilter | null): AgentDocument {
  const outlined: SeriesDefinition = {
    ...series(
      [
        aggregate("Revenue", "InvoicePrice"),
        aggregate("Profit", "GrossMargin"),
        aggregate("AvgPrice", "InvoicePrice", "average"),
        aggregate("MinPrice", "InvoicePrice", "min"),
        aggregate("MaxPrice", "InvoicePrice", "max"),
        aggregate("Lines", "InvoicePrice", "count"),
        aggregate("AnnualRevenue", "InvoicePrice", "sum", { months: 12 }),
        expression("MarginPct", "IF(Revenue = 0, 0, Profit / Revenue)"),
        expression("PriceRange", "MaxPrice - MinPrice"),
        rank("RevenueRank", "Revenue"),
        expression("TopHalf", "RevenueRank >= 0.5"),
      ],
      {
        id: "Series3",
        label: OUTLINED,
        groupBy,
        filters: {
          window: { months: 6 },
          excludeZeroValue: true,
          ...(filter ? { measures: [filter] } : {}),
        },
      }
    ),
    subtotals: true,
  };
  return { ...plain, series: plain.series.map((s) => (s.label === OUTLINED ? outlined : s)) };
}

const atLeast = (measure: string, value: number): MeasureFilter => ({
  measure,
  operator: ">=",
  value,
});

/**
 * The filtered agent's accounts series (line filters on numbers and a region, a date range, two
 * measure filters, windows of their own, one with an offset) outlined by segment > account > name.
 */
function richOutline(): AgentDocument {
  const accounts = plain.series[0];
  const outlined: SeriesDefinition = {
    ...accounts,
    id: "Series3",
    label: OUTLINED,
    groupBy: ["CustomerSegment", "CustomerId", "CustomerName"],
    subtotals: true,
  };
  expect(accounts.filters.measures?.length).toBe(2);
  return { ...plain, series: plain.series.map((s) => (s.label === OUTLINED ? outlined : s)) };
}

/** What a case's filter does to seed 1's outline, against the same outline without it. */
type Effect = "drops some accounts" | "drops whole parent groups" | "keeps every account";
const KIND_CASES: [string, readonly string[], MeasureFilter, Effect][] = [
  ["2 levels, Revenue >= 25,000", TWO_LEVELS, atLeast("Revenue", 25_000), "drops some accounts"],
  [
    "2 levels, Revenue >= 45,000",
    TWO_LEVELS,
    atLeast("Revenue", 45_000),
    "drops whole parent groups",
  ],
  ["2 levels, Lines >= 1", TWO_LEVELS, atLeast("Lines", 1), "keeps every account"],
  ["3 levels, Lines >= 15", THREE_LEVELS, atLeast("Lines", 15), "drops some accounts"],
  [
    "3 levels, Revenue >= 55,000",
    THREE_LEVELS,
    atLeast("Revenue", 55_000),
    "drops whole parent groups",
  ],
  ["3 levels, Lines >= 1", THREE_LEVELS, atLeast("Lines", 1), "keeps every account"],
];

async function sqlRun(engine: SqlEngine, dialect: Dialect, table: string, doc: AgentDocument) {
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

async function agree(engine: SqlEngine, dialect: Dialect, seed: number, doc: AgentDocument) {
  const js = await engineRun(doc, seed);
  const { rows, result } = await sqlRun(engine, dialect, `sales${seed}`, doc);
  expect(resultDifferences(js, rows, MONEY)).toEqual([]);
  const jsLevels = js.subtotals![OUTLINED];
  const sqlLevels = result.subtotals![OUTLINED];
  // One level of subtotals per outer level: by the first k group-by levels.
  const outlined = doc.series.find((s) => s.label === OUTLINED)!;
  const { groupBy } = outlined;
  expect(sqlLevels.map((l) => l.levels)).toEqual(
    groupBy.slice(1).map((_, k) => groupBy.slice(0, k + 1))
  );
  expect(sqlLevels.map((l) => l.levels)).toEqual(jsLevels.map((l) => l.levels));
  jsLevels.forEach((level, k) =>
    expect(tableDifferences(level.rows, sqlLevels[k].rows, level.levels, MONEY)).toEqual([])
  );
  // A percent rank, and a formula using one, rank accounts: blank on every subtotal row.
  const ranks = [...rankDependent(outlined)];
  expect(ranks.length).toBeGreaterThan(1);
  for (const level of sqlLevels)
    expect(level.rows.every((r) => ranks.every((name) => r[name] === null))).toBe(true);
  // The written sheet: the same rows, outline and subtotal rows.
  const jsSheet = outlinedSheet(js, doc);
  const sqlSheet = outlinedSheet(result, doc);
  if (js.series[OUTLINED].length > 0)
    expect(jsSheet.table.outline!.summaryRows.length).toBeGreaterThan(1);
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

async function engineRun(doc: AgentDocument, seed: number): Promise<AgentResult> {
  const sales = randomSales(seed, 4000);
  return runAgent(
    {
      name: "Sales",
      headers: sales.headers,
      blocks: [{ rows: [...sales.rows], firstRowNumber: 2 }],
    },
    doc,
    { today: TODAY }
  );
}

describe("the filtered outlines really leave lines out (so the agreement below is not vacuous)", () => {
  const shape = async (doc: AgentDocument, seed: number) => {
    const result = await engineRun(doc, seed);
    const [regions, segments] = result.subtotals![OUTLINED];
    return {
      accounts: result.series[OUTLINED].length,
      regions: regions.rows,
      segments: segments.rows,
    };
  };
  test.each(SEEDS)("seed %i", async (seed) => {
    const all = await shape(plain, seed);
    const some = await shape(DOCUMENTS[1][1], seed);
    expect(some.accounts).toBeLessThan(all.accounts);
    expect(some.segments.length).toBeLessThan(all.segments.length);
    // Every region keeps accounts, with less revenue than unfiltered.
    expect(some.regions.length).toBe(all.regions.length);
    for (const region of some.regions) {
      const unfiltered = all.regions.find((r) => r.Region === region.Region)!;
      expect(region.Revenue as number).toBeLessThan(unfiltered.Revenue as number);
    }
    const none = await shape(DOCUMENTS[3][1], seed);
    expect([none.accounts, none.regions.length, none.segments.length]).toEqual([0, 0, 0]);
  });
  it("drops whole regions at seeds 2 and 3", async () => {
    expect((await shape(DOCUMENTS[2][1], 2)).regions.length).toBe(2);
    expect((await shape(DOCUMENTS[2][1], 3)).regions.length).toBe(3);
  });
});

describe("the measure-kind outlines' filters do what their names say (seed 1)", () => {
  test.each(KIND_CASES)("%s", async (_name, levels, filter, effect) => {
    const filtered = await engineRun(kindsOutline(levels, filter), KINDS_SEED);
    const unfiltered = await engineRun(kindsOutline(levels, null), KINDS_SEED);
    const accounts = (r: AgentResult) => r.series[OUTLINED];
    const outer = (r: AgentResult) => r.subtotals![OUTLINED][0].rows;
    const first = levels[0];
    switch (effect) {
      case "drops some accounts": {
        expect(accounts(filtered).length).toBeLessThan(accounts(unfiltered).length);
        // Every outer group keeps accounts, and its subtotal adds up fewer lines than unfiltered.
        expect(outer(filtered).length).toBe(outer(unfiltered).length);
        const lessRevenue = outer(filtered).filter(
          (row) =>
            (row.Revenue as number) <
            (outer(unfiltered).find((u) => u[first] === row[first])!.Revenue as number)
        );
        expect(lessRevenue.length).toBeGreaterThan(0);
        break;
      }
      case "drops whole parent groups":
        expect(accounts(filtered).length).toBeGreaterThan(0);
        expect(outer(filtered).length).toBeLessThan(outer(unfiltered).length);
        break;
      case "keeps every account":
        expect(accounts(filtered)).toEqual(accounts(unfiltered));
        expect(filtered.subtotals).toEqual(unfiltered.subtotals);
        break;
    }
  });
});

describe("DuckDB: subtotals as the engine computes and writes them", () => {
  let engine: SqlEngine & { connection: DuckDBConnection };
  beforeAll(async () => {
    engine = await openDuckDb();
    for (const seed of SEEDS)
      await loadDuckDb(engine.connection, `sales${seed}`, randomSales(seed, 4000));
  });
  afterAll(() => engine.close());
  describe.each(DOCUMENTS)("%s", (_name, doc) =>
    test.each(SEEDS)("seed %i", (seed) => agree(engine, DIALECTS.duckdb, seed, doc))
  );
  test.each(KIND_CASES)("every measure kind, %s", (_name, levels, filter) =>
    agree(engine, DIALECTS.duckdb, KINDS_SEED, kindsOutline(levels, filter))
  );
  test.each(SEEDS)("the rich accounts series outlined, seed %i", (seed) =>
    agree(engine, DIALECTS.duckdb, seed, richOutline())
  );
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
    describe.each(DOCUMENTS)("%s", (_name, doc) =>
      test.each(SEEDS)("seed %i", (seed) => agree(engine, DIALECTS.postgres, seed, doc))
    );
    test.each(KIND_CASES)("every measure kind, %s", (_name, levels, filter) =>
      agree(engine, DIALECTS.postgres, KINDS_SEED, kindsOutline(levels, filter))
    );
    test.each(SEEDS)("the rich accounts series outlined, seed %i", (seed) =>
      agree(engine, DIALECTS.postgres, seed, richOutline())
    );
  }
);
