/**
 * Why rows were not used, with where to find them. Nothing is dropped silently (SPEC): every
 * skipped or filtered row is counted under exactly one reason.
 */

export type SkipReason =
  | "blankCustomerId"
  | "badNumber"
  | "badDate"
  | "errorValue"
  | "formulaWithoutResult"
  | "unknownCurrency"
  | "noRateForMonth"
  | "blankRow";

export type FilterReason =
  | "outsideWindow"
  | "dateRange"
  | "zeroValue"
  | "dimensionFilter"
  | "numberFilter"
  | "measureFilter";

export interface RowIssueExample {
  readonly row: number;
  readonly column: string;
  /** The cell as the user sees it, e.g. `#N/A`, `12,3x`, `31/02/2024`. */
  readonly value: string;
  /** What was expected there, in plain words. */
  readonly expected: string;
}

export interface ReasonCount {
  readonly count: number;
  /** Row numbers, first ones only (see `rowsTruncated`). */
  readonly rows: readonly number[];
  readonly rowsTruncated: boolean;
  readonly examples: readonly RowIssueExample[];
}

/** One name / segment pair a customer id appears with. */
export interface CustomerIdVariant {
  readonly name: string;
  readonly segment: string;
  /**
   * Sheet row of its first line (null where rows have no number: a database table on the SQL
   * path), and how many usable lines carry it.
   */
  readonly firstRow: number | null;
  readonly rows: number;
}

/** A customer id written with more than one name or segment: each pair becomes its own account. */
export interface CustomerIdConflict {
  readonly customerId: string;
  /** In order of first appearance. */
  readonly variants: readonly CustomerIdVariant[];
}

export interface DataQualityReport {
  readonly sheet: string;
  readonly rowsRead: number;
  readonly rowsUsable: number;
  readonly skipped: Partial<Record<SkipReason, ReasonCount>>;
  /** Per series label: usable rows that the series' filters left out, by reason. */
  readonly filtered: Record<string, Partial<Record<FilterReason, number>>>;
  /** Plain-language warnings that did not skip rows, e.g. "CalculatedRebate not mapped: treated as 0". */
  readonly warnings: readonly string[];
  /** Customer ids with several names or segments; absent when there are none. */
  readonly customerIdConflicts?: readonly CustomerIdConflict[];
}

export const SKIP_REASON_LABEL: Record<SkipReason, string> = {
  blankCustomerId: "Blank customer id",
  badNumber: "Number could not be read",
  badDate: "Date could not be read",
  errorValue: "Excel error value in a required cell",
  formulaWithoutResult: "Formula saved without its result",
  unknownCurrency: "Currency without a rate",
  noRateForMonth: "No exchange rate for the line's month",
  blankRow: "Blank row",
};

export const FILTER_REASON_LABEL: Record<FilterReason, string> = {
  outsideWindow: "Pricing date outside the window",
  zeroValue: "Zero-value line (InvoicePrice = 0)",
  dimensionFilter: "Excluded by a dimension filter",
  dateRange: "Pricing date outside the date range",
  numberFilter: "Excluded by a number filter",
  measureFilter: "Group excluded by a measure filter",
};
