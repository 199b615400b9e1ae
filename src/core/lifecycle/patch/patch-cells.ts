/**
 * The cells a run changes in lifecycle sheets the team has been editing, worked out before any
 * host call: the engine's changed cells (actionsPatch), the new rows (under the table, at the
 * columns whose headers they carry), and the title and notes. Values keep their column format;
 * the host turns them into its own cells when it writes.
 */
import type { CellValue } from "../../model/cells";
import {
  valueAt,
  type ColumnFormat,
  type SheetColumn,
  type SheetDescription,
  type SheetValue,
} from "../../model/sheet";
import type { CellUpdate } from "../actions-patch";
import { textOf } from "../sheet-table";
import type { TableArea } from "./sheet-area";

export interface PlannedCell {
  readonly value: SheetValue;
  readonly format: ColumnFormat;
}

/** Cells side by side on one row, written as one range (0-based indexes). */
export interface CellRun {
  readonly row: number;
  readonly col: number;
  readonly cells: readonly PlannedCell[];
}

/** New rows as rectangles over runs of adjacent columns, from column `col`, one row per new row. */
export interface RowBlock {
  readonly col: number;
  readonly rows: readonly (readonly PlannedCell[])[];
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
      : [{ row: update.sheetRow, col, cell: { value: update.value, format: update.format } }];
  });
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: { row: number; col: number; cells: PlannedCell[] }[] = [];
  for (const { row, col, cell } of cells) {
    const last = runs[runs.length - 1];
    if (last && last.row === row && last.col + last.cells.length === col) last.cells.push(cell);
    else runs.push({ row, col, cells: [cell] });
  }
  return runs;
}

/**
 * New rows given as header -> value, placed under the sheet's own headers. Only columns with a
 * header the rows know are written: a column users added keeps whatever the host gives a new row.
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
      group.columns.map((column) => ({ value: row[column.header] ?? null, format: column.format }))
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
      description.table.columns.map((column) => [column.header, valueAt(row, column.key) ?? null])
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
    textOf(cells[row]?.[0] ?? null) === line
      ? []
      : [{ row, col: 0, cells: [{ value: line, format: "text" as const }] }]
  );
}
