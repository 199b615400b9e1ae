/**
 * What one cell of a result sheet may hold in Excel, whichever host writes it: text of at most
 * 32,767 characters (Excel's limit per cell: longer text makes Office.js refuse the whole write
 * and a file need repair), and only finite numbers (NaN and infinities, which Excel cannot
 * store, are blank). Booleans and blanks pass as they are.
 */
import type { SheetValue } from "../model/sheet";

/** Excel's limit on the characters in one cell. */
export const EXCEL_MAX_CELL_TEXT = 32_767;

/** Text cut to Excel's cell limit, never between the two halves of a surrogate pair. */
export function excelText(text: string): string {
  if (text.length <= EXCEL_MAX_CELL_TEXT) return text;
  const last = text.charCodeAt(EXCEL_MAX_CELL_TEXT - 1);
  const splitsPair = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, splitsPair ? EXCEL_MAX_CELL_TEXT - 1 : EXCEL_MAX_CELL_TEXT);
}

/** A value as Excel can hold it; undefined (a key the row lacks) is blank. */
export function excelValue(value: SheetValue | undefined): SheetValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return excelText(value);
  return value;
}

/** True when `excelValue` would change the value (so a row can be kept as it is otherwise). */
export function needsExcelValue(value: SheetValue | undefined): boolean {
  if (typeof value === "number") return !Number.isFinite(value);
  return typeof value === "string" && value.length > EXCEL_MAX_CELL_TEXT;
}
