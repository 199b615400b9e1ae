/**
 * The Activities table (SPEC, "Customer profit contribution"): per process its cost driver,
 * process costs, the process quantity actually performed, optionally the maximum possible
 * quantity, and whether its unused capacity is charged to customers (SPEC: "charged to a customer
 * only where the user marks it causal"). Seed 001 adds, each optional:
 * - Level (1.2.1, Diagram 2): product, order, customer, segment or company; blank = customer.
 *   Segment- and company-level rows need no driver or quantity: no customer is charged for them.
 *   A segment-level row names its Segment.
 * - MainProcess (1.2, two-stage allocation): the process this activity's costs roll into.
 * - NeutralCosts (1.2): the activity-quantity-neutral part of the process costs.
 * - Productivity (1.2): output per unit of cost; process costs = quantity / productivity when
 *   the costs are blank (the rate is then 1 / productivity).
 *
 * Skipped and reported: blank process or driver, unreadable or blank costs and quantity, negative
 * costs, zero or negative actual quantity (no cost rate exists), a process listed twice (the later
 * row), neutral costs above the process costs. Kept and reported: a maximum below the actual
 * quantity (ignored), a causal cell that is not yes/no (not causal), an unknown level (customer),
 * a segment-level row without segment (company), costs that differ from quantity / productivity.
 */
import type { ActivityFacts, CostLevel } from "../../model/contribution-result";
import { tableParser, type ParsedTable } from "./read-table";
import type { RowReader } from "./row-reader";
import { ACTIVITIES_SPEC } from "./table-fields";

export interface Activity extends ActivityFacts {
  /** Sheet row number, for messages. */
  readonly row: number;
}

export type ParsedActivities = ParsedTable<"activities", Activity>;

/** The words finance sheets use for each level, English and German (seed 001, Diagram 2). */
const LEVEL_WORDS: Record<string, CostLevel> = {
  product: "product",
  produkt: "product",
  order: "order",
  auftrag: "order",
  customer: "customer",
  kunde: "customer",
  segment: "segment",
  marketsegment: "segment",
  marktsegment: "segment",
  company: "company",
  unternehmen: "company",
};

/** Costs no driver charges to customers (seed 001: not cost-reflectively assignable). */
export const isChargedLevel = (level: CostLevel): boolean =>
  level !== "segment" && level !== "company";

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

function levelOf(row: RowReader): CostLevel {
  const text = row.text("Level");
  if (text === "") return "customer";
  const level = LEVEL_WORDS[text.toLowerCase().replace(/[^a-zäöü]/g, "")];
  if (level) return level;
  row.report("badLevel", "Level", "product, order, customer, segment or company");
  return "customer";
}

/**
 * The process costs: as entered, or quantity / productivity when only productivity is given.
 * Both given and more than a cent apart: the costs are kept and the difference reported.
 */
function processCosts(row: RowReader, quantity: number, productivity: number | null): number {
  const entered = row.has("ProcessCosts") ? row.number("ProcessCosts", null) : null;
  if (entered === null) {
    if (productivity === null) return row.number("ProcessCosts");
    return quantity / productivity;
  }
  if (productivity !== null && Math.abs(entered - quantity / productivity) >= 0.005) {
    row.report(
      "productivityMismatch",
      "Productivity",
      `process costs ${entered} = quantity ${quantity} / productivity`
    );
  }
  return entered;
}

function productivityOf(row: RowReader): number | null {
  const p = row.has("Productivity") ? row.number("Productivity", null) : null;
  if (p !== null && !(p > 0))
    row.skip("nonPositiveQuantity", "Productivity", "a productivity above 0");
  return p;
}

/** Reads one activity; `seen` maps each process (any case) to the row that listed it first. */
function readActivity(row: RowReader, seen: Map<string, number>): Activity {
  const process = row.key("Process", "a process name");
  const level = levelOf(row);
  const charged = level !== "segment" && level !== "company";
  const costDriver = charged ? row.key("CostDriver", "a cost driver name") : row.text("CostDriver");
  const productivity = productivityOf(row);
  const quantityCell = charged ? row.number("ProcessQuantity") : row.number("ProcessQuantity", 0);
  const costs = processCosts(row, quantityCell, productivity);
  if (costs < 0) row.skip("negativeCosts", "ProcessCosts", "process costs of 0 or more");
  if (charged && quantityCell <= 0)
    row.skip("nonPositiveQuantity", "ProcessQuantity", "a process quantity above 0");
  const neutralCosts = row.has("NeutralCosts") ? row.number("NeutralCosts", 0) : 0;
  if (neutralCosts < 0) row.skip("negativeCosts", "NeutralCosts", "neutral costs of 0 or more");
  if (neutralCosts > costs)
    row.skip(
      "neutralAboveCosts",
      "NeutralCosts",
      `neutral costs of at most the process costs ${costs}`
    );
  const max = charged ? maxQuantity(row, quantityCell) : null;
  let segment: string | null = null;
  let finalLevel = level;
  if (level === "segment") {
    segment = row.text("Segment");
    if (segment === "") {
      row.report("blankSegment", "Segment", "the market segment the costs belong to");
      segment = null;
      finalLevel = "company";
    }
  }
  const mainProcess = charged && row.text("MainProcess") !== "" ? row.text("MainProcess") : null;
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
    actualQuantity: quantityCell,
    maxQuantity: max,
    unusedCapacityCausal:
      charged && row.has("UnusedCapacityCausal") && row.flag("UnusedCapacityCausal"),
    level: finalLevel,
    segment,
    mainProcess:
      mainProcess !== null && mainProcess.toLowerCase() === process.toLowerCase()
        ? null
        : mainProcess,
    neutralCosts,
    productivity,
  };
}

export const parseActivities = tableParser(ACTIVITIES_SPEC, "activities", () => {
  const seen = new Map<string, number>();
  return (row) => readActivity(row, seen);
});
