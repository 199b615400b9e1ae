import type { DateRangeFilter, NumberFilter, SeriesFilters } from "../../model/document";
import { AgentInputError } from "../../model/errors";
import { dimensionColumn, numericSource } from "../../model/fields";
import type { TransactionTable } from "../../model/transactions";
import { serialFromIsoDate } from "../../read/anchor";
import { meetsCondition } from "./number-condition";

/** Inclusive day bounds of a date range; an open end is unbounded. */
export interface DayRange {
  readonly from: number;
  readonly to: number;
}

export function dayRange(range: DateRangeFilter | null | undefined): DayRange | null {
  if (!range || (range.from === null && range.to === null)) return null;
  const day = (text: string | null, end: "from" | "to", open: number): number => {
    if (text === null) return open;
    const serial = serialFromIsoDate(text);
    if (serial === null)
      throw new AgentInputError(
        `The date range's "${end}" date "${text}" is not a date; expected YYYY-MM-DD, e.g. 2025-01-31.`
      );
    return serial;
  };
  return { from: day(range.from, "from", -Infinity), to: day(range.to, "to", Infinity) };
}

/** 1 where a line passes every dimension (text in / not in) filter, or null with none. */
export function dimensionFilterMask(
  table: TransactionTable,
  filters: SeriesFilters
): Uint8Array | null {
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

/**
 * 1 where a line passes every number filter, or null with none. The field's value is the one
 * measures add up (GrossMargin less the rebate when the switch is on); a blank cell of another
 * numeric column meets no condition.
 */
export function numberFilterMask(
  table: TransactionTable,
  filters: readonly NumberFilter[] | undefined,
  deductRebateFromMargin: boolean
): Uint8Array | null {
  if (!filters || filters.length === 0) return null;
  const pass = new Uint8Array(table.rowCount).fill(1);
  for (const filter of filters) {
    const { terms } = numericSource(table, filter.field, deductRebateFromMargin);
    for (let r = 0; r < pass.length; r++) {
      if (pass[r] === 0) continue;
      let value = 0;
      for (const term of terms) value += term.sign * term.values[r];
      if (!meetsCondition(value, filter)) pass[r] = 0;
    }
  }
  return pass;
}
