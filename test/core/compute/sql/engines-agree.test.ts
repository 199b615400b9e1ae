import type { DuckDBConnection } from "@duckdb/node-api";
import type { Client } from "pg";
import { runAgent } from "../../../../src/core/agent/run-agent";
import { assembleSqlResult } from "../../../../src/core/compute/sql/assemble-result";
import { compileAgentSql } from "../../../../src/core/compute/sql/compile-agent-sql";
import { DIALECTS, type Dialect } from "../../../../src/core/compute/sql/dialect";
import type { AgentDocument } from "../../../../src/core/model/document";
import type { AgentResult } from "../../../../src/core/model/result";
import type { ResultRow } from "../../../../src/core/model/result-row";
import { openDuckDb } from "../../../../src/cli/sql/duckdb-engine";
import { openPostgres } from "../../../../src/cli/sql/postgres-engine";
import type { SqlEngine } from "../../../../src/cli/sql/sql-engine";
import { runCompiled } from "../../../../src/cli/sql/run-compiled";
import {
  postgresBinaries,
  startPostgres,
  type PostgresServer,
} from "../../../helpers/postgres-server";
import { randomSales, type SalesData } from "../../../helpers/sales-data";
import { resultDifferences } from "./compare-results";
import { filteredAgent, presetAgent, presetsAgent, richAgent } from "./documents";
import { loadDuckDb, loadPostgres } from "./load-sales";

/**
 * The three paths agree (JS engine, DuckDB, PostgreSQL) on seeded random sales with credit
 * notes, zero lines, ties in revenue, blank segments and names with quotes and semicolons.
 */
const SEEDS = [1, 2, 3];
const TODAY = new Date(Date.UTC(2025, 6, 1));
const required = process.env.UAA_REQUIRE_TOOLS === "1";
const bin = postgresBinaries();
if (!bin && required)
  throw new Error("PostgreSQL binaries not found; .ci/run installs Debian's postgresql.");

function jsRun(doc: AgentDocument, data: SalesData): Promise<AgentResult> {
  return runAgent(
    { name: "Sales", headers: data.headers, blocks: [{ rows: data.rows, firstRowNumber: 2 }] },
    doc,
    { today: TODAY }
  );
}

function moneyColumns(doc: AgentDocument): Set<string> {
  const money = new Set([
    "Potential",
    "Expected",
    "Impact",
    ...doc.impact.map((m) => `Expected${m.measure}`),
  ]);
  for (const s of doc.series)
    for (const m of s.measures)
      if (m.kind === "aggregate" && m.aggregation !== "count") money.add(m.name);
  for (const m of doc.join.measures)
    if (m.format === "money" || /Revenue$/.test(m.name)) money.add(m.name);
  money.add("Uplift");
  money.add("Squared");
  return money;
}

async function agree(
  engine: SqlEngine,
  dialect: Dialect,
  table: string,
  doc: AgentDocument,
  data: SalesData
) {
  const compiled = compileAgentSql(
    doc,
    { table: [table], columns: await engine.columns([table]) },
    dialect,
    TODAY
  );
  const results = new Map<(typeof compiled.statements)[number], readonly ResultRow[]>();
  for (const statement of compiled.statements)
    results.set(statement, await engine.query(statement.sql));
  const js = await jsRun(doc, data);
  expect(js.flagged.length).toBeGreaterThan(3);
  expect(resultDifferences(js, results, moneyColumns(doc))).toEqual([]);
  // The staged plan the command line runs (shared steps as temporary tables) gives the same rows.
  const staged = await runCompiled(engine, compiled);
  for (const statement of compiled.statements)
    expect({ [statement.label]: staged.get(statement) }).toEqual({
      [statement.label]: results.get(statement),
    });
}

/** Headers and values written to end a quoted name or text early: they must change nothing. */
const HOSTILE_NAME = 'x"; DROP TABLE sales1; --';
const HOSTILE_REGION = "'); DELETE FROM sales1; --";
const hostileData = (): SalesData => {
  const data = randomSales(4, 3000);
  const headers = data.headers.map((h) =>
    h === "Customer Name" ? HOSTILE_NAME : h === "Region" ? HOSTILE_REGION : h
  );
  const rows = data.rows.map((row, i) =>
    i % 7 === 0 ? [...row.slice(0, 8), HOSTILE_REGION] : row
  );
  return { headers, rows };
};
function hostileAgent(): AgentDocument {
  const doc = richAgent();
  return {
    ...doc,
    source: { ...doc.source, mapping: { CustomerName: HOSTILE_NAME } },
    series: doc.series.map((s) => ({
      ...s,
      filters: {
        ...s.filters,
        dimensions: [
          { field: HOSTILE_REGION, operator: "notIn", values: [HOSTILE_REGION, "West's"] },
        ],
      },
    })),
  };
}

