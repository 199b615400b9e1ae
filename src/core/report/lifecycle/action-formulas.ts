/**
 * The team's formulas in a rewritten Actions sheet. Each is kept in its cell while the cell still
 * shows the value it showed when read, and its references to the Actions sheet follow the cells
 * they point at, as a cut and paste in Excel would: a row keeps its place in the list but the
 * table may move (rows inserted above it, blank rows dropped) and columns come back in the
 * engine's order. References to other sheets stay as they are, and so do those to another
 * agent's Actions sheet: with several agents in a workbook this sheet is the agent's own,
 * "Trend Actions" (report/agent-sheet-names.ts), and only that name is this sheet.
 */
import type { ActionRecord, ActionTable, ReadLayout } from "../../model/action-record";
import { moveReferences } from "../../model/formula-references";
import type { SheetColumn, SheetRow } from "../../model/sheet";
import { LIFECYCLE_SHEETS } from "./sheet-names";

/**
 * Row-aligned formulas by column key, or undefined when no row has one. `sheetName`: this Actions
 * sheet's name as the agent names it (a reference without a sheet is to this sheet too).
 */
export function placedFormulas(
  table: ActionTable,
  columns: readonly SheetColumn[],
  rows: readonly SheetRow[],
  headerRow: number,
  sheetName: string = LIFECYCLE_SHEETS.actions
): (Readonly<Record<string, string>> | null)[] | undefined {
  const layout = table.readLayout;
  if (!layout || !table.records.some((r) => (r.formulas?.length ?? 0) > 0)) return undefined;
  const keyOf = new Map(columns.map((c) => [normalize(c.header), c.key]));
  const move = cellMoves(layout, table.records, columns, headerRow);
  return table.records.map((record, index) => {
    const placed: Record<string, string> = Object.create(null) as Record<string, string>;
    let any = false;
    for (const formula of record.formulas ?? []) {
      const key = keyOf.get(normalize(formula.header));
      if (key === undefined || rows[index][key] !== formula.value) continue;
      placed[key] = moveReferences(formula.text, (ref) =>
        ref.sheet === null || normalize(ref.sheet) === normalize(sheetName)
          ? { row: move.row(ref.row - 1) + 1, column: move.column(ref.column - 1) + 1 }
          : null
      );
      any = true;
    }
    return any ? placed : null;
  });
}

/** Where each read row and column (0-based) is in the sheet as written. */
function cellMoves(
  layout: ReadLayout,
  records: readonly ActionRecord[],
  columns: readonly SheetColumn[],
  headerRow: number
): { row(read: number): number; column(read: number): number } {
  const rowShifts: [number, number][] = [[layout.headerRow, headerRow - layout.headerRow]];
  records.forEach((record, index) => {
    if (record.sheetRow !== undefined)
      rowShifts.push([record.sheetRow, headerRow + 1 + index - record.sheetRow]);
  });
  rowShifts.sort((a, b) => a[0] - b[0]);
  const written = new Map(columns.map((c, index) => [normalize(c.header), index]));
  const columnTo = new Map<number, number>();
  for (const { header, index } of layout.columns) {
    const to = written.get(normalize(header));
    if (to !== undefined) columnTo.set(index, to);
  }
  return {
    // A row between or around the rows read moves as the nearest row read above it (the header for those above).
    row(read) {
      let shift = rowShifts[0][1];
      for (const [row, by] of rowShifts) if (row <= read) shift = by;
      return read + shift;
    },
    column: (read) => columnTo.get(read) ?? read,
  };
}

function normalize(text: string): string {
  return text.trim().toLowerCase();
}
