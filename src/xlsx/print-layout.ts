/**
 * How a sheet prints: landscape, scaled to one page wide while that stays readable. A table too
 * wide for that (the flagged-accounts sheet has some twenty columns) would shrink to an
 * unreadable scale, so it is spread over several pages across, with the leading columns that
 * name the account repeated on each.
 */
import type { SheetColumn } from "../core/model/sheet";
import { columnLetter } from "./highlights";

/**
 * Column-width characters that fit one landscape page at a readable scale: about 130 at 100%
 * on Letter or A4 with Excel's default margins, so 250 prints at about 52% (an 11 pt font at
 * about 6 pt, still legible on paper).
 */
export const PAGE_WIDTH_CHARS = 250;
/** Repeated columns may take at most this share of a page. */
const REPEAT_SHARE = 0.4;

export interface PrintLayout {
  /** Pages across (fitToWidth). */
  readonly pagesWide: number;
  /** Columns printed on every page, e.g. `A:C`. */
  readonly repeatColumns?: string;
}

export function printLayout(
  columns: readonly SheetColumn[],
  widths: readonly number[]
): PrintLayout {
  const total = widths.reduce((sum, width) => sum + width, 0);
  if (total <= PAGE_WIDTH_CHARS) return { pagesWide: 1 };
  const repeated = leadingKeyColumns(columns, widths);
  const repeatedWidth = widths.slice(0, repeated).reduce((sum, width) => sum + width, 0);
  const pagesWide = Math.ceil((total - repeatedWidth) / (PAGE_WIDTH_CHARS - repeatedWidth));
  return repeated === 0
    ? { pagesWide }
    : { pagesWide, repeatColumns: `A:${columnLetter(repeated)}` };
}

/**
 * The columns naming a row: any leading number columns (a priority), then the first run of text
 * columns (id, name, segment), as far as they fit in REPEAT_SHARE of a page.
 */
function leadingKeyColumns(columns: readonly SheetColumn[], widths: readonly number[]): number {
  let end = 0;
  while (end < columns.length && columns[end].format !== "text") end++;
  if (end >= columns.length || end > 1) return 0;
  let width = widths.slice(0, end).reduce((sum, value) => sum + value, 0);
  while (
    end < columns.length &&
    columns[end].format === "text" &&
    width + widths[end] <= PAGE_WIDTH_CHARS * REPEAT_SHARE
  ) {
    width += widths[end];
    end++;
  }
  return end;
}