async function injectionChangesNothing(engine: SqlEngine, dialect: Dialect) {
  await agree(engine, dialect, "hostile", hostileAgent(), hostileData());
  expect(await engine.query("SELECT COUNT(*) AS n FROM sales1")).toEqual([{ n: 4000 }]);
  expect(await engine.query("SELECT COUNT(*) AS n FROM hostile")).toEqual([{ n: 3000 }]);
}

/**
 * Accounts on a rule's boundary (docs/decisions.md, "Comparing numbers"): B1 earns 3% in a 5%
 * segment, exactly 2 points below (0.05 - 0.03 = 0.020000000000000004 in doubles); the
 * loss-making N accounts make sure the rule flags something.
 */
const boundaryData = (): SalesData => {
  const line = (id: string, segment: string, price: number, margin: number) => [
    id,
    `${id} Ltd`,
    segment,
    price,
    margin,
    0,
    "2025-05-01",
    "USD",
    "North",
  ];
  return {
    headers: randomSales(1, 1).headers,
    rows: [
      line("B1", "Retail", 100, 3),
      line("B2", "Retail", 100, 7),
      ...["N1", "N2", "N3", "N4"].map((id) => line(id, "Online", 100, -1)),
    ],
  };
};

async function boundaryStaysUnflagged(engine: SqlEngine, dialect: Dialect) {
  await agree(engine, dialect, "boundary", presetAgent(), boundaryData());
  const js = await jsRun(presetAgent(), boundaryData());
  expect(js.flagged.map((r) => r.CustomerId).sort()).toEqual(["N1", "N2", "N3", "N4"]);
}

/** Customer ids written with another name (C0001) or segment (C0002) on some lines. */
const conflictData = (): SalesData => {
  const data = randomSales(5, 3000);
  const rows = data.rows.map((row, i) =>
    row[0] === "C0001" && i % 3 === 0
      ? [row[0], "Renamed 1", ...row.slice(2)]
      : row[0] === "C0002" && i % 4 === 0
        ? [row[0], row[1], "Other", ...row.slice(3)]
        : row
  );
  return { headers: data.headers, rows };
};

async function conflictsListed(engine: SqlEngine, dialect: Dialect) {
  await agree(engine, dialect, "conflicts", presetAgent(), conflictData());
  const result = await sqlRun(engine, dialect, "conflicts", presetAgent());
  const js = await jsRun(presetAgent(), conflictData());
  expect(result.dataQuality.customerIdConflicts?.map((c) => c.customerId)).toEqual([
    "C0001",
    "C0002",
  ]);
  // A database table has no row numbers; the variants and their lines are the engine's.
  const withoutRows = (q: AgentResult["dataQuality"]) =>
    q.customerIdConflicts?.map((c) => ({
      ...c,
      variants: c.variants.map((v) => ({ ...v, firstRow: null })).sort((a, b) => b.rows - a.rows),
    }));
  expect(withoutRows(result.dataQuality)).toEqual(withoutRows(js.dataQuality));
  expect(result.dataQuality.warnings).toContain(
    "2 customer ids appear with more than one name or segment, so each pair is a separate account " +
      '("Same customer id, several accounts" below); correct the sheet to merge them.'
  );
}

/** One line of C0003 with a price in the wrong unit, beyond the exact sums (1E+18). */
const oversizedData = (): SalesData => {
  const data = randomSales(6, 2000);
  const at = data.rows.findIndex((row) => row[0] === "C0003");
  const rows = data.rows.map((row, i) =>
    i === at ? [...row.slice(0, 3), 2.5e20, row[4], row[5], "2025-05-01", "USD", row[8]] : row
  );
  return { headers: data.headers, rows };
};

async function oversizedBlanked(engine: SqlEngine, dialect: Dialect) {
  const result = await sqlRun(engine, dialect, "oversized", presetAgent());
  const account = result.series[presetAgent().series[0].label].find(
    (r) => r.CustomerId === "C0003"
  )!;
  expect(account.Revenue).toBeNull();
  expect(account.AnnualRevenue).toBeNull();
  expect(account.Profit).not.toBeNull();
  const segment = result.series[presetAgent().series[1].label].find(
    (r) => r.CustomerSegment === account.CustomerSegment
  )!;
  expect(segment.Revenue).toBeNull();
  expect(result.dataQuality.warnings.filter((w) => /1E\+18/.test(w) && /^Series/.test(w))).toEqual([
    expect.stringMatching(
      /^Series "Revenue and Margin by Customer": the sum of InvoicePrice \("Revenue"\) for C0003 \/ /
    ),
    expect.stringMatching(
      /^Series "Revenue and Margin by Customer": the sum of InvoicePrice \("Annual Revenue"\) for C0003 /
    ),
    expect.stringMatching(
      /^Series "Avg Margin by Customer Segment": the sum of InvoicePrice \("Revenue"\) for /
    ),
  ]);
}

