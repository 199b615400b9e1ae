/**
 * A result sheet described as data (STYLE: "A result sheet is described once, as data, in the
 * core; each host only renders that description"). The CLI renders it with exceljs, the add-in
 * with Office.js; neither decides anything about content, order or formats.
 */

export type ColumnFormat =
  "text" | "money" | "percent" | "number" | "integer" | "rank" | "date" | "datetime";

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
  /** What the column's data cells offer to type (e.g. a Status drop-down); hosts add it natively. */
  readonly validation?: ColumnValidation;
}

/**
 * A list of values offered in an in-cell drop-down over the table's data rows. Other values may
 * still be typed (no error alert): the team's sheet is theirs. Values hold no commas (Excel's
 * inline list separates them by commas).
 */
export interface ColumnValidation {
  readonly kind: "list";
  readonly values: readonly string[];
}

/**
 * Cell values in a result sheet. Dates are Excel serial numbers (format "date"). Text is always
 * written as text, never as a formula, whatever it starts with.
 */
export type SheetValue = number | string | boolean | null;

export type SheetRow = Readonly<Record<string, SheetValue>>;

/**
 * A row's value under a column key, its own entries only: keys are the user's measure and
 * column names, and a name such as `constructor` or `toString` must find the row's value (or
 * nothing), never one of JavaScript's object properties.
 */
export function valueAt(row: SheetRow | undefined, key: string): SheetValue | undefined {
  return row !== undefined && Object.prototype.hasOwnProperty.call(row, key) ? row[key] : undefined;
}

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
  /**
   * Formulas written instead of values, by row (as `rows`) and column key, without `=`: the
   * team's own formulas in the Actions sheet. The row's value is the formula's last result.
   */
  readonly formulas?: readonly (Readonly<Record<string, string>> | null)[];
  /** Rows grouped as an Excel outline, with subtotal rows below their detail rows. */
  readonly outline?: RowOutline;
}

/**
 * An outline over the table's data rows (Excel's Data > Group, summary rows below detail): each
 * row's outline level (0 = not grouped; a detail row is one level deeper than the subtotal row
 * below it), and which rows are subtotals (drawn bold).
 */
export interface RowOutline {
  readonly rowLevels: readonly number[];
  readonly summaryRows: readonly number[];
}

/**
 * The deepest level of an outline (0 without one): the number of outline buttons a writer sizes
 * (OOXML `outlineLevelRow`). A loop, not Math.max(...levels): a sheet may have more rows than a
 * call takes arguments.
 */
export function outlineDepth(outline: RowOutline | undefined): number {
  return (outline?.rowLevels ?? []).reduce((max, l) => Math.max(max, l), 0);
}

/** A block of consecutive rows grouped at one outline level (0-based data row indexes). */
export interface OutlineGroup {
  readonly level: number;
  readonly firstRow: number;
  readonly rowCount: number;
}

/**
 * The row groups an outline makes, outermost first: for each level L >= 1, every maximal run of
 * rows at level L or deeper. A host that groups ranges (Office.js `group`) groups these in order;
 * one that writes levels per row (OOXML `outlineLevel`) needs only `rowLevels`.
 */
export function outlineGroups(outline: RowOutline): OutlineGroup[] {
  const levels = outline.rowLevels;
  const deepest = outlineDepth(outline);
  const groups: OutlineGroup[] = [];
  for (let level = 1; level <= deepest; level++) {
    let start = -1;
    for (let r = 0; r <= levels.length; r++) {
      const inside = r < levels.length && levels[r] >= level;
      if (inside && start < 0) start = r;
      if (!inside && start >= 0) {
        groups.push({ level, firstRow: start, rowCount: r - start });
        start = -1;
      }
    }
  }
  return groups;
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
  /**
   * The sheet prefix of the agent whose sheet this is, when it is not the workbook's first agent
   * (report/agent-sheet-names.ts): hosts replace or delete a sheet only for the agent that owns it.
   */
  readonly agentPrefix?: string;
}

/**
 * Where every host puts a sheet's table (0-based rows): the title, the notes and a blank row
 * above the header, the data rows under it.
 */
export function tablePlacement(sheet: Pick<SheetDescription, "notes">): {
  readonly headerRow: number;
  readonly firstDataRow: number;
} {
  const headerRow = (sheet.notes?.length ?? 0) + 2;
  return { headerRow, firstDataRow: headerRow + 1 };
}

interface ChartBase {
  readonly title: string;
  /** Table (SheetTable.name) whose columns are charted; default: the sheet's own. */
  readonly table?: string;
}

/**
 * One point per table row, e.g. annual revenue (x) against margin % (y); one series per y column,
 * so a second column (the segment's benchmark margin) is drawn against the same x.
 */
export interface ScatterChart extends ChartBase {
  readonly kind: "scatter";
  readonly x: string;
  readonly y: string | readonly string[];
}

/** The table's rows in order joined by a line, without markers, e.g. the whale curve. */
export interface LineChart extends ChartBase {
  readonly kind: "line";
  readonly x: string;
  readonly y: string | readonly string[];
  /** Fixed ends of the horizontal axis (e.g. 0 to 1 for shares); default: the host's automatic scale. */
  readonly xBounds?: { readonly min: number; readonly max: number };
}

/** The table's first `topN` rows as horizontal bars (result tables come largest first). */
export interface TopBarChart extends ChartBase {
  readonly kind: "bar";
  readonly category: string;
  readonly value: string;
  readonly topN: number;
}

export type WaterfallRole = "total" | "increase" | "decrease";

/**
 * A waterfall over a table of steps, drawn as stacked columns: the `base` column is an invisible
 * bar each visible one stands on, so any spreadsheet draws it (Excel 2016's own waterfall type is
 * unknown to LibreOffice and older Excel). The table holds the helper columns; hosts only stack
 * them. Stacks above and below zero are separate, so a step that crosses zero has its part below
 * zero in a further bar column of the same role.
 */
export interface WaterfallChart extends ChartBase {
  readonly kind: "waterfall";
  /** Column naming each step (the horizontal axis). */
  readonly category: string;
  /** Column of the invisible bar under each visible one; not in the legend. */
  readonly base: string;
  /** Visible columns stacked on the base, coloured by role; a role's later columns stay out of the legend. */
  readonly bars: readonly { readonly column: string; readonly role: WaterfallRole }[];
  /** The rows charted, 0-based; default every row. */
  readonly rows?: { readonly first: number; readonly count: number };
}

export type SheetChart = ScatterChart | LineChart | TopBarChart | WaterfallChart;

/** The y columns of a scatter or line chart, one series each. */
export function chartSeriesColumns(chart: ScatterChart | LineChart): readonly string[] {
  return typeof chart.y === "string" ? [chart.y] : chart.y;
}

/** Series colours in order (Office's default palette), so both hosts draw the same chart. */
export const CHART_SERIES_COLORS: readonly string[] = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000"];

export const WATERFALL_COLORS: Record<WaterfallRole, string> = {
  total: "#4472C4",
  increase: "#70AD47",
  decrease: "#C0504D",
};

export interface SheetBlock {
  readonly title: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly SheetRow[];
}
