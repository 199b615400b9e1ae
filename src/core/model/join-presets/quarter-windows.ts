import type { DateWindow, SeriesMeasure } from "../document";

/**
 * What "a quarter" is for the quarter presets (SPEC, Join Series; docs/decisions.md, "Quarter
 * measures"): the 3 months ending at the anchor (rolling, the engine's window counted back with
 * EDATE), or the last complete calendar quarter.
 */
export type QuarterBasis = "rolling" | "calendar";

export function quarterWindow(basis: QuarterBasis, quartersBack: 0 | 1): DateWindow {
  const offset = quartersBack * 3;
  return {
    months: 3,
    ...(offset > 0 ? { offsetMonths: offset } : {}),
    ...(basis === "calendar" ? { calendar: "quarter" as const } : {}),
  };
}

/** The basis a quarter measure's window was written with (calendar when it says so). */
export function basisOf(window: DateWindow | undefined): QuarterBasis {
  return window?.calendar === "quarter" ? "calendar" : "rolling";
}

/** A hidden sum over one quarter: used by join formulas, not shown in the series sheet. */
export function quarterSum(
  name: string,
  label: string,
  field: string,
  window: DateWindow,
  format: "money" | "number" = "money"
): SeriesMeasure {
  return {
    kind: "aggregate",
    name,
    label,
    field,
    aggregation: "sum",
    window,
    format,
    hidden: true,
  };
}

/** The current and previous quarter's revenue and profit of an account. */
export function quarterRevenueAndProfit(basis: QuarterBasis): SeriesMeasure[] {
  const current = quarterWindow(basis, 0);
  const previous = quarterWindow(basis, 1);
  return [
    quarterSum("CurrentQuarterRevenue", "Current Quarter Revenue", "InvoicePrice", current),
    quarterSum("CurrentQuarterProfit", "Current Quarter Profit", "GrossMargin", current),
    quarterSum("PreviousQuarterRevenue", "Previous Quarter Revenue", "InvoicePrice", previous),
    quarterSum("PreviousQuarterProfit", "Previous Quarter Profit", "GrossMargin", previous),
  ];
}
