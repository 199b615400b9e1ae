/**
 * What both report writers do to the sheet descriptions first, in a module of its own so the
 * streaming writer (stream/) loads without exceljs (render-workbook.ts).
 */
import type { SheetDescription } from "../core/model/sheet";
import { excelSheet } from "../core/report/excel-sheet";
import { withXmlSafeText } from "./xml-text";

/** Shown in the workbook's properties; both writers take the same. */
export interface RenderOptions {
  /** Shown as the workbook's author. */
  readonly creator?: string;
  /** Creation time stamped in the file; defaults to now. */
  readonly created?: Date;
}

/**
 * The cells Excel can hold (the core's rules, report/excel-sheet.ts), then their text XML-safe
 * (xml-text.ts), in that order: the cell limit counts characters as Excel shows them, so an
 * escape is never cut in half, and text is escaped once, not twice.
 */
export function preparedSheets<T extends SheetDescription>(sheets: readonly T[]): T[] {
  return withXmlSafeText(sheets.map((sheet) => ({ ...sheet, ...excelSheet(sheet) })));
}
