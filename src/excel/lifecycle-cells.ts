/**
 * The cells a run changes in lifecycle sheets the team has been editing, worked out before any
 * Office call: the engine's changed cells (actionsPatch), the new rows (under the table, at the
 * columns whose headers they carry), the title and notes, and the live overdue rule. Pure, so
 * "only engine cells are touched" is tested without Excel.
 */
import type { CellUpdate } from "../core/lifecycle/actions-patch";
import { ACTION_COLUMNS } from "../core/lifecycle/actions-sheet";
import { findTable, textOf } from "../core/lifecycle/sheet-table";
import { columnLetter } from "../core/read/mapping/header-label";
import type { SheetColumn, SheetDescription, SheetValue } from "../core/model/sheet";
import type { CellValue } from "../core/model/cells";
import { textCells, toExcelCell, type ExcelCell } from "./cell-values";

/** Cells side by side on one row, written as one range (0-based indexes). */
export interface CellRun {
  readonly row: number;
  readonly col: number;
  readonly cells: readonly ExcelCell[];
}

/** New rows as rectangles over runs of adjacent columns, from column `col`, one row per new row. */
export interface RowBlock {
  readonly col: number;
  readonly rows: readonly (readonly ExcelCell[])[];
}

/** A lifecycle table found in cells read from A1: where its header is and which column holds what. */
export interface TableArea {
  readonly headerRow: number;
  /** Column index of a header (case and surrounding spaces ignored), or -1. */
  columnOf(header: string): number;
  /** Rows read (the sheet's last used row + 1): new rows go from here. */
  readonly rowsRead: number;
}

export function tableArea(
  sheetName: string,
  cells: readonly (readonly CellValue[])[],
  required: readonly string[]
): TableArea | null {
  const table = findTable(sheetName, cells, required);
  if (!table) return null;
  return { headerRow: table.headerIndex, columnOf: table.indexOf, rowsRead: cells.length };
}

/**
 * actionsPatch's updates as runs of adjacent cells, one range per row and never across rows: a
 * write over rows a filter hides misplaces values (office-js#224), and teams filter their list.
 * A column users deleted is skipped.
 */
export function updateRuns(area: TableArea, updates: readonly CellUpdate[]): CellRun[] {
  const cells = updates.flatMap((update) => {
    const col = area.columnOf(update.header);
    return col < 0
      ? []
      : [{ row: update.sheetRow, col, cell: toExcelCell(update.value, update.format) }];
  });
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: { row: number; col: number; cells: ExcelCell[] }[] = [];
  for (const { row, col, cell } of cells) {
    const last = runs[runs.length - 1];
    if (last && last.row === row && last.col + last.cells.length === col) last.cells.push(cell);
    else runs.push({ row, col, cells: [cell] });
  }
  return runs;
}

/**
 * New rows given as header -> value, placed under the sheet's own headers. Only columns with a
 * header the rows know are written: a column users added keeps whatever Excel gives a new row.
 */
export function rowBlocks(
  area: TableArea,
  columns: readonly SheetColumn[],
  rows: readonly Readonly<Record<string, SheetValue>>[]
): RowBlock[] {
  if (rows.length === 0) return [];
  const placed = columns
    .map((column) => ({ column, col: area.columnOf(column.header) }))
    .filter(({ col }) => col >= 0)
    .sort((a, b) => a.col - b.col);
  const groups: { col: number; columns: SheetColumn[] }[] = [];
  for (const { column, col } of placed) {
    const last = groups[groups.length - 1];
    if (last && last.col + last.columns.length === col) last.columns.push(column);
    else if (!last || last.col + last.columns.length < col) groups.push({ col, columns: [column] });
  }
  return groups.map((group) => ({
    col: group.col,
    rows: rows.map((row) =>
      group.columns.map((column) => toExcelCell(row[column.header] ?? null, column.format))
    ),
  }));
}

/** A sheet description's rows keyed by header, as rowBlocks takes them. */
export function rowsByHeader(
  description: SheetDescription,
  rows: readonly Readonly<Record<string, SheetValue>>[]
): Record<string, SheetValue>[] {
  return rows.map((row) =>
    Object.fromEntries(
      description.table.columns.map((column) => [column.header, row[column.key] ?? null])
    )
  );
}

/**
 * The title and notes above the table, where they differ from what the run describes. Only when
 * the lines above the header are laid out as the writer left them (title, notes, a blank row), so
 * a team's own lines up there are never overwritten.
 */
export function headingRuns(
  area: TableArea,
  cells: readonly (readonly CellValue[])[],
  description: SheetDescription
): CellRun[] {
  const lines = [description.title, ...(description.notes ?? [])];
  if (area.headerRow !== lines.length + 1) return [];
  return lines.flatMap((line, row) =>
    textOf(cells[row]?.[0] ?? null) === line ? [] : [{ row, col: 0, cells: textCells([line]) }]
  );
}

/** Column letters of a 0-based column index: 0 -> A, 26 -> AA. */
export const columnLetters = columnLetter;

/**
 * The live form of the core's overdue highlight (isOverdue: status Open, blank counting as Open,
 * and a due date before today), as a conditional-format formula relative to the first data row.
 * TODAY() keeps it true to the day between runs; the static fill of a run would not.
 */
export function overdueFormula(area: TableArea, firstDataRow: number): string | null {
  const status = area.columnOf(headerOf("status"));
  const due = area.columnOf(headerOf("dueDate"));
  if (status < 0 || due < 0) return null;
  const s = `$${columnLetters(status)}${firstDataRow + 1}`;
  const d = `$${columnLetters(due)}${firstDataRow + 1}`;
  return `=AND(OR(TRIM(${s})="Open",TRIM(${s})=""),ISNUMBER(${d}),${d}<TODAY())`;
}

export function headerOf(field: (typeof ACTION_COLUMNS)[number]["field"]): string {
  return ACTION_COLUMNS.find((c) => c.field === field)!.column.header;
}
