import type { DuckDBConnection } from "@duckdb/node-api";
import type { Client } from "pg";
import { runAgent } from "../../../../src/core/agent/run-agent";
import { assembleSqlResult } from "../../../../src/core/compute/sql/assemble-result";
import { compileAgentSql } from "../../../../src/core/compute/sql/compile-agent-sql";
import { DIALECTS, type Dialect } from "../../../../src/core/compute/sql/dialect";
import { lookupTableStatements, readLookups } from "../../../../src/core/compute/sql/lookup-tables";
import type { CellValue } from "../../../../src/core/model/cells";
import type { AgentDocument } from "../../../../src/core/model/document";
import { withQuarterRevenueUplift } from "../../../../src/core/model/join-presets";
import type { AgentResult } from "../../../../src/core/model/result";
import type { ResultRow } from "../../../../src/core/model/result-row";
import type { SourceSheet } from "../../../../src/core/model/source";
import { openDuckDb } from "../../../../src/cli/sql/duckdb-engine";
import { openPostgres } from "../../../../src/cli/sql/postgres-engine";
import type { SqlEngine } from "../../../../src/cli/sql/sql-engine";
import { runCompiled } from "../../../../src/cli/sql/run-compiled";
import {
  postgresBinaries,
  startPostgres,
  type PostgresServer,
} from "../../../helpers/postgres-server";
import { randomSales, seededRandom, type SalesData } from "../../../helpers/sales-data";
import { resultDifferences } from "./compare-results";
import { presetAgent, presetsAgent } from "./documents";
import { loadDuckDb, loadPostgres } from "./load-sales";

/**
 * The lookups of issue 11 on the SQL path (issue 13): exchange rates by month and reference
 * prices. The three paths agree on seeded random sales, the Data Quality sheet counts the lines
 * without a rate for their month and warns of the lines without a reference price as the engine
 * does. The lookup sheets are read by the engine's readers and loaded into temporary tables.
 */
// Each case runs the agent three times on a machine shared by several engineers.
jest.setTimeout(120_000);
const SEEDS = [1, 2, 3];
const TODAY = new Date(Date.UTC(2025, 6, 1));
const required = process.env.UAA_REQUIRE_TOOLS === "1";
const bin = postgresBinaries();
if (!bin && required)
  throw new Error("PostgreSQL binaries not found; .ci/run installs Debian's postgresql.");

/** The random sales with a Quantity column: whole units, a tenth of them blank. */
function salesWithUnits(seed: number): SalesData {
  const data = randomSales(seed, 4000);
  const random = seededRandom(seed + 100);
  return {
    headers: [...data.headers, "Quantity"],
    rows: data.rows.map((row) => [...row, random() < 0.1 ? null : 1 + Math.floor(random() * 20)]),
  };
}

const sheet = (name: string, headers: readonly string[], rows: CellValue[][]): SourceSheet => ({
  name,
  headers,
  blocks: [{ rows, firstRowNumber: 2 }],
});

/**
 * EUR by month over the sales' two years, with no rate for February 2024 and March 2025 (their
 * lines are left out) and a rate of 1 in June 2024; months written as text and as dates. A GBP
 * rate no line uses changes nothing.
 */
function ratesSheet(): SourceSheet {
  const rows: CellValue[][] = [];
  for (let index = 2023 * 12 + 9; index <= 2025 * 12 + 10; index++) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    if ((year === 2024 && month === 2) || (year === 2025 && month === 3)) continue;
    const text = `${year}-${String(month).padStart(2, "0")}`;
    const rate = year === 2024 && month === 6 ? 1 : 1.02 + (index % 7) * 0.013;
    rows.push([index % 2 === 0 ? "eur" : "EUR ", index % 3 === 0 ? `${text}-15` : text, rate]);
  }
  rows.push(["GBP", "2025-05", 1.27]);
  return sheet("Rates", ["Currency", "Month", "Rate"], rows);
}

