/**
 * The series' number, date-range and measure filters: their shape (checkLineAndGroupFilters)
 * and what they name (checkMeasureFilterReferences). Each message names the setting's path and
 * what was expected there.
 */
import type { SeriesDefinition } from "../model/document";
import { serialFromIsoDate } from "../read/anchor";
import type { Checker } from "./checker";

const CONDITION_OPERATORS = ["=", "<>", "<", "<=", ">", ">=", "between"] as const;

export function checkLineAndGroupFilters(
  c: Checker,
  filters: Record<string, unknown>,
  path: string
): void {
  if (filters.numbers !== undefined)
    c.array(filters.numbers, `${path}.numbers`).forEach((f, i) =>
      checkCondition(c, f, `${path}.numbers[${i}]`, "field")
    );
  if (filters.measures !== undefined)
    c.array(filters.measures, `${path}.measures`).forEach((f, i) =>
      checkCondition(c, f, `${path}.measures[${i}]`, "measure")
    );
  if (filters.dateRange !== undefined && filters.dateRange !== null)
    checkDateRange(c, filters.dateRange, `${path}.dateRange`);
}

function checkCondition(
  c: Checker,
  value: unknown,
  path: string,
  subject: "field" | "measure"
): void {
  const filter = c.object(value, path);
  if (!filter) return;
  const operator = c.oneOf(filter.operator, `${path}.operator`, CONDITION_OPERATORS);
  const between = operator === "between";
  c.knownKeys(filter, path, [subject, "operator", ...(between ? ["low", "high"] : ["value"])]);
  c.text(filter[subject], `${path}.${subject}`);
  if (!between) {
    c.number(filter.value, `${path}.value`);
    return;
  }
  const low = c.number(filter.low, `${path}.low`);
  const high = c.number(filter.high, `${path}.high`);
  if (typeof filter.low === "number" && typeof filter.high === "number" && low > high)
    c.report(`${path}.high`, `must be at least the low value ${low}, found ${high}`);
}

function checkDateRange(c: Checker, value: unknown, path: string): void {
  const range = c.object(value, path);
  if (!range) return;
  c.knownKeys(range, path, ["from", "to"]);
  const day = (end: "from" | "to"): number | null => {
    const text = range[end];
    if (text === null || text === undefined) return null;
    const serial = typeof text === "string" ? serialFromIsoDate(text) : null;
    if (serial === null)
      c.report(
        `${path}.${end}`,
        `must be a date as YYYY-MM-DD, or blank (null) for an open end, found ${JSON.stringify(text)}`
      );
    return serial;
  };
  const from = day("from");
  const to = day("to");
  if (from !== null && to !== null && from > to)
    c.report(`${path}.to`, `must not be before the "from" date ${String(range.from)}`);
}

/** A measure filter tests an aggregate of its own series (a formula or rank comes after it). */
export function checkMeasureFilterReferences(
  c: Checker,
  series: SeriesDefinition,
  path: string
): void {
  const aggregates = series.measures.filter((m) => m.kind === "aggregate").map((m) => m.name);
  (series.filters.measures ?? []).forEach((f, i) => {
    if (aggregates.includes(f.measure)) return;
    const other = series.measures.some((m) => m.name === f.measure);
    c.report(
      `${path}.filters.measures[${i}].measure`,
      (other
        ? `"${f.measure}" is a formula or rank measure; a measure filter is tested on the groups' aggregates before those are computed, so `
        : "") +
        `must name an aggregate measure of this series (${aggregates.join(", ")}), found "${f.measure}"`
    );
  });
}
