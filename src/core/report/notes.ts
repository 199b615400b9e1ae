import type { AgentResult } from "../model/result";
import type { ResultRow } from "../model/result-row";
import { exactSum } from "../model/exact-sums";

/** "Window: 2024-10-21 (exclusive) to 2025-10-21, 12 months back from the anchor date." */
export function windowNote(result: AgentResult, seriesLabel: string): string {
  const window = result.parameters.windows[seriesLabel];
  if (!window) return `All pricing dates; anchor date ${result.parameters.anchorDate}.`;
  return `Pricing dates after ${window.fromExclusive} up to ${window.to} (${window.months} months back from the anchor date ${result.parameters.anchorDate}).`;
}

/** Exact total of a money column (SPEC: money sums exact to the cent). */
export function moneyTotal(rows: readonly ResultRow[], key: string): number {
  // One pass and one array: the flagged sheet totals five columns of thousands of rows.
  const values: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const value = rows[i][key];
    if (typeof value === "number") values.push(value);
  }
  return exactSum(values);
}
