/**
 * A result sheet described as data (STYLE: "A result sheet is described once, as data, in the
 * core; each host only renders that description"). The CLI renders it with exceljs, the add-in
 * with Office.js; neither decides anything about content, order or formats.
 */

export type ColumnFormat =
  | "text"
  | "money"
  | "percent"
  | "number"
  | "integer"
  | "rank"
  | "date"
  | "datetime";

/** Excel number formats for each column format; hosts apply them verbatim. */
export const EXCEL_NUMBER_FORMAT: Record<ColumnFormat, string> = {
  text: "@",
  money: "#,##0.00;[Red]-#,##0.00",
  percent: "0.00%;[Red]-0.00%",
  number: "#,##0.########",
  integer: "#,##0",
  rank: "0.000",
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd hh:mm",
};

export interface SheetColumn {
  /** Key into each row object, e.g. `MarginVariance`. */
  readonly key: string;
  /** Header shown in the sheet, e.g. `Margin Variance`. */
  readonly header: string;
  readonly format: ColumnFormat;
  /** Character width hint; hosts may widen to fit the header. */
  readonly width?: number;
  /** Shown as the header cell's note / screen-reader description. */
  readonly description?: string;
}

/**
 * Cell values in a result sheet. Dates are Excel serial numbers (format "date"). Text is always
 * written as text, never as a formula, whatever it starts with.
 */
export type SheetValue = number | string | boolean | null;

export type SheetRow = Readonly<Record<string, SheetValue>>;

/** Highlight rules are declarative so hosts can express them as conditional formats. */
export type HighlightRule =
  | {
      readonly kind: "negative";
      /** Column key; cells below zero are highlighted. */
      readonly column: string;
      readonly style: HighlightStyle;
    }
  | {
      readonly kind: "greaterThan";
      readonly column: string;
      readonly value: number;
      readonly style: HighlightStyle;
    }
  | {
      /** Whole rows whose index is listed (e.g. flagged accounts in the join sheet). */
      readonly kind: "rows";
      readonly rows: readonly number[];
      readonly style: HighlightStyle;
    };

export type HighlightStyle = "bad" | "warning" | "good";

/** Fill and font colours of each style: Excel's own "Light red fill with dark red text" etc. */
export const HIGHLIGHT_COLORS: Record<HighlightStyle, { fill: string; font: string }> = {
  bad: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
  good: { fill: "#C6EFCE", font: "#006100" },
};

export interface SheetTable {
  /** Excel table name: letters, digits and underscores, unique in the workbook. */
  readonly name: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly SheetRow[];
  /** A totals row: column key -> value (only money columns usually). */
  readonly totals?: SheetRow;
  readonly highlights?: readonly HighlightRule[];
}

export interface SheetDescription {
  /** Worksheet name, at most 31 characters, none of : \ / ? * [ ]. */
  readonly name: string;
  /** One line above the table saying what the sheet is, e.g. the window and anchor date. */
  readonly title: string;
  /** Optional lines under the title (parameters, notes). */
  readonly notes?: readonly string[];
  readonly table: SheetTable;
  /** Extra key/value blocks shown below the table (e.g. impact totals), in order. */
  readonly blocks?: readonly SheetBlock[];
  /** Charts over a table's cells, placed to the right of the table; hosts draw them natively. */
  readonly charts?: readonly SheetChart[];
}

interface ChartBase {
  readonly title: string;
  /** Table (SheetTable.name) whose columns are charted; default: the sheet's own. */
  readonly table?: string;
}

/** One point per table row, e.g. annual revenue (x) against margin % (y); one series per y column. */
export interface ScatterChart extends ChartBase {
  readonly kind: "scatter";
  readonly x: string;
  readonly y: string;
}

/** The table's first `topN` rows as horizontal bars (result tables come largest first). */
export interface TopBarChart extends ChartBase {
  readonly kind: "bar";
  readonly category: string;
  readonly value: string;
  readonly topN: number;
}

export type SheetChart = ScatterChart | TopBarChart;

export interface SheetBlock {
  readonly title: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly SheetRow[];
}
