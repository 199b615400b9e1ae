/**
 * Checks the engine's per-account answer against DuckDB's: Revenue, Profit and AnnualRevenue to
 * the cent (both rounded half up from their exact decimal text), the ratio measures to 1e-9.
 */
import Decimal from "decimal.js";
import type { AgentResult } from "../src/core/model/result";
import type { ResultValue } from "../src/core/model/result-row";
import type { DuckDbAccount } from "./duckdb-aggregation";

export const RATIO_TOLERANCE = 1e-9;

export interface Agreement {
  readonly accounts: number;
  readonly differences: readonly string[];
}

export function compareWithDuckDb(
  result: AgentResult,
  seriesLabel: string,
  duck: readonly DuckDbAccount[]
): Agreement {
  const differences: string[] = [];
  const series = new Map(
    (result.series[seriesLabel] ?? []).map((row) => [String(row.CustomerId), row])
  );
  const join = new Map(result.join.map((row) => [String(row.CustomerId), row]));
  if (series.size !== duck.length)
    differences.push(`engine has ${series.size} accounts, DuckDB ${duck.length}`);
  if (join.size !== duck.length)
    differences.push(`engine's join has ${join.size} rows, DuckDB ${duck.length}`);

  for (const account of duck) {
    const s = series.get(account.customerId);
    const j = join.get(account.customerId);
    if (!s || !j) {
      differences.push(`${account.customerId}: missing in the engine's result`);
      continue;
    }
    for (const [measure, engine, exact] of [
      ["Revenue", s.Revenue, account.revenue],
      ["Profit", s.Profit, account.profit],
      ["AnnualRevenue", j.AnnualRevenue, account.annualRevenue],
    ] as const) {
      if (!sameCents(engine, exact))
        differences.push(`${account.customerId} ${measure}: engine ${engine}, DuckDB ${exact}`);
    }
    for (const [measure, expected] of Object.entries(account.ratios)) {
      const engine = j[measure];
      if (!closeRatio(engine, expected))
        differences.push(`${account.customerId} ${measure}: engine ${engine}, DuckDB ${expected}`);
    }
  }
  return { accounts: duck.length, differences };
}

/** Cents, half up, from a value's decimal text (a double's shortest text is its exact decimal when it was exact). */
export function toCents(value: number | string): string {
  return new Decimal(typeof value === "number" ? String(value) : value)
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
    .toFixed(2);
}

function sameCents(engine: ResultValue | undefined, exact: string): boolean {
  return typeof engine === "number" && toCents(engine) === toCents(exact);
}

function closeRatio(engine: ResultValue | undefined, expected: number | null): boolean {
  if (expected === null || engine === null || engine === undefined)
    return (engine ?? null) === expected;
  if (typeof engine !== "number") return false;
  const scale = Math.max(Math.abs(engine), Math.abs(expected));
  return Math.abs(engine - expected) <= RATIO_TOLERANCE * Math.max(scale, 1e-3);
}
