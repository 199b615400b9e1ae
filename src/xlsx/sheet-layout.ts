/**
 * What both workbook writers (render-sheet.ts with exceljs, stream/ row by row) decide alike about
 * a sheet's shape: column widths fitted over the table and the blocks below it (they share
 * columns), a header row tall enough for wrapped headers, and which text columns wrap with the
 * height each data row then needs.
 */
import {
  valueAt,
  type SheetColumn,
  type SheetDescription,
  type SheetRow,
  type SheetTable,
  type SheetValue,
} from "../core/model/sheet";
import { fitColumnWidth, headerLines } from "./column-width";

/** Height of one line of Calibri 11, in points. */
export const LINE_HEIGHT_POINTS = 15;

/** Width of each sheet column (Excel's character unit), over the table and the blocks. */
export function sheetColumnWidths(sheet: SheetDescription): number[] {
  const { table } = sheet;
  const widths: number[] = [];
  const widen = (index: number, width: number) => {
    widths[index] = Math.max(widths[index] ?? 0, width);
  };
  table.columns.forEach((column, index) => {
    const values = columnValues(table.rows, column, table.totals);
    widen(index, fitColumnWidth(column.header, column.format, values, column.width));
  });
  for (const block of sheet.blocks ?? []) {
    block.columns.forEach((column, index) => {
      widen(
        index,
        fitColumnWidth(column.header, column.format, columnValues(block.rows, column), column.width)
      );
    });
  }
  return widths;
}

/** The header row's height in points when a header wraps onto more lines, else undefined. */
export function headerRowHeight(
  columns: readonly SheetColumn[],
  widths: readonly number[]
): number | undefined {
  const lines = Math.max(
    1,
    ...columns.map((column, index) => headerLines(column.header, widths[index]))
  );
  return lines > 1 ? lines * LINE_HEIGHT_POINTS : undefined;
}

/** A text column that wraps: some value is longer than the column is wide. */
export interface WrappedColumn {
  readonly column: SheetColumn;
  readonly index: number;
  readonly width: number;
}

/**
 * Text longer than its column (rules met, action summaries, data-quality examples) wraps within
 * the cell instead of being cut off at the column's edge on screen and in print.
 */
export function wrappedColumns(table: SheetTable, widths: readonly number[]): WrappedColumn[] {
  return table.columns
    .map((column, index) => ({ column, index, width: widths[index] }))
    .filter(
      ({ column, width }) =>
        column.format === "text" &&
        table.rows.some((row) => {
          const value = valueAt(row, column.key);
          return typeof value === "string" && value.length > width;
        })
    );
}

/**
 * The height a data row needs for its wrapped text, in points, or undefined for one line:
 * spreadsheets do not grow a row for wrapped text on opening.
 */
export function wrappedRowHeight(
  row: SheetRow,
  wrapped: readonly WrappedColumn[]
): number | undefined {
  let lines = 1;
  for (const { column, width } of wrapped) {
    const value = valueAt(row, column.key);
    if (typeof value === "string")
      lines = Math.max(lines, Math.ceil(value.length / Math.max(1, width - 1)));
  }
  return lines > 1 ? lines * LINE_HEIGHT_POINTS : undefined;
}

function* columnValues(
  rows: readonly SheetRow[],
  column: SheetColumn,
  totals?: SheetRow
): Generator<SheetValue> {
  if (totals) yield valueAt(totals, column.key) ?? null;
  for (const row of rows) yield valueAt(row, column.key) ?? null;
}
