/**
 * Column widths in Excel's unit (characters of the default font's digits), fitted to what the
 * cells will show once formatted, so nobody opens the report to a wall of "#####".
 */
import type { ColumnFormat, SheetValue } from "../core/model/sheet";

export const MIN_COLUMN_WIDTH = 8;
export const MAX_COLUMN_WIDTH = 60;
/** Cells looked at per column: enough to see the widest values of a sorted report, cheap on huge ones. */
const SAMPLE_ROWS = 5_000;
/** Room for the cell padding and, in a header, the filter button. */
const PADDING = 2;
const FILTER_BUTTON = 2;
/** Headers up to this many characters are not wrapped. */
const SHORT_HEADER = 8;

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const money = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const decimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 8 });

/** The text a cell shows under the column format (approximately: for width, not for display). */
export function displayText(value: SheetValue, format: ColumnFormat): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "";
  switch (format) {
    case "money":
      return money.format(value);
    case "percent":
      return `${(value * 100).toFixed(2)}%`;
    case "integer":
      return grouped.format(value);
    case "rank":
      return value.toFixed(3);
    case "date":
      return "yyyy-mm-dd";
    case "datetime":
      return "yyyy-mm-dd hh:mm";
    case "number":
    case "text":
      return decimal.format(value);
  }
}

/** Widest line of a text, in characters. */
function textWidth(text: string): number {
  let widest = 0;
  for (const line of text.split(/\r?\n/)) widest = Math.max(widest, line.length);
  return widest;
}

/** Width for one sheet column: the hint when given, else the widest sampled value, and room for the header. */
export function fitColumnWidth(
  header: string,
  format: ColumnFormat,
  values: Iterable<SheetValue>,
  hint?: number
): number {
  let content = 0;
  if (hint !== undefined && hint > 0) content = hint;
  else {
    let seen = 0;
    for (const value of values) {
      content = Math.max(content, textWidth(displayText(value, format)) + PADDING);
      if (++seen >= SAMPLE_ROWS) break;
    }
  }
  // Headers wrap (see headerLines), so a column need only fit the header's longest word; short
  // headers stay on one line.
  const longestWord = Math.max(0, ...header.split(/\s+/).map((word) => word.length));
  const headerNeed =
    Math.max(longestWord, Math.min(header.length, SHORT_HEADER)) + PADDING + FILTER_BUTTON;
  return Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, content, headerNeed)));
}

/**
 * Lines a header needs when wrapped at the column's width (word wrap, as Excel does it; the
 * filter button overlaps the text rather than narrowing it).
 */
export function headerLines(header: string, width: number): number {
  const room = Math.max(1, width - 1);
  let lines = 1;
  let used = 0;
  for (const word of header.split(/\s+/).filter((part) => part !== "")) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= room || used === 0) {
      used = need;
      continue;
    }
    lines++;
    used = word.length;
  }
  return lines;
}
