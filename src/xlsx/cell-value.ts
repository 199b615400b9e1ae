/**
 * Turns what exceljs holds in a cell into the engine's CellValue: the value the user sees in
 * Excel, never the formula behind it.
 */
import type { CellValue } from "../core/model/cells";

/** The shapes exceljs uses for a cell's `value` (see exceljs' CellValue type). */
type ExcelCellContent = unknown;

/**
 * - numbers, strings, booleans and dates as they are (exceljs decodes date-formatted cells as
 *   JavaScript dates at UTC midnight, in the workbook's 1900 or 1904 date system);
 * - formulas -> their cached result (a formula saved without one reads as empty);
 * - error values -> `{ error: "#N/A" }`, also as a formula's result;
 * - rich text and hyperlinks -> their plain text.
 */
export function toCellValue(content: ExcelCellContent): CellValue {
  if (content === null || content === undefined) return null;
  if (typeof content === "number") return Number.isFinite(content) ? content : null;
  if (typeof content === "string" || typeof content === "boolean") return content;
  if (content instanceof Date) return Number.isNaN(content.getTime()) ? null : content;
  if (typeof content !== "object") return null;

  const record = content as Record<string, unknown>;
  if (typeof record.error === "string") return { error: record.error };
  if ("formula" in record || "sharedFormula" in record) return toCellValue(record.result);
  if (Array.isArray(record.richText)) return richTextToString(record.richText);
  if ("hyperlink" in record) return hyperlinkText(record.text);
  return null;
}

function richTextToString(runs: readonly unknown[]): string {
  return runs
    .map((run) =>
      typeof run === "object" && run !== null ? String((run as { text?: unknown }).text ?? "") : ""
    )
    .join("");
}

/** A hyperlink's text may itself be rich text. */
function hyperlinkText(text: unknown): CellValue {
  if (typeof text === "string") return text;
  if (
    typeof text === "object" &&
    text !== null &&
    Array.isArray((text as { richText?: unknown }).richText)
  ) {
    return richTextToString((text as { richText: unknown[] }).richText);
  }
  return text === undefined || text === null ? null : toCellValue(text);
}

/** True when a cell holds nothing a user would count as content (blank or only spaces). */
export function isBlankCell(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}
