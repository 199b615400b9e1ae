/**
 * What went wrong in the contribution input tables, in the transaction sheet's report shape
 * (ReasonCount: count, first row numbers, examples), so nothing is lost silently (SPEC). Some
 * problems skip the row; others keep it with a stated stand-in (a maximum quantity below the
 * actual one is ignored, an unreadable "causal" cell counts as not causal).
 */
import type { ReasonCount } from "./data-quality";

export type ContributionTable = "activities" | "costDrivers" | "customerCosts";

export const CONTRIBUTION_TABLE_LABEL: Record<ContributionTable, string> = {
  activities: "Activities",
  costDrivers: "Cost Drivers",
  customerCosts: "Customer Costs",
};

export type ContributionIssue =
  | "blankRow"
  | "blankKey"
  | "errorValue"
  | "formulaWithoutResult"
  | "badNumber"
  | "nonPositiveQuantity"
  | "negativeQuantity"
  | "negativeCosts"
  | "maxBelowActual"
  | "badFlag"
  | "duplicateProcess"
  | "unknownCustomer"
  | "customerWithoutLines"
  | "unknownDriver"
  | "derivedDriverInTable"
  | "badLevel"
  | "blankSegment"
  | "neutralAboveCosts"
  | "productivityMismatch"
  | "unknownMainProcess"
  | "nestedMainProcess"
  | "badRate"
  | "badHorizon"
  | "badDays"
  | "conflictingValue";

export const CONTRIBUTION_ISSUE_LABEL: Record<ContributionIssue, string> = {
  blankRow: "Blank row",
  blankKey: "Blank process, driver or customer",
  errorValue: "Excel error value in a required cell",
  formulaWithoutResult: "Formula saved without its result",
  badNumber: "Number could not be read",
  nonPositiveQuantity: "Process quantity zero or negative (no cost rate)",
  negativeQuantity: "Negative driver quantity",
  negativeCosts: "Negative costs",
  maxBelowActual: "Maximum quantity below the actual quantity (maximum ignored)",
  badFlag: "Causal flag not yes/no (taken as not causal)",
  duplicateProcess: "Process listed twice (later row ignored)",
  unknownCustomer: "Customer not in the transaction sheet",
  customerWithoutLines: "Customer has no transaction lines in the analysed rows",
  unknownDriver: "Driver used by no activity",
  derivedDriverInTable: "Driver is counted from the transaction sheet (table row ignored)",
  badLevel: "Cost level not product, order, customer, segment or company (taken as customer)",
  blankSegment: "Segment-level cost without a segment (taken as company level)",
  neutralAboveCosts: "Quantity-neutral costs above the process costs",
  productivityMismatch: "Process costs differ from quantity / productivity (process costs used)",
  unknownMainProcess: "Main process not listed as a process (charged by its own driver)",
  nestedMainProcess:
    "Main process is itself part of a main process (one level only; charged by its own driver)",
  badRate: "Growth rate not a fraction between -100% and 100% (default used)",
  badHorizon: "Relationship duration not a whole number of years from 0 to 100 (default used)",
  badDays: "Days sales outstanding not between -365 and 365 (taken as 0)",
  conflictingValue: "Customer listed again with another duration, growth or DSO (first row kept)",
};

/** Problems after which the row still counts, with the stand-in its label states. */
export const KEPT_ISSUES: ReadonlySet<ContributionIssue> = new Set<ContributionIssue>([
  "maxBelowActual",
  "badFlag",
  "badLevel",
  "blankSegment",
  "productivityMismatch",
  "unknownMainProcess",
  "nestedMainProcess",
  "badRate",
  "badHorizon",
  "badDays",
  "conflictingValue",
]);

export interface ContributionTableReport {
  readonly table: ContributionTable;
  readonly sheet: string;
  readonly rowsRead: number;
  /** Rows whose values reach the computation (kept issues included). */
  readonly rowsUsable: number;
  readonly issues: Partial<Record<ContributionIssue, ReasonCount>>;
  readonly warnings: readonly string[];
}
