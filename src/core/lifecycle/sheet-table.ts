/**
 * Finding a lifecycle table in a sheet a team has been editing: the header row is the first row
 * holding the table's required headers (title and notes above it may change), data rows are
 * every non-blank row below it. Headers match ignoring case and surrounding spaces, so the table
 * survives users moving, sorting or adding rows and columns.
 */
import { AgentInputError } from "../model/errors";
import type { SheetColumn, SheetValue } from "../model/sheet";
import { isCellError, isFormulaWithoutResult, type CellRow, type CellValue } from "../model/cells";
import { serialFromUtcDate } from "../model/excel-date";

export interface FoundTable {
  /** Index in the sheet's rows of the header row. */
  readonly headerIndex: number;
  /** Header text as found, by column index (blank headers as empty strings). */
  readonly headers: readonly string[];
  /** Data rows (entirely blank rows left out). */
  readonly rows: readonly CellRow[];
  /** Index in the sheet's rows of each data row (0 = the sheet's first row). */
  readonly rowIndexes: readonly number[];
  /** Column index of a header, or -1. */
  indexOf(header: string): number;
}

/**
 * The table under the first row holding every required header; null when the sheet is empty.
 * A sheet with content but no such row is refused: it is somebody's own sheet under our name,
 * and writing over it would lose their work.
 */
export function findTable(
  sheetName: string,
  cells: readonly CellRow[],
  required: readonly string[]
): FoundTable | null {
  if (cells.every(isBlankRow)) return null;
  const wanted = required.map(normalize);
  const headerIndex = cells.findIndex((row) => {
    const labels = new Set(row.map((cell) => normalize(textOf(cell))));
    return wanted.every((header) => labels.has(header));
  });
  if (headerIndex < 0) {
    throw new AgentInputError(
      `Sheet '${sheetName}' has no header row with ${required.map((h) => `'${h}'`).join(" and ")}, so it is not the agent's; rename that sheet so the agent can write its own.`
    );
  }
  // A loop, not Math.max(...rows): a sheet may hold a million rows, more than a call's arguments.
  let width = 0;
  for (let i = headerIndex; i < cells.length; i++) width = Math.max(width, cells[i].length);
  const headers = Array.from({ length: width }, (_, i) =>
    textOf(cells[headerIndex][i] ?? null).trim()
  );
  const rowIndexes: number[] = [];
  for (let i = headerIndex + 1; i < cells.length; i++)
    if (!isBlankRow(cells[i])) rowIndexes.push(i);
  const rows = rowIndexes.map((i) => cells[i]);
  const positions = new Map<string, number>();
  headers.forEach((header, i) => {
    if (header !== "" && !positions.has(normalize(header))) positions.set(normalize(header), i);
  });
  return {
    headerIndex,
    headers,
    rows,
    rowIndexes,
    indexOf: (header) => positions.get(normalize(header)) ?? -1,
  };
}

/** The table's cells by column key, where the sheet's layout (its columns) names the headers. */
export function cellsByKey(
  table: FoundTable,
  columns: readonly SheetColumn[]
): (row: CellRow, key: string) => CellValue {
  const indexes = new Map(columns.map((c) => [c.key, table.indexOf(c.header)]));
  return (row, key) => {
    const index = indexes.get(key) ?? -1;
    return index < 0 ? null : (row[index] ?? null);
  };
}

function normalize(header: string): string {
  return header.trim().toLowerCase();
}

export function isBlankRow(row: CellRow): boolean {
  return row.every((cell) => cell === null || (typeof cell === "string" && cell.trim() === ""));
}

/** A cell as text: numbers and booleans as Excel shows them plainly, errors as their code. */
export function textOf(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  if (cell instanceof Date) return cell.toISOString();
  return isCellError(cell) ? cell.error : "";
}

/** A cell kept as a user typed it: dates from file readers as serials, errors as their code. */
export function sheetValueOf(cell: CellValue | undefined): SheetValue {
  if (cell === null || cell === undefined || isFormulaWithoutResult(cell)) return null;
  if (typeof cell === "string") return cell === "" ? null : cell;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "boolean") return cell;
  if (cell instanceof Date) {
    const serial = serialFromUtcDate(cell);
    return Number.isFinite(serial) ? serial : null;
  }
  return isCellError(cell) ? cell.error : null;
}

export function numberOf(cell: CellValue | undefined): number | null {
  return typeof cell === "number" && Number.isFinite(cell) ? cell : null;
}