async function sqlRun(
  engine: SqlEngine,
  dialect: Dialect,
  table: string,
  doc: AgentDocument
): Promise<AgentResult> {
  const compiled = compileAgentSql(
    doc,
    { table: [table], columns: await engine.columns([table]) },
    dialect,
    TODAY
  );
  const rows = await runCompiled(engine, compiled);
  return assembleSqlResult(doc, compiled, (s) => rows.get(s) ?? [], {
    source: table,
    engine: dialect.name,
    today: TODAY,
  });
}

const documents: [string, () => AgentDocument][] = [
  ["the preset agent", presetAgent],
  ["an agent using every measure, filter and condition kind", richAgent],
  ["the preset with the quarter uplifts' options and the margin trend", presetsAgent],
  ["an agent with number, date-range and measure filters", filteredAgent],
];

test("the filtered agent's number, date-range and measure filters each leave lines out", async () => {
  const js = await jsRun(filteredAgent(), randomSales(1, 4000));
  const accounts = js.dataQuality.filtered["Accounts"];
  expect(accounts.numberFilter).toBeGreaterThan(0);
  expect(accounts.dateRange).toBeGreaterThan(0);
  expect(accounts.measureFilter).toBeGreaterThan(0);
  expect(js.dataQuality.filtered["Segments"].dateRange).toBeGreaterThan(0);
});

describe("DuckDB computes what the engine computes", () => {
  let engine: SqlEngine & { connection: DuckDBConnection };
  beforeAll(async () => {
    engine = await openDuckDb();
    for (const seed of SEEDS)
      await loadDuckDb(engine.connection, `sales${seed}`, randomSales(seed, 4000));
    await loadDuckDb(engine.connection, "hostile", hostileData());
    await loadDuckDb(engine.connection, "boundary", boundaryData());
    await loadDuckDb(engine.connection, "conflicts", conflictData());
    await loadDuckDb(engine.connection, "oversized", oversizedData());
  });
  afterAll(() => engine.close());

  for (const [what, doc] of documents)
    test.each(SEEDS)(`${what}, seed %i`, (seed) =>
      agree(engine, DIALECTS.duckdb, `sales${seed}`, doc(), randomSales(seed, 4000))
    );
  test("column names and values that try to end a quote change nothing", () =>
    injectionChangesNothing(engine, DIALECTS.duckdb));
  test("a table named like a step of the plan (lines) is read as the source, staged or not", async () => {
    await loadDuckDb(engine.connection, "lines", randomSales(2, 4000));
    await agree(engine, DIALECTS.duckdb, "lines", presetAgent(), randomSales(2, 4000));
  });
  test("an account exactly on the rule's boundary is not flagged", () =>
    boundaryStaysUnflagged(engine, DIALECTS.duckdb));
  test("customer ids with several names or segments are listed, as the engine lists them", () =>
    conflictsListed(engine, DIALECTS.duckdb));
  test("a line beyond the exact sums blanks its sums and is named on Data Quality", () =>
    oversizedBlanked(engine, DIALECTS.duckdb));
});

(bin ? describe : describe.skip)("PostgreSQL computes what the engine computes", () => {
  let server: PostgresServer | undefined;
  let engine: SqlEngine & { client: Client };
  beforeAll(async () => {
    server = await startPostgres(bin!);
    engine = await openPostgres(server.url);
    for (const seed of SEEDS)
      await loadPostgres(engine.client, `sales${seed}`, randomSales(seed, 4000));
    await loadPostgres(engine.client, "hostile", hostileData());
    await loadPostgres(engine.client, "boundary", boundaryData());
    await loadPostgres(engine.client, "conflicts", conflictData());
    await loadPostgres(engine.client, "oversized", oversizedData());
  }, 60_000);
  afterAll(async () => {
    try {
      await engine?.close();
    } finally {
      server?.stop();
    }
  });

  for (const [what, doc] of documents)
    test.each(SEEDS)(`${what}, seed %i`, (seed) =>
      agree(engine, DIALECTS.postgres, `sales${seed}`, doc(), randomSales(seed, 4000))
    );
  test("column names and values that try to end a quote change nothing", () =>
    injectionChangesNothing(engine, DIALECTS.postgres));
  test("an account exactly on the rule's boundary is not flagged", () =>
    boundaryStaysUnflagged(engine, DIALECTS.postgres));
  test("customer ids with several names or segments are listed, as the engine lists them", () =>
    conflictsListed(engine, DIALECTS.postgres));
  test("a line beyond the exact sums blanks its sums and is named on Data Quality", () =>
    oversizedBlanked(engine, DIALECTS.postgres));
});