/** Prices by region: none for East (its lines count at their own revenue). */
const regionPrices = () =>
  sheet(
    "Region Prices",
    ["Region", "Reference Price"],
    [
      ["North", 210.5],
      [" south ", 190],
      ["West's", 250.25],
    ]
  );

/** Prices for every third customer, keys in lower case (keys compare case-insensitively). */
const customerPrices = () =>
  sheet(
    "Customer Prices",
    ["Customer Id", "Unit Price"],
    Array.from({ length: 20 }, (_, i) => [`c${String(3 * i + 1).padStart(4, "0")}`, 100 + i * 7.5])
  );

const SHEETS: Record<string, () => SourceSheet> = {
  Rates: ratesSheet,
  "Region Prices": regionPrices,
  "Customer Prices": customerPrices,
};
const loadSheet = async (name: string) => SHEETS[name]();

function ratesAgent(): AgentDocument {
  const doc = presetsAgent();
  return { ...doc, currency: { ...doc.currency, ratesSheet: "Rates" } };
}

function pricedAgent(by: "Region" | "CustomerId"): AgentDocument {
  return withQuarterRevenueUplift(presetAgent(), "referencePrice", "calendar", "Quantity", {
    sheet: by === "Region" ? "Region Prices" : "Customer Prices",
    by,
  });
}

/** Both lookups in one agent. */
function bothAgent(): AgentDocument {
  const doc = pricedAgent("Region");
  return { ...doc, currency: { ...doc.currency, ratesSheet: "Rates" } };
}

function jsRun(doc: AgentDocument, data: SalesData): Promise<AgentResult> {
  return runAgent(sheet("Sales", data.headers, [...data.rows]), doc, { today: TODAY, loadSheet });
}

function moneyColumns(doc: AgentDocument): Set<string> {
  const money = new Set(["Potential", "Expected", "Impact"]);
  for (const m of doc.impact) money.add(`Expected${m.measure}`);
  for (const s of doc.series)
    for (const m of s.measures)
      if (m.kind === "aggregate" && m.aggregation !== "count") money.add(m.name);
  for (const m of doc.join.measures)
    if (m.format === "money" || /Revenue|Uplift$/.test(m.name)) money.add(m.name);
  return money;
}

interface Loaded {
  readonly engine: SqlEngine;
  readonly dialect: Dialect;
  /** SQL giving a line's row as the JS run numbers it, where the table keeps the load order. */
  readonly rowNumber?: string;
}

async function sqlRun(
  { engine, dialect, rowNumber }: Loaded,
  table: string,
  doc: AgentDocument
): Promise<{ result: AgentResult; rows: Map<unknown, readonly ResultRow[]> }> {
  const loaded = lookupTableStatements(await readLookups(doc, loadSheet), dialect);
  for (const sql of loaded.statements) await engine.query(sql);
  try {
    const compiled = compileAgentSql(
      doc,
      {
        table: [table],
        columns: await engine.columns([table]),
        ...(rowNumber ? { numbered: { table: [table], rowNumber } } : {}),
      },
      dialect,
      TODAY,
      loaded.lookups
    );
    const rows = new Map<(typeof compiled.statements)[number], readonly ResultRow[]>();
    for (const statement of compiled.statements)
      rows.set(statement, await engine.query(statement.sql));
    // The staged plan the command line runs gives the same rows.
    const staged = await runCompiled(engine, compiled);
    for (const statement of compiled.statements)
      expect({ [statement.label]: staged.get(statement) }).toEqual({
        [statement.label]: rows.get(statement),
      });
    const result = assembleSqlResult(doc, compiled, (s) => rows.get(s) ?? [], {
      source: table,
      engine: dialect.name,
      today: TODAY,
    });
    return { result, rows: rows as Map<unknown, readonly ResultRow[]> };
  } finally {
    for (const name of Object.values(loaded.lookups))
      await engine.query(`DROP TABLE ${name.map(dialect.identifier).join(".")}`);
  }
}

