/**
 * The contribution result as rows keyed by measure name (the JSON form, like AgentResult's
 * series rows): one row per account with CustomerId, CustomerName, CustomerSegment, every
 * measure of CONTRIBUTION_MEASURES, and the cost charged by each activity under `chargeKey(i)`.
 * Ordered by sales, largest first (then CustomerId), as the series sheets are.
 */
import type { ResultRow } from "./result-row";
import { CONTRIBUTION_MEASURES, type ContributionResult } from "./contribution-result";

/**
 * The contribution as it travels in AgentResult and its JSON: rows per account instead of the
 * column arrays and lookup map the computation works with.
 */
export type ContributionReport = Pick<
  ContributionResult,
  | "accountCount"
  | "activities"
  | "chargeTotals"
  | "period"
  | "totals"
  | "whale"
  | "customerValue"
  | "belowCPII"
  | "unmatched"
  | "quality"
  | "warnings"
> & { readonly rows: ResultRow[]; readonly valuationPerAccount: boolean };

export function contributionReport(result: ContributionResult): ContributionReport {
  const { accountCount, activities, chargeTotals, period, totals, whale, customerValue } = result;
  const { unmatched, quality, warnings, belowCPII } = result;
  return {
    accountCount,
    activities,
    chargeTotals,
    period,
    totals,
    whale,
    customerValue,
    belowCPII,
    unmatched,
    quality,
    warnings,
    rows: contributionRows(result),
    valuationPerAccount: result.valuation.perAccount,
  };
}

/** Row key of the i-th activity's charge; the activity's process name is its header. */
export function chargeKey(activityIndex: number): string {
  return `Charge${activityIndex + 1}`;
}

export function contributionRows(result: ContributionResult): ResultRow[] {
  const rows: ResultRow[] = [];
  for (let a = 0; a < result.accountCount; a++) {
    const row: ResultRow = {
      CustomerId: result.customerId[a],
      CustomerName: result.customerName[a],
      CustomerSegment: result.customerSegment[a],
    };
    for (const m of CONTRIBUTION_MEASURES) row[m] = result.measures[m][a];
    // Each account's customer value settings (its Customer Costs row's, else the global ones).
    row.HorizonYears = result.valuation.horizonYears[a];
    row.GrowthRate = result.valuation.growthRate[a];
    row.DaysSalesOutstanding = result.valuation.dsoDays[a];
    result.charges.forEach((charges, i) => (row[chargeKey(i)] = charges[a]));
    rows.push(row);
  }
  const sales = (r: ResultRow) => (typeof r.Sales === "number" ? r.Sales : 0);
  return rows.sort(
    (x, y) => sales(y) - sales(x) || String(x.CustomerId).localeCompare(String(y.CustomerId))
  );
}
