/**
 * The preset agent's aggregation as DuckDB would run it: one SQL query over a table of
 * transactions, for the benchmark's side-by-side timing and as a second opinion on the
 * engine's numbers. SQL follows the SPEC (Series 1, Series 2, Join Series, Filters).
 */
import {
  DOUBLE,
  DuckDBConnection,
  DuckDBDataChunk,
  DuckDBInstance,
  DuckDBResultReader,
  INTEGER,
  VARCHAR,
} from "@duckdb/node-api";
import type { TransactionTable } from "../src/core/model/transactions";

export interface DuckDbSession {
  readonly connection: DuckDBConnection;
  setThreads(threads: number): Promise<void>;
  close(): void;
}

export async function openDuckDb(): Promise<DuckDbSession> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  return {
    connection,
    setThreads: (threads) =>
      connection.run(`SET threads = ${Math.max(1, Math.floor(threads))}`).then(() => undefined),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

const CHUNK_ROWS = 2048;

/**
 * Loads the engine's parsed table into `transactions`: text as VARCHAR, money as DECIMAL(18,6)
 * (every value has at most six decimals, so the cast from double is exact and DuckDB's sums
 * are exact decimals), pricing dates as the same Excel serial numbers.
 */
export async function loadTransactions(
  connection: DuckDBConnection,
  table: TransactionTable
): Promise<void> {
  await connection.run(
    `CREATE OR REPLACE TABLE staging (customer_id VARCHAR, customer_name VARCHAR, customer_segment VARCHAR,
       invoice_price DOUBLE, gross_margin DOUBLE, pricing_date INTEGER)`
  );
  const appender = await connection.createAppender("staging");
  const chunk = DuckDBDataChunk.create([VARCHAR, VARCHAR, VARCHAR, DOUBLE, DOUBLE, INTEGER]);
  const { CustomerId: id, CustomerName: name, CustomerSegment: segment } = table;
  for (let start = 0; start < table.rowCount; start += CHUNK_ROWS) {
    const end = Math.min(table.rowCount, start + CHUNK_ROWS);
    const ids: string[] = [];
    const names: string[] = [];
    const segments: string[] = [];
    const prices: number[] = [];
    const margins: number[] = [];
    const dates: number[] = [];
    for (let i = start; i < end; i++) {
      ids.push(id.values[id.codes[i]]);
      names.push(name.values[name.codes[i]]);
      segments.push(segment.values[segment.codes[i]]);
      prices.push(table.InvoicePrice[i]);
      margins.push(table.GrossMargin[i]);
      dates.push(table.PricingDate[i]);
    }
    chunk.setColumns([ids, names, segments, prices, margins, dates]);
    appender.appendDataChunk(chunk);
  }
  appender.closeSync();
  await connection.run(
    `CREATE OR REPLACE TABLE transactions AS
       SELECT customer_id, customer_name, customer_segment,
              CAST(invoice_price AS DECIMAL(18,6)) AS invoice_price,
              CAST(gross_margin AS DECIMAL(18,6)) AS gross_margin,
              pricing_date
       FROM staging`
  );
  await connection.run("DROP TABLE staging");
}

/**
 * The whole preset aggregation in one query. The window is EDATE(A, -12) < PricingDate <= A on
 * Excel serials (DuckDB's month arithmetic clamps the day to the month's end, as EDATE does);
 * zero-value lines are left out; AnnualRevenue has its own trailing-12-month window (the same
 * as the series' here, kept apart as in the agent document).
 */
export function agentQuery(anchorDate: string, windowMonths = 12, annualMonths = 12): string {
  const serial = (months: number) =>
    `(CAST(DATE '${anchorDate}' - INTERVAL ${months} MONTH AS DATE) - DATE '1899-12-30')`;
  return `
WITH bounds AS (
  SELECT DATE '${anchorDate}' - DATE '1899-12-30' AS anchor,
         ${serial(windowMonths)} AS window_start,
         ${serial(annualMonths)} AS annual_start
),
lines AS (
  SELECT t.*, t.pricing_date > b.annual_start AND t.pricing_date <= b.anchor AS in_annual
  FROM transactions t, bounds b
  WHERE t.pricing_date > b.window_start AND t.pricing_date <= b.anchor AND t.invoice_price <> 0
),
series1 AS (
  SELECT customer_id, customer_name, customer_segment,
         SUM(invoice_price) AS revenue,
         SUM(gross_margin) AS profit,
         COALESCE(SUM(invoice_price) FILTER (WHERE in_annual), 0) AS annual_revenue
  FROM lines
  GROUP BY customer_id, customer_name, customer_segment
),
series1_measures AS (
  SELECT *,
         CAST(profit AS DOUBLE) / NULLIF(CAST(revenue AS DOUBLE), 0) AS current_margin_pct,
         PERCENT_RANK() OVER (ORDER BY revenue) AS revenue_rank
  FROM series1
),
series2 AS (
  SELECT customer_segment,
         CAST(SUM(gross_margin) AS DOUBLE) / NULLIF(CAST(SUM(invoice_price) AS DOUBLE), 0) AS segment_avg_margin_pct
  FROM lines
  GROUP BY customer_segment
),
joined AS (
  SELECT s1.*, s2.segment_avg_margin_pct,
         (s1.current_margin_pct + s2.segment_avg_margin_pct) / 2 AS suggested_margin_pct
  FROM series1_measures s1 LEFT JOIN series2 s2 USING (customer_segment)
)
SELECT customer_id, customer_name, customer_segment,
       CAST(revenue AS VARCHAR) AS revenue,
       CAST(profit AS VARCHAR) AS profit,
       CAST(annual_revenue AS VARCHAR) AS annual_revenue,
       revenue_rank,
       segment_avg_margin_pct - current_margin_pct AS margin_variance,
       (suggested_margin_pct - current_margin_pct) * CAST(annual_revenue AS DOUBLE) / 4 AS quarter_margin_uplift,
       CASE WHEN profit = 0 THEN NULL
            ELSE (suggested_margin_pct - current_margin_pct) / ABS(current_margin_pct) END AS margin_lift_potential_pct,
       (suggested_margin_pct - current_margin_pct) * CAST(annual_revenue AS DOUBLE) / 4 AS quarter_revenue_uplift,
       current_margin_pct,
       suggested_margin_pct,
       segment_avg_margin_pct
FROM joined`;
}

/** One account of the query's answer; money as exact decimal text. */
export interface DuckDbAccount {
  readonly customerId: string;
  readonly revenue: string;
  readonly profit: string;
  readonly annualRevenue: string;
  readonly ratios: Readonly<Record<string, number | null>>;
}

/** Join measure names of the SPEC, keyed by the query's column names. */
export const RATIO_COLUMNS: Readonly<Record<string, string>> = {
  revenue_rank: "RevenueRank",
  margin_variance: "MarginVariance",
  quarter_margin_uplift: "QuarterMarginUplift",
  margin_lift_potential_pct: "MarginLiftPotentialPct",
  quarter_revenue_uplift: "QuarterRevenueUplift",
  current_margin_pct: "CurrentMarginPct",
  suggested_margin_pct: "SuggestedMarginPct",
  segment_avg_margin_pct: "SegmentAvgMarginPct",
};

/** Runs the query and reads its whole answer into DuckDB's result (the part a benchmark times). */
export async function runAgentQuery(
  connection: DuckDBConnection,
  sql: string
): Promise<DuckDBResultReader> {
  return connection.runAndReadAll(sql);
}

export function accountsOf(reader: DuckDBResultReader): DuckDbAccount[] {
  return reader.getRowObjectsJS().map((row) => {
    const ratios: Record<string, number | null> = {};
    for (const [column, measure] of Object.entries(RATIO_COLUMNS)) {
      const value = row[column];
      ratios[measure] = typeof value === "number" ? value : null;
    }
    return {
      customerId: String(row.customer_id),
      revenue: String(row.revenue),
      profit: String(row.profit),
      annualRevenue: String(row.annual_revenue),
      ratios,
    };
  });
}
