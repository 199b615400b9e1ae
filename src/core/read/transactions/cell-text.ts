/**
 * Cells as text: the key a text column stores, and the value as the user sees it in messages.
 */
import type { CellRow, CellValue } from "../../model/cells";
import { isCellError, isFormulaWithoutResult } from "../../model/cells";
import { isoDateTimeFromSerial, isoFromSerial, serialFromUtcDate } from "../../model/excel-date";

/** Empty, or text made only of spaces (including non-breaking ones). */
export function isBlankCell(cell: CellValue | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== "string") return false;
  // Text starting with a printable ASCII character is not blank: no trimmed copy to make
  // (this runs for several cells of every row).
  const first = cell.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return cell.trim().length === 0;
}

/** A row whose cells are all blank: reported as a `blankRow`, not as a data problem. */
export function isBlankRow(row: CellRow): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

function dateText(date: Date): string {
  const serial = serialFromUtcDate(date);
  if (!(serial >= 1 && serial < 2_958_466))
    return Number.isNaN(serial) ? "Invalid Date" : date.toISOString();
  return serial === Math.floor(serial) ? isoFromSerial(serial) : isoDateTimeFromSerial(serial);
}

/**
 * The text a dictionary column stores for a cell: text trimmed (case kept), numbers as the
 * shortest decimal (an id typed as 1001 is "1001", never "1001.0"), booleans as Excel shows
 * them, dates as ISO, errors as their literal. Blank cells give "".
 */
export function keyText(cell: CellValue | undefined): string {
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number") return String(cell);
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell instanceof Date) return dateText(cell);
  if (isCellError(cell)) return String(cell.error);
  return "";
}

/** The cell as the user sees it, for data-quality examples; text is shown untrimmed. */
export function displayCell(cell: CellValue | undefined): string {
  if (isFormulaWithoutResult(cell)) return "(a formula, no saved result)";
  return typeof cell === "string" ? cell : keyText(cell);
}
