/**
 * Excel error values. Hosts hand them over as CellError objects, but CSV files and pasted data
 * carry them as text, so a cell whose whole text is an error literal is treated the same way.
 */
import { isCellError, type CellValue } from "../../model/cells";

export const EXCEL_ERROR_LITERALS: ReadonlySet<string> = new Set([
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
]);

/** The error text of a cell holding an Excel error (object or literal text), else null. */
export function excelErrorOf(cell: CellValue | undefined): string | null {
  if (typeof cell === "string") {
    const text = cell.trim();
    if (text.charCodeAt(0) !== 35 /* "#" */) return null;
    const upper = text.toUpperCase();
    return EXCEL_ERROR_LITERALS.has(upper) ? upper : null;
  }
  if (cell !== null && typeof cell === "object" && isCellError(cell)) return String(cell.error);
  return null;
}

/**
 * Whether a cell holds an Excel error; cheap for ordinary text, which is only trimmed and
 * looked up when it starts with "#" or with a space.
 */
export function isExcelError(cell: CellValue | undefined): boolean {
  if (typeof cell === "string") {
    const first = cell.charCodeAt(0);
    return (first === 35 /* "#" */ || first <= 32 || first >= 128) && excelErrorOf(cell) !== null;
  }
  return cell !== null && typeof cell === "object" && !(cell instanceof Date) && isCellError(cell);
}