async function agree(loaded: Loaded, seed: number, doc: AgentDocument) {
  const data = salesWithUnits(seed);
  const js = await jsRun(doc, data);
  const { result, rows } = await sqlRun(loaded, `sales${seed}`, doc);
  expect(js.flagged.length).toBeGreaterThan(3);
  expect(
    resultDifferences(js, rows as Parameters<typeof resultDifferences>[1], moneyColumns(doc))
  ).toEqual([]);
  expect(result.flagged.map((r) => r.CustomerId)).toEqual(js.flagged.map((r) => r.CustomerId));
  return { js, sql: result };
}

async function ratesByMonth(loaded: Loaded, seed: number) {
  const { js, sql } = await agree(loaded, seed, ratesAgent());
  const jsMissing = js.dataQuality.skipped.noRateForMonth!;
  expect(jsMissing.count).toBeGreaterThan(10);
  const sqlMissing = sql.dataQuality.skipped.noRateForMonth!;
  if (loaded.rowNumber) expect(sqlMissing).toEqual(jsMissing);
  else {
    // A database table's lines have no row numbers: the count, and the months named instead.
    expect(sqlMissing).toEqual({ ...jsMissing, rows: [], rowsTruncated: true, examples: [] });
    expect(sql.dataQuality.warnings).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${jsMissing.count} lines in a currency of the rates sheet 'Rates' had no rate for their month \\(EUR 2024-02, EUR 2025-03\\)`
        )
      )
    );
  }
  expect(sql.dataQuality.rowsUsable).toBe(js.dataQuality.rowsUsable);
}

async function referencePrices(loaded: Loaded, seed: number, doc: AgentDocument) {
  const { js, sql } = await agree(loaded, seed, doc);
  const warning = (r: AgentResult) =>
    r.dataQuality.warnings.filter((w) => /no reference price/.test(w));
  expect(warning(js)).toHaveLength(1);
  expect(warning(sql)).toEqual(warning(js));
  // The uplift is at reference prices, not the margin uplift's figure.
  expect(js.join.some((r) => r.QuarterRevenueUplift !== 0)).toBe(true);
}

const cases = (loaded: () => Loaded) => {
  test.each(SEEDS)("rates by month, seed %i", (seed) => ratesByMonth(loaded(), seed));
  test.each(SEEDS)("reference prices by a column of the sheet (Region), seed %i", (seed) =>
    referencePrices(loaded(), seed, pricedAgent("Region"))
  );
  test.each(SEEDS)("reference prices by customer id, seed %i", (seed) =>
    referencePrices(loaded(), seed, pricedAgent("CustomerId"))
  );
  test("both lookups in one agent", () => agree(loaded(), 1, bothAgent()));
};

describe("DuckDB: lookups as the engine does them", () => {
  let engine: SqlEngine & { connection: DuckDBConnection };
  beforeAll(async () => {
    engine = await openDuckDb();
    for (const seed of SEEDS)
      await loadDuckDb(engine.connection, `sales${seed}`, salesWithUnits(seed));
  });
  afterAll(() => engine.close());
  // The appender keeps the rows' order: rowid + 2 is the JS run's row.
  cases(() => ({ engine, dialect: DIALECTS.duckdb, rowNumber: "src.rowid + 2" }));
});

(bin ? describe : describe.skip)("PostgreSQL: lookups as the engine does them", () => {
  let server: PostgresServer | undefined;
  let engine: SqlEngine & { client: Client };
  beforeAll(async () => {
    server = await startPostgres(bin!);
    engine = await openPostgres(server.url);
    for (const seed of SEEDS)
      await loadPostgres(engine.client, `sales${seed}`, salesWithUnits(seed));
  }, 60_000);
  afterAll(async () => {
    try {
      await engine?.close();
    } finally {
      server?.stop();
    }
  });
  cases(() => ({ engine, dialect: DIALECTS.postgres }));
});
