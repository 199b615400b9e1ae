/**
 * The cell styles of one sheet, registered before its rows are written: the same looks
 * render-sheet.ts gives with exceljs (title, notes, header, data cells with their column's number
 * format and light borders, highlighted rows, wrapped text, the totals row, the blocks).
 */
import {
  EXCEL_NUMBER_FORMAT,
  type ColumnFormat,
  HIGHLIGHT_COLORS,
  type HighlightStyle,
  type SheetColumn,
} from "../../core/model/sheet";
import type { CellStyle, StyleSheet } from "./style-sheet";

const HEADER_FILL = "#4472C4";
const HEADER_FONT = "#FFFFFF";
const BLOCK_HEADER_FILL = "#D9E1F2";
const NOTE_FONT = "#595959";
const HIGHLIGHTS: readonly HighlightStyle[] = ["bad", "warning", "good"];

/** A data cell's looks: its value's kind and its row's highlight, or bold on a subtotal row. */
export type DataStyles = Readonly<
  Record<"plain" | "subtotal" | HighlightStyle, { value: number; boolean: number }>
>;

export interface SheetStyles {
  readonly title: number;
  readonly note: number;
  readonly header: readonly number[];
  /** Per table column. */
  readonly data: readonly DataStyles[];
  readonly totals: readonly { value: number; boolean: number }[];
  readonly blockTitle: number;
  readonly blockHeader: (column: SheetColumn) => number;
  readonly block: (column: SheetColumn, isBoolean: boolean) => number;
}

export function sheetStyles(
  styles: StyleSheet,
  columns: readonly SheetColumn[],
  wrapped: ReadonlySet<number>
): SheetStyles {
  const header = (column: SheetColumn, fill: string, font: string) =>
    styles.cell({
      font: { bold: true, color: font },
      fill,
      alignment: {
        horizontal: column.format === "text" ? "left" : "right",
        vertical: "bottom",
        wrapText: true,
      },
      border: "grid",
    });
  const data = columns.map((column, index): DataStyles => {
    const both = (extra: CellStyle) => ({
      value: styles.cell(dataStyle(column, false, extra, wrapped.has(index))),
      boolean: styles.cell(dataStyle(column, true, extra, wrapped.has(index))),
    });
    const highlighted = Object.fromEntries(
      HIGHLIGHTS.map((style) => [
        style,
        both({ fill: HIGHLIGHT_COLORS[style].fill, font: { color: HIGHLIGHT_COLORS[style].font } }),
      ])
    ) as Record<HighlightStyle, { value: number; boolean: number }>;
    return { plain: both({}), subtotal: both({ font: { bold: true } }), ...highlighted };
  });
  // Registered now, for any block column: styles.xml is written before the sheets.
  const blockValue = lookup(
    FORMATS.map((format) => styles.cell({ numFmt: EXCEL_NUMBER_FORMAT[format], border: "grid" }))
  );
  const blockBoolean = styles.cell({ border: "grid" });
  return {
    title: styles.cell({ font: { bold: true, size: 14 } }),
    note: styles.cell({ font: { color: NOTE_FONT } }),
    header: columns.map((column) => header(column, HEADER_FILL, HEADER_FONT)),
    data,
    totals: columns.map((column) => ({
      value: styles.cell({
        numFmt: EXCEL_NUMBER_FORMAT[column.format],
        font: { bold: true },
        border: "totals",
      }),
      boolean: styles.cell({ font: { bold: true }, border: "totals" }),
    })),
    blockTitle: styles.cell({ font: { bold: true, size: 12 } }),
    blockHeader: lookup(
      FORMATS.map((format) => header({ format } as SheetColumn, BLOCK_HEADER_FILL, "#000000"))
    ),
    block: (column, isBoolean) => (isBoolean ? blockBoolean : blockValue(column)),
  };
}

const FORMATS = Object.keys(EXCEL_NUMBER_FORMAT) as ColumnFormat[];

/** A style per column format, looked up by the column's. */
function lookup(ids: readonly number[]): (column: SheetColumn) => number {
  return (column) => ids[FORMATS.indexOf(column.format)];
}

/** Booleans keep General so TRUE / FALSE show (render-sheet.ts, setNumberFormat). */
function dataStyle(
  column: SheetColumn,
  isBoolean: boolean,
  extra: CellStyle,
  wrapped: boolean
): CellStyle {
  return {
    ...(isBoolean ? {} : { numFmt: EXCEL_NUMBER_FORMAT[column.format] }),
    ...extra,
    border: "grid",
    ...(wrapped ? { alignment: { vertical: "top", wrapText: true } } : {}),
  };
}
