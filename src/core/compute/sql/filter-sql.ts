/**
 * A series' filters as SQL conditions, each as the engine applies it (compute/filters): text
 * in / not in ignoring case and spaces around, number filters on a line's value with the
 * engine's tolerance (a NULL meets none), the date range on whole days, and measure filters on
 * a group's aggregate (in HAVING, so formulas and ranks see only the groups kept).
 */
import type { NumberCondition, SeriesFilters } from "../../model/document";
import { isoFromSerial } from "../../model/excel-date";
import { dayRange } from "../filters/line-filters";
import { numberComparison } from "./comparison";
import type { Dialect } from "./dialect";
import type { SourceLines } from "./source-lines";

/** `value` meets the condition; unknown (NULL) when the value is NULL, so WHERE and HAVING drop it. */
export function conditionSql(value: string, condition: NumberCondition, dialect: Dialect): string {
  const number = (n: number) => `CAST(${String(n)} AS ${dialect.double})`;
  const v = `CAST(${value} AS ${dialect.double})`;
  if (condition.operator === "between")
    return `(${numberComparison(">=", v, number(condition.low))} AND ${numberComparison("<=", v, number(condition.high))})`;
  return numberComparison(condition.operator, v, number(condition.value));
}

/** Conditions on each line: text and number filters (the date selection is the series' window test). */
export function lineFilterSql(
  filters: SeriesFilters,
  lines: SourceLines,
  dialect: Dialect,
  columnOf: (field: string) => string
): string[] {
  return [
    ...filters.dimensions.map((f) => {
      const values = f.values.map((v) => dialect.text(v.trim().toLowerCase()));
      const test =
        values.length === 0 ? "1 = 0" : `LOWER(${columnOf(f.field)}) IN (${values.join(", ")})`;
      return f.operator === "in" ? test : `NOT (${test})`;
    }),
    ...(filters.numbers ?? []).map((f) => conditionSql(lines.numberValue(f.field), f, dialect)),
  ];
}

/** The date range on whole days, or null when the series has none. */
export function dateRangeSql(filters: SeriesFilters, dialect: Dialect): string | null {
  const range = dayRange(filters.dateRange);
  if (range === null) return null;
  const day = dialect.identifier("PricingDay");
  const date = (serial: number) => `CAST('${isoFromSerial(serial)}' AS DATE)`;
  const tests = [
    ...(Number.isFinite(range.from) ? [`${day} >= ${date(range.from)}`] : []),
    ...(Number.isFinite(range.to) ? [`${day} <= ${date(range.to)}`] : []),
  ];
  return tests.join(" AND ");
}
