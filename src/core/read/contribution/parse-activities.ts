/**
 * The Activities table (SPEC, "Customer profit contribution"): per process its cost driver,
 * process costs, the process quantity actually performed, optionally the maximum possible
 * quantity, and whether its unused capacity is charged to customers (SPEC: "charged to a customer
 * only where the user marks it causal").
 *
 * Skipped and reported: blank process or driver, unreadable or blank costs and quantity, negative
 * costs, zero or negative actual quantity (no cost rate exists), a process listed twice (the later
 * row). Kept and reported: a maximum below the actual quantity (the maximum is ignored, so the
 * rate is over the actual quantity), a causal cell that is not yes/no (not causal).
 */
import type { ActivityFacts } from "../../model/contribution-result";
import { tableParser, type ParsedTable } from "./read-table";
import type { RowReader } from "./row-reader";
import { ACTIVITIES_SPEC } from "./table-fields";

export interface Activity extends ActivityFacts {
  /** Sheet row number, for messages. */
  readonly row: number;
}

export type ParsedActivities = ParsedTable<"activities", Activity>;

/** The maximum quantity, or null when not given or (reported) below the actual quantity. */
function maxQuantity(row: RowReader, actual: number): number | null {
  const max = row.has("MaxQuantity") ? row.number("MaxQuantity", null) : null;
  if (max === null || !(max < actual)) return max;
  row.report(
    "maxBelowActual",
    "MaxQuantity",
    `a maximum of at least the actual quantity ${actual}`
  );
  return null;
}

/** Reads one activity; `seen` maps each process (any case) to the row that listed it first. */
function readActivity(row: RowReader, seen: Map<string, number>): Activity {
  const process = row.key("Process", "a process name");
  const costDriver = row.key("CostDriver", "a cost driver name");
  const costs = row.number("ProcessCosts");
  if (costs < 0) row.skip("negativeCosts", "ProcessCosts", "process costs of 0 or more");
  const actual = row.number("ProcessQuantity");
  if (actual <= 0) row.skip("nonPositiveQuantity", "ProcessQuantity", "a process quantity above 0");
  const max = maxQuantity(row, actual);
  const first = seen.get(process.toLowerCase());
  if (first !== undefined) {
    row.skip("duplicateProcess", "Process", `a process not already listed (row ${first})`, process);
  }
  seen.set(process.toLowerCase(), row.rowNumber);
  return {
    row: row.rowNumber,
    process,
    costDriver,
    processCosts: costs,
    actualQuantity: actual,
    maxQuantity: max,
    unusedCapacityCausal: row.has("UnusedCapacityCausal") && row.flag("UnusedCapacityCausal"),
  };
}

export const parseActivities = tableParser(ACTIVITIES_SPEC, "activities", () => {
  const seen = new Map<string, number>();
  return (row) => readActivity(row, seen);
});
