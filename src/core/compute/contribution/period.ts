/**
 * Stating the contribution per year, the period the customer value discounts by (SPEC, customer
 * value: cash flow_t x (1 + i)^-t, t in years). The analysed window may be shorter or longer than
 * a year and the cost tables cover their own period, so each figure is converted to a year:
 *   the window's sales, deductions and cost of goods x 12 / window months,
 *   the cost tables' amounts and process costs charged x 12 / cost-table months,
 *   drivers counted from the window's transactions x cost-table months / window months, so they
 *   are compared with the activities' process quantities of the same period.
 * A window of 6 months thus counts its half-year of margin twice, not as a whole year's.
 */
import type Decimal from "decimal.js";
import {
  DEFAULT_COST_TABLES_MONTHS,
  type ContributionDefinition,
} from "../../model/contribution-definition";
import type { ContributionPeriod } from "../../model/contribution-result";
import { Exact } from "../../model/exact-decimal";

const YEAR_MONTHS = 12;

export interface PeriodScales {
  readonly period: ContributionPeriod;
  /** Window figures to a year. */
  readonly window: Decimal;
  /** Cost-table figures to a year. */
  readonly costTables: Decimal;
  /** Driver use counted in the window to the cost tables' period. */
  readonly derivedDrivers: Decimal;
}

/** @param windowMonths the analysed rows' date window; null when they are not limited by date. */
export function periodScales(
  definition: ContributionDefinition,
  windowMonths: number | null
): PeriodScales {
  const costTablesMonths = definition.costTablesMonths ?? DEFAULT_COST_TABLES_MONTHS;
  // Without a window the rows are whatever the sheet holds: taken as a year, with a warning.
  const window = windowMonths ?? YEAR_MONTHS;
  return {
    period: { months: YEAR_MONTHS, windowMonths, costTablesMonths },
    window: new Exact(YEAR_MONTHS).div(window),
    costTables: new Exact(YEAR_MONTHS).div(costTablesMonths),
    derivedDrivers: new Exact(costTablesMonths).div(window),
  };
}

/** `value` converted by `scale`; exact values stay exact when the scale is 1. */
export function scaled(value: Decimal, scale: Decimal): Decimal {
  return scale.eq(1) || value.isZero() ? value : value.times(scale);
}

/** What the user sees of a window without dates. */
export const NO_WINDOW_WARNING =
  "The series has no date window, so the contribution takes all its transaction rows as one year's: set a window of 12 months, or the months the rows cover, for figures per year.";
