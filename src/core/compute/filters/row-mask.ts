import type { DateWindow, SeriesFilters } from "../../model/document";
import type { FilterReason } from "../../model/data-quality";
import type { TransactionTable } from "../../model/transactions";
import { dayRange, dimensionFilterMask, numberFilterMask } from "./line-filters";
import { serialWindow, type SerialWindow } from "./window";

/** Rows left out by each filter; the last three only when the series sets such a filter. */
export type FilterCounts = Record<"outsideWindow" | "zeroValue" | "dimensionFilter", number> &
  Partial<Record<FilterReason, number>>;

/**
 * Which usable rows a series sees. `base` holds the rows passing every filter but the date
 * selection (the window and the date range: measures with their own window, such as
 * AnnualRevenue, start from it); `rows` the rows passing all of them. Each left-out row is
 * counted under its first reason, in the order outside window, outside date range, zero value,
 * dimension filter, number filter, so the counts add up to the rows left out. Measure filters
 * act on groups, after aggregation (compute/series/measure-filters.ts).
 */
export interface SeriesRows {
  readonly base: Uint8Array;
  readonly rows: Uint8Array;
  readonly window: SerialWindow | null;
  readonly filtered: FilterCounts;
}

export function selectSeriesRows(
  table: TransactionTable,
  filters: SeriesFilters,
  anchorSerial: number,
  deductRebateFromMargin = false
): SeriesRows {
  const n = table.rowCount;
  const window = filters.window ? serialWindow(anchorSerial, filters.window) : null;
  const range = dayRange(filters.dateRange);
  const dimensionPass = dimensionFilterMask(table, filters);
  const numberPass = numberFilterMask(table, filters.numbers, deductRebateFromMargin);
  const base = new Uint8Array(n);
  const rows = new Uint8Array(n);
  const counts = {
    outsideWindow: 0,
    dateRange: 0,
    zeroValue: 0,
    dimensionFilter: 0,
    numberFilter: 0,
  };
  const price = table.InvoicePrice;
  const dates = table.PricingDate;
  const from = window ? window.fromExclusive : -Infinity;
  const to = window ? window.to : Infinity;
  const excludeZero = filters.excludeZeroValue;

  for (let r = 0; r < n; r++) {
    const day = Math.floor(dates[r]);
    const inWindow = day > from && day <= to;
    const inRange = range === null || (day >= range.from && day <= range.to);
    const isZero = excludeZero && price[r] === 0;
    const dimensionOk = dimensionPass === null || dimensionPass[r] === 1;
    const numberOk = numberPass === null || numberPass[r] === 1;
    if (!isZero && dimensionOk && numberOk) base[r] = 1;
    if (!inWindow) counts.outsideWindow++;
    else if (!inRange) counts.dateRange++;
    else if (isZero) counts.zeroValue++;
    else if (!dimensionOk) counts.dimensionFilter++;
    else if (!numberOk) counts.numberFilter++;
    else rows[r] = 1;
  }
  // Listed in the order the reasons are tried, as the Data Quality sheet shows them.
  const filtered: FilterCounts = {
    outsideWindow: counts.outsideWindow,
    ...(range !== null ? { dateRange: counts.dateRange } : {}),
    zeroValue: counts.zeroValue,
    dimensionFilter: counts.dimensionFilter,
    ...(numberPass !== null ? { numberFilter: counts.numberFilter } : {}),
  };
  return { base, rows, window, filtered };
}

/** Rows of `base` inside a measure's own date window. */
export function rowsInWindow(
  table: TransactionTable,
  base: Uint8Array,
  anchorSerial: number,
  window: DateWindow
): Uint8Array {
  const { fromExclusive, to } = serialWindow(anchorSerial, window);
  const dates = table.PricingDate;
  const out = new Uint8Array(table.rowCount);
  for (let r = 0; r < out.length; r++) {
    if (base[r] === 0) continue;
    const day = Math.floor(dates[r]);
    if (day > fromExclusive && day <= to) out[r] = 1;
  }
  return out;
}
