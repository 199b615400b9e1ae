/**
 * The columns of the Formulas sheet's accounts block, each described once: a value of the run
 * (the Series 1 figures), a formula over other columns by header (the Join Series recomputed, the
 * agent's own MarginVariance by AGENTRESULT), or a plain Excel check that two columns agree.
 */
import type { ResultRow } from "../core/model/result-row";
import type { ColumnFormat, SheetValue } from "../core/model/sheet";
import { columnLetter } from "../core/read/mapping/header-label";
import type { WorksheetFunctionName } from "../core/worksheet/functions/registry";

/** An account of the run: its Join Series row and its row of the series with Revenue and Profit. */
export interface AccountLine {
  readonly join: ResultRow;
  readonly series: ResultRow;
}

/** A formula's argument: another column's whole range, its cell in the same row, or a text. */
export type Argument =
  { readonly column: string; readonly whole: boolean } | { readonly text: string };
const all = (column: string): Argument => ({ column, whole: true });
const own = (column: string): Argument => ({ column, whole: false });

interface Column {
  readonly header: string;
  readonly width: number;
}
interface ValueColumn extends Column {
  readonly format: ColumnFormat;
  readonly value: (line: AccountLine) => SheetValue | undefined;
}
interface FormulaColumn extends Column {
  readonly call: WorksheetFunctionName;
  readonly args: readonly Argument[];
  /** For a function whose result is the measure asked for. */
  readonly measureFormat?: ColumnFormat;
}
/** TRUE when two columns hold the same value (and no error): `J27=O27`. */
interface AgreesColumn extends Column {
  readonly agrees: readonly [string, string];
}
export type AccountColumn = ValueColumn | FormulaColumn | AgreesColumn;

const MARGINS = [own("Current Margin %"), own("Segment Avg Margin %")];
const UPLIFT = [...MARGINS, own("Annual Revenue")];

export const ACCOUNT_COLUMNS: readonly AccountColumn[] = [
  { header: "Customer Id", format: "text", width: 26, value: (l) => l.join.CustomerId },
  { header: "Customer Name", format: "text", width: 30, value: (l) => l.join.CustomerName },
  { header: "Customer Segment", format: "text", width: 20, value: (l) => l.join.CustomerSegment },
  { header: "Revenue", format: "money", width: 15, value: (l) => l.series.Revenue },
  { header: "Profit", format: "money", width: 15, value: (l) => l.series.Profit },
  { header: "Annual Revenue", format: "money", width: 15, value: (l) => l.join.AnnualRevenue },
  {
    header: "Current Margin %",
    width: 12,
    call: "ACCOUNTMARGIN",
    args: [all("Profit"), all("Revenue"), all("Customer Id"), own("Customer Id")],
  },
  {
    header: "Segment Avg Margin %",
    width: 12,
    call: "SEGMENTMARGIN",
    args: [all("Profit"), all("Revenue"), all("Customer Segment"), own("Customer Segment")],
  },
  {
    header: "Revenue Rank",
    width: 10,
    call: "REVENUERANK",
    args: [own("Revenue"), all("Revenue")],
  },
  { header: "Margin Variance", width: 12, call: "MARGINVARIANCE", args: MARGINS },
  { header: "Suggested Margin %", width: 12, call: "SUGGESTEDMARGIN", args: MARGINS },
  { header: "Margin Lift Potential %", width: 12, call: "MARGINLIFTPCT", args: MARGINS },
  { header: "Quarter Margin Uplift", width: 15, call: "QUARTERMARGINUPLIFT", args: UPLIFT },
  { header: "Quarter Revenue Uplift", width: 15, call: "QUARTERREVENUEUPLIFT", args: UPLIFT },
  {
    header: "Agent's Margin Variance",
    width: 12,
    call: "AGENTRESULT",
    args: [own("Customer Id"), { text: "MarginVariance" }],
    measureFormat: "percent",
  },
  { header: "Agrees", width: 8, agrees: ["Margin Variance", "Agent's Margin Variance"] },
];

/** The column letter of a header of the block (its first column is A). */
export const letterOf = (header: string): string =>
  columnLetter(ACCOUNT_COLUMNS.findIndex((c) => c.header === header));
