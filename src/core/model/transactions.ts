/**
 * The parsed transaction sheet, column by column. Only rows that passed validation are here;
 * the rest are in the data-quality report. Columnar typed arrays keep a million rows cheap.
 */

/** The fields the agent needs (SPEC, "Input: the transaction sheet"). */
export const REQUIRED_FIELDS = [
  "CustomerId",
  "CustomerName",
  "CustomerSegment",
  "InvoicePrice",
  "GrossMargin",
  "CalculatedRebate",
  "PricingDate",
] as const;

export type RequiredField = (typeof REQUIRED_FIELDS)[number];

export const OPTIONAL_FIELDS = ["Currency"] as const;
export type OptionalField = (typeof OPTIONAL_FIELDS)[number];

export type KnownField = RequiredField | OptionalField;

export const MONEY_FIELDS = ["InvoicePrice", "GrossMargin", "CalculatedRebate"] as const;
export type MoneyField = (typeof MONEY_FIELDS)[number];

export const TEXT_FIELDS = ["CustomerId", "CustomerName", "CustomerSegment"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Text values stored once; each row holds the index of its value. */
export interface DictionaryColumn {
  readonly kind: "dictionary";
  readonly codes: Int32Array;
  readonly values: readonly string[];
}

export interface NumberColumn {
  readonly kind: "number";
  /** NaN where the cell was blank or not a number (extra columns are not validated row by row). */
  readonly values: Float64Array;
}

export type Column = DictionaryColumn | NumberColumn;

export interface TransactionTable {
  readonly rowCount: number;
  /** Sheet row number (1-based, header row included in the count) of each kept row. */
  readonly sourceRow: Int32Array;
  readonly CustomerId: DictionaryColumn;
  readonly CustomerName: DictionaryColumn;
  readonly CustomerSegment: DictionaryColumn;
  /** Money in the agent's currency (after conversion). */
  readonly InvoicePrice: Float64Array;
  readonly GrossMargin: Float64Array;
  /** 0 where the sheet has no rebate column mapped or the cell is blank. */
  readonly CalculatedRebate: Float64Array;
  /** Excel serial day numbers (1900 date system); the fraction is the time of day. */
  readonly PricingDate: Float64Array;
  /**
   * Further columns the agent uses (group-by levels, dimension filters, measures over other
   * fields), keyed by their header label.
   */
  readonly extra: ReadonlyMap<string, Column>;
}
