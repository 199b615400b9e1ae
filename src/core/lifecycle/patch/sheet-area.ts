/**
 * Where a lifecycle table is in a sheet, found in cells read from A1 (a sheet the team has been
 * editing) or placed by the description a host is about to write whole: which row holds the
 * header, which column holds what, and where new rows go.
 */
import type { CellValue } from "../../model/cells";
import type { SheetDescription } from "../../model/sheet";
import { findTable } from "../sheet-table";

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

/** A sheet the host is about to write whole: its headers where the description puts them. */
export function describedArea(description: SheetDescription, headerRow: number): TableArea {
  const headers = description.table.columns.map((c) => c.header.trim().toLowerCase());
  return {
    headerRow,
    columnOf: (header) => headers.indexOf(header.trim().toLowerCase()),
    rowsRead: 0,
  };
}
