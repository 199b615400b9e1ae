import type { DuckDBConnection } from "@duckdb/node-api";
import type { Client } from "pg";
import { runAgent } from "../../../../src/core/agent/run-agent";
import { assembleSqlResult } from "../../../../src/core/compute/sql/assemble-result";
import { compileAgentSql } from "../../../../src/core/compute/sql/compile-agent-sql";
import { DIALECTS, type Dialect } from "../../../../src/core/compute/sql/dialect";
import { seriesSourceNames } from "../../../../src/core/compute/sql/series-inputs";
import type { SqlSource } from "../../../../src/core/compute/sql/source-lines";
import type { AgentDocument, SeriesDefinition } from "../../../../src/core/model/document";
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
import { randomSales, type SalesData } from "../../../helpers/sales-data";
import { resultDifferences } from "./compare-results";
import { presetAgent } from "./documents";
import { loadDuckDb, loadPostgres } from "./load-sales";

/**
 * Per-series data sources and currencies on the SQL path (seed 000: each series' "Data Source" and
 * "Currency"; issue 11): the segment benchmark (Series2) reads another table, whose segment and
 * name columns have other headers (the series' own overrides), in EUR, or both. The three paths
 * (JS engine, DuckDB, PostgreSQL) agree on seeded random sales. The other table's name has a
 * space and an apostrophe, so it is quoted by each dialect's rules.
 */
jest.setTimeout(120_000);
const SEEDS = [1, 2];
const TODAY = new Date(Date.UTC(2025, 6, 1));
const OTHER = "Rep's Sales";
const required = process.env.UAA_REQUIRE_TOOLS === "1";
const bin = postgresBinaries();
if (!bin && required)
  throw new Error("PostgreSQL binaries not found; .ci/run installs Debian's postgresql.");

/** Other lines (another seed), with "Market Segment" and "Account Name" for the known fields. */
function otherSales(seed: number): SalesData {
  const data = randomSales(seed + 10, 3000);
  const renamed: Record<string, string> = {
    "Customer Segment": "Market Segment",
    "Customer Name": "Account Name",
  };
  return { headers: data.headers.map((h) => renamed[h] ?? h), rows: data.rows };
}

const sheetOf = (name: string, data: SalesData): SourceSheet => ({
  name,
  headers: data.headers,
  blocks: [{ rows: [...data.rows], firstRowNumber: 2 }],
});

function withBenchmark(own: Partial<SeriesDefinition>): AgentDocument {
  const doc = presetAgent();
  return {
    ...doc,
    series: doc.series.map((s) => (s.id === "Series2" ? { ...s, ...own } : s)),
  };
}

const OWN_SOURCE = {
  source: {
    sheet: OTHER,
    mapping: { CustomerSegment: "Market Segment", CustomerName: "Account Name" },
  },
};
const DOCUMENTS: Record<string, () => AgentDocument> = {
  "another table": () => withBenchmark(OWN_SOURCE),
  "the agent's table in EUR": () => withBenchmark({ currency: "EUR" }),
  "another table in EUR": () => withBenchmark({ ...OWN_SOURCE, currency: "eur" }),
};

function jsRun(doc: AgentDocument, seed: number): Promise<AgentResult> {
  const main = randomSales(seed, 4000);
  return runAgent(sheetOf("Sales", main), doc, {
    today: TODAY,
    loadSheet: async (name) => {
      if (name !== OTHER) throw new Error(`test: no sheet ${name}`);
      return sheetOf(OTHER, otherSales(seed));
    },
  });
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
}

async function sqlRun({ engine, dialect }: Loaded, seed: number, doc: AgentDocument) {
  const table = `sales${seed}`;
  // The host finds each series' own table: here a table of the database, named as the series says.
  const own = new Map<string, SqlSource>();
  for (const name of seriesSourceNames(doc)) {
    const other = `${name} ${seed}`;
    own.set(name, { table: [other], columns: await engine.columns([other]) });
  }
  const compiled = compileAgentSql(
    doc,
    { table: [table], columns: await engine.columns([table]) },
    dialect,
    TODAY,
    {},
    own
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
  return { result, rows };
}

/** "Series "X" read ... in EUR: 3,000 rows, 2,990 usable": the counts, whatever the wording. */
const counts = (r: AgentResult) =>
  r.dataQuality.warnings
    .filter((w) => w.startsWith("Series "))
    .map((w) => /in ([A-Z]+): ([\d,]+) rows, ([\d,]+) usable/.exec(w)?.slice(1));

async function agree(loaded: Loaded, seed: number, doc: AgentDocument) {
  const js = await jsRun(doc, seed);
  const { result, rows } = await sqlRun(loaded, seed, doc);
  expect(js.flagged.length).toBeGreaterThan(3);
  expect(
    resultDifferences(js, rows as Parameters<typeof resultDifferences>[1], moneyColumns(doc))
  ).toEqual([]);
  expect(result.flagged.map((r) => r.CustomerId)).toEqual(js.flagged.map((r) => r.CustomerId));
  expect(result.series).toEqual(
    expect.objectContaining({ [doc.series[1].label]: expect.any(Array) })
  );
  expect(counts(result)).toEqual(counts(js));
  expect(counts(js)).toHaveLength(1);
  return { js, sql: result };
}

const cases = (loaded: () => Loaded) => {
  for (const [name, doc] of Object.entries(DOCUMENTS))
    test.each(SEEDS)(`the segment benchmark from ${name}, seed %i`, (seed) =>
      agree(loaded(), seed, doc())
    );

  test("the benchmark really reads the other table in EUR: its figures are not the agent's", async () => {
    const plain = await jsRun(presetAgent(), 1);
    const { result } = await sqlRun(loaded(), 1, DOCUMENTS["another table in EUR"]());
    const label = presetAgent().series[1].label;
    const revenue = (r: AgentResult) =>
      r.series[label].reduce((sum, row) => sum + Number(row.Revenue), 0);
    expect(revenue(result)).not.toBeCloseTo(revenue(plain), 0);
    // The segments come from "Market Segment" of the other table.
    expect(result.series[label].map((r) => r.CustomerSegment).sort()).toEqual(
      [...new Set(otherSales(1).rows.map((r) => String(r[2] ?? "").trim() || "(blank)"))].sort()
    );
  });
};

async function loadAll(load: (table: string, data: SalesData) => Promise<void>) {
  for (const seed of SEEDS) {
    await load(`sales${seed}`, randomSales(seed, 4000));
    await load(`${OTHER} ${seed}`, otherSales(seed));
  }
}

describe("DuckDB: per-series sources as the engine reads them", () => {
  let engine: SqlEngine & { connection: DuckDBConnection };
  beforeAll(async () => {
    engine = await openDuckDb();
    await loadAll((table, data) => loadDuckDb(engine.connection, table, data));
  });
  afterAll(() => engine.close());
  cases(() => ({ engine, dialect: DIALECTS.duckdb }));
});

(bin ? describe : describe.skip)("PostgreSQL: per-series sources as the engine reads them", () => {
  let server: PostgresServer | undefined;
  let engine: SqlEngine & { client: Client };
  beforeAll(async () => {
    server = await startPostgres(bin!);
    engine = await openPostgres(server.url);
    await loadAll((table, data) => loadPostgres(engine.client, table, data));
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
