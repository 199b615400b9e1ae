import type { DateWindow, SeriesFilters } from "../../model/document";
import type { FilterReason } from "../../model/data-quality";
import { dimensionColumn } from "../../model/fields";
import type { TransactionTable } from "../../model/transactions";
import { serialWindow, type SerialWindow } from "./window";

/**
 * Which usable rows a series sees. `base` holds the rows passing every filter but the date
 * window (measures with their own window, such as AnnualRevenue, start from it); `rows` the rows
 * passing all of them. Each left-out row is counted under its first reason, in the order
 * outside window, zero value, dimension filter, so the counts add up to the rows left out.
 */
export interface SeriesRows {
  readonly base: Uint8Array;
  readonly rows: Uint8Array;
  readonly window: SerialWindow | null;
  readonly filtered: Record<FilterReason, number>;
}

export function selectSeriesRows(
  table: TransactionTable,
  filters: SeriesFilters,
  anchorSerial: number
): SeriesRows {
  const n = table.rowCount;
  const window = filters.window ? serialWindow(anchorSerial, filters.window) : null;
  const dimensionPass = dimensionFilterMask(table, filters);
  const base = new Uint8Array(n);
  const rows = new Uint8Array(n);
  const filtered: Record<FilterReason, number> = {
    outsideWindow: 0,
    zeroValue: 0,
    dimensionFilter: 0,
  };
  const price = table.InvoicePrice;
  const dates = table.PricingDate;
  const from = window ? window.fromExclusive : -Infinity;
  const to = window ? window.to : Infinity;
  const excludeZero = filters.excludeZeroValue;

  for (let r = 0; r < n; r++) {
    const day = Math.floor(dates[r]);
    const inWindow = day > from && day <= to;
    const isZero = excludeZero && price[r] === 0;
    const dimensionOk = dimensionPass === null || dimensionPass[r] === 1;
    if (!isZero && dimensionOk) base[r] = 1;
    if (!inWindow) filtered.outsideWindow++;
    else if (isZero) filtered.zeroValue++;
    else if (!dimensionOk) filtered.dimensionFilter++;
    else rows[r] = 1;
  }
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

function dimensionFilterMask(table: TransactionTable, filters: SeriesFilters): Uint8Array | null {
  if (filters.dimensions.length === 0) return null;
  const pass = new Uint8Array(table.rowCount).fill(1);
  for (const filter of filters.dimensions) {
    const column = dimensionColumn(table, filter.field);
    const wanted = new Set(filter.values.map((v) => v.trim().toLowerCase()));
    const codeOk = column.values.map(
      (v) => wanted.has(v.trim().toLowerCase()) === (filter.operator === "in")
    );
    const codes = column.codes;
    for (let r = 0; r < pass.length; r++) if (!codeOk[codes[r]]) pass[r] = 0;
  }
  return pass;
}
