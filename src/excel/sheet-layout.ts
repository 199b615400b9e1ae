/**
 * Where each part of a sheet description lands on the worksheet (0-based row and column
 * indexes, as `getRangeByIndexes` takes them) and the cells each row holds. Pure: the writer only
 * turns this into Office.js calls.
 *
 *   row 0            title
 *   rows 1..n        notes
 *   (blank row)
 *   headerRow        table header, frozen
 *   data rows        one per description row (at least one: an Excel table needs a body row)
 *   totals row       when the table has totals, directly under the table
 *   (blank row)      then each extra block: title, header, rows, separated by blank rows
 */
import {
  valueAt,
  type SheetBlock,
  type SheetColumn,
  type SheetDescription,
  type SheetRow,
} from "../core/model/sheet";
import { textCells, toExcelCell, type ExcelCell } from "./cell-values";

export interface BlockLayout {
  readonly block: SheetBlock;
  readonly titleRow: number;
  readonly headerRow: number;
  readonly firstRow: number;
}

export interface SheetLayout {
  readonly titleRow: number;
  readonly firstNoteRow: number;
  readonly headerRow: number;
  readonly firstDataRow: number;
  /** Rows in the table body: the description's rows, or one empty row when it has none. */
  readonly bodyRows: number;
  readonly columnCount: number;
  readonly totalsRow: number | null;
  readonly blocks: readonly BlockLayout[];
  /** Rows to freeze so the header stays in view: everything down to the header. */
  readonly freezeRows: number;
  /** Last row index used by anything, for the sheet's extent. */
  readonly lastRow: number;
}

/** Excel's last row (1,048,576 rows). */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

export function layoutSheet(description: SheetDescription): SheetLayout {
  const notes = description.notes ?? [];
  const titleRow = 0;
  const firstNoteRow = 1;
  const headerRow = firstNoteRow + notes.length + 1;
  const firstDataRow = headerRow + 1;
  const bodyRows = Math.max(description.table.rows.length, 1);
  const totalsRow = description.table.totals ? firstDataRow + bodyRows : null;
  let next = (totalsRow ?? firstDataRow + bodyRows - 1) + 2;
  const blocks: BlockLayout[] = [];
  for (const block of description.blocks ?? []) {
    const titleRowOfBlock = next;
    blocks.push({
      block,
      titleRow: titleRowOfBlock,
      headerRow: titleRowOfBlock + 1,
      firstRow: titleRowOfBlock + 2,
    });
    next = titleRowOfBlock + 2 + block.rows.length + 1;
  }
  return {
    titleRow,
    firstNoteRow,
    headerRow,
    firstDataRow,
    bodyRows,
    columnCount: description.table.columns.length,
    totalsRow,
    blocks,
    freezeRows: headerRow + 1,
    lastRow: Math.max(next - 2, totalsRow ?? firstDataRow + bodyRows - 1),
  };
}

/** Why this description cannot be written as a sheet, or null. */
export function layoutProblem(description: SheetDescription, layout: SheetLayout): string | null {
  if (layout.columnCount === 0) return `The table of sheet '${description.name}' has no columns.`;
  const widest = Math.max(
    layout.columnCount,
    ...(description.blocks ?? []).map((b) => b.columns.length)
  );
  if (widest > EXCEL_MAX_COLUMNS)
    return `Sheet '${description.name}' needs ${widest} columns; Excel has ${EXCEL_MAX_COLUMNS}.`;
  if (layout.lastRow >= EXCEL_MAX_ROWS) {
    return `Sheet '${description.name}' needs ${layout.lastRow + 1} rows; Excel has ${EXCEL_MAX_ROWS}.`;
  }
  return null;
}

export function rowCells(columns: readonly SheetColumn[], row: SheetRow | undefined): ExcelCell[] {
  return columns.map((column) => toExcelCell(valueAt(row, column.key), column.format));
}

export function headerCells(columns: readonly SheetColumn[]): ExcelCell[] {
  return textCells(columns.map((column) => column.header));
}

/** Pads rows of cells to one width so they form a rectangle for `range.values`. */
export function toMatrix(
  rows: readonly (readonly ExcelCell[])[],
  width: number
): { values: (string | number | boolean)[][]; numberFormat: string[][] } {
  const values = rows.map((row) => Array.from({ length: width }, (_, c) => row[c]?.value ?? ""));
  const numberFormat = rows.map((row) =>
    Array.from({ length: width }, (_, c) => row[c]?.numberFormat ?? "General")
  );
  return { values, numberFormat };
}

/**
 * Column width in points from a character-width hint, widened to fit the header (sheet.ts:
 * "hosts may widen to fit the header"). Excel's unit: a character of the default font is 7 px
 * wide plus 5 px of padding; a point is 4/3 px. Null = no hint, autofit instead.
 */
export function columnWidthPoints(column: SheetColumn): number | null {
  if (column.width === undefined) return null;
  // The header cell also holds the filter button, about two characters wide.
  const characters = Math.max(column.width, column.header.length + 2);
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Consecutive runs of listed row indexes inside [0, rowCount), for one fill per run. */
export function rowRuns(
  rows: readonly number[],
  rowCount: number
): { start: number; count: number }[] {
  const sorted = [
    ...new Set(rows.filter((r) => Number.isInteger(r) && r >= 0 && r < rowCount)),
  ].sort((a, b) => a - b);
  const runs: { start: number; count: number }[] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === row) last.count += 1;
    else runs.push({ start: row, count: 1 });
  }
  return runs;
}
