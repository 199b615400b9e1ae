import { EXCEL_NUMBER_FORMAT, type SheetDescription } from "../../../src/core/model/sheet";
import type { CellRow, CellValue } from "../../../src/core/model/cells";

/**
 * A sheet description laid out as the hosts write it and read it back through Office.js (values
 * only, dates as serials): title, notes, a blank row, the header, the data rows.
 */
export function sheetCells(sheet: SheetDescription): CellValue[][] {
  const columns = sheet.table.columns;
  return [
    [sheet.title],
    ...(sheet.notes ?? []).map((note) => [note]),
    [],
    columns.map((c) => c.header),
    ...sheet.table.rows.map((row) => columns.map((c) => (row[c.key] ?? null) as CellValue)),
  ];
}

/** The number formats Office.js would report for the same cells (General outside the table's data). */
export function sheetFormats(sheet: SheetDescription): string[][] {
  const cells = sheetCells(sheet);
  const firstData = cells.length - sheet.table.rows.length;
  return cells.map((row, r) =>
    r < firstData
      ? row.map(() => "General")
      : sheet.table.columns.map((c) => EXCEL_NUMBER_FORMAT[c.format])
  );
}

/** Finds a column by header in laid-out cells and applies an edit to the data row whose Key matches. */
export function editCell(
  cells: CellValue[][],
  key: string,
  header: string,
  value: CellValue
): void {
  const headerRow = cells.findIndex((row) => row.includes("Key") && row.includes("Agent"));
  const keyAt = cells[headerRow].indexOf("Key");
  const at = cells[headerRow].indexOf(header);
  const matches = cells.filter((row, i) => i > headerRow && row[keyAt] === key);
  if (at < 0 || matches.length === 0) throw new Error(`No cell ${header} for ${key}`);
  matches[matches.length - 1][at] = value;
}

/** Adds a column a user typed: header and a value per Key (others blank). */
export function addColumn(
  cells: CellValue[][],
  header: string,
  values: Record<string, CellValue>
): void {
  const headerRow = cells.findIndex((row) => row.includes("Key") && row.includes("Agent"));
  const keyAt = cells[headerRow].indexOf("Key");
  const width = cells[headerRow].length;
  cells[headerRow][width] = header;
  cells.forEach((row, i) => {
    if (i > headerRow) row[width] = values[String(row[keyAt])] ?? null;
  });
}

export const asRows = (cells: CellValue[][]): CellRow[] => cells;
