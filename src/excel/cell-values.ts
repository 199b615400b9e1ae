/**
 * Conversions between what Office.js hands over (`range.values`, `range.valueTypes`) and the
 * engine's cells, and back from a sheet description's values to what `range.values` accepts.
 * Pure, so the rules are tested without Excel.
 */
import type { CellValue } from "../core/model/cells";
import { EXCEL_NUMBER_FORMAT, type ColumnFormat, type SheetValue } from "../core/model/sheet";

/** Office.js's `Excel.RangeValueType` as plain strings (no runtime dependency on the enum). */
export type ExcelValueType =
  "Unknown" | "Empty" | "String" | "Integer" | "Double" | "Boolean" | "Error" | "RichValue";

/** What `range.values` holds for one cell: empty cells come back as "". */
export type ExcelRawValue = string | number | boolean;

/**
 * Error values that `range.values` returns as plain strings. Only strings that look like one of
 * these need `valueTypes` to tell an error from text that merely reads "#N/A".
 */
const ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

export function looksLikeErrorText(value: unknown): boolean {
  return (
    typeof value === "string" &&
    value.length > 2 &&
    value.charCodeAt(0) === 35 &&
    ERROR_TEXT.test(value)
  );
}

export function anyErrorLikeText(values: readonly (readonly unknown[])[]): boolean {
  return values.some((row) => row.some(looksLikeErrorText));
}

/** One cell as the engine sees it: "" is an empty cell; error values become `{ error }`. */
export function toCellValue(raw: unknown, valueType?: ExcelValueType): CellValue {
  if (raw === "" || raw === null || raw === undefined) return null;
  if (typeof raw === "string") {
    return valueType === "Error" ? { error: raw } : raw;
  }
  if (typeof raw === "number" || typeof raw === "boolean") return raw;
  // Rich values or anything newer than this code: keep its text rather than drop it.
  return String(raw);
}

export function toCellRows(
  values: readonly (readonly unknown[])[],
  valueTypes?: readonly (readonly ExcelValueType[])[]
): CellValue[][] {
  return values.map((row, r) => row.map((raw, c) => toCellValue(raw, valueTypes?.[r]?.[c])));
}

/** One cell to write: the value for `range.values` and the number format that goes with it. */
export interface ExcelCell {
  readonly value: ExcelRawValue;
  readonly numberFormat: string;
}

/** Excel's own default format, for cells whose column format does not apply (booleans). */
export const GENERAL_FORMAT = "General";
export const TEXT_FORMAT = EXCEL_NUMBER_FORMAT.text;

/**
 * Every string cell gets the Text format ("@"), set in the same batch before its value, so Excel
 * stores it as typed: "=1+2", "+44 20", "-", "@home", "00123" and "1/2" stay text, never a formula,
 * number or date (sheet.ts: "Text is always written as text, never as a formula"). Numbers and
 * blanks take their column's format; non-finite numbers, which Excel cannot hold, are written blank.
 */
export function toExcelCell(value: SheetValue | undefined, format: ColumnFormat): ExcelCell {
  if (typeof value === "string") return { value, numberFormat: TEXT_FORMAT };
  if (typeof value === "boolean") return { value, numberFormat: GENERAL_FORMAT };
  const numberFormat = EXCEL_NUMBER_FORMAT[format];
  if (typeof value === "number" && Number.isFinite(value)) return { value, numberFormat };
  return { value: "", numberFormat };
}

/** A text-only row (titles, notes, headers), formatted as text so nothing is read as a formula. */
export function textCells(texts: readonly string[]): ExcelCell[] {
  return texts.map((value) => ({ value, numberFormat: TEXT_FORMAT }));
}
