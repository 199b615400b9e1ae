/**
 * Highlight rules of a sheet table as Excel formatting over the table's data rows only.
 * Column rules become conditional formats (they follow edits and re-sorts); row rules become
 * direct fills, because a rule keyed on ROW() would stay on the row number when the user sorts
 * the table, while a cell's own fill moves with the cell. Excel and LibreOffice draw both.
 */
import type ExcelJS from "exceljs";
import { columnLetter as columnLetterOfIndex } from "../core/agent/check";
import {
  HIGHLIGHT_COLORS,
  type HighlightRule,
  type HighlightStyle,
  type SheetColumn,
} from "../core/model/sheet";

/** Where the table's data rows are on the worksheet. */
export interface TableArea {
  /** Sheet row number of the first data row. */
  readonly firstDataRow: number;
  readonly dataRows: number;
  /** Sheet column number of the table's first column. */
  readonly firstColumn: number;
  readonly columns: readonly SheetColumn[];
}

export function applyHighlights(
  worksheet: ExcelJS.Worksheet,
  area: TableArea,
  rules: readonly HighlightRule[]
): void {
  if (area.dataRows === 0) return;
  let priority = 1;
  for (const rule of rules) {
    if (rule.kind === "rows") {
      fillRows(worksheet, area, rule.rows, rule.style);
      continue;
    }
    const index = area.columns.findIndex((column) => column.key === rule.column);
    if (index < 0) continue;
    const column = columnLetter(area.firstColumn + index);
    const ref = `${column}${area.firstDataRow}:${column}${area.firstDataRow + area.dataRows - 1}`;
    const [operator, threshold] =
      rule.kind === "negative"
        ? (["lessThan", 0] as const)
        : (["greaterThan", rule.value] as const);
    worksheet.addConditionalFormatting({
      ref,
      rules: [
        {
          type: "cellIs",
          operator,
          formulae: [String(threshold)],
          priority: priority++,
          style: differentialStyle(rule.style),
        },
      ],
    });
  }
}

/** `rows` are indexes into the table's rows (0 = first data row); others are ignored. */
function fillRows(
  worksheet: ExcelJS.Worksheet,
  area: TableArea,
  rows: readonly number[],
  style: HighlightStyle
): void {
  const { fill, font } = HIGHLIGHT_COLORS[style];
  for (const index of rows) {
    if (!Number.isInteger(index) || index < 0 || index >= area.dataRows) continue;
    const row = worksheet.getRow(area.firstDataRow + index);
    for (let offset = 0; offset < area.columns.length; offset++) {
      restyle(row.getCell(area.firstColumn + offset), {
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(fill) } },
        // Data cells carry no font of their own, so nothing is lost by setting the whole font.
        font: { name: "Calibri", family: 2, size: 11, color: { argb: argb(font) } },
      });
    }
  }
}

/**
 * The cell gets a new style object: data cells share their column's (render-sheet.ts), so
 * setting `cell.fill` would colour the whole column.
 */
function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...change };
}

/** A conditional format's style; a solid fill in a differential format takes its colour from bgColor. */
function differentialStyle(style: HighlightStyle): Partial<ExcelJS.Style> {
  const { fill, font } = HIGHLIGHT_COLORS[style];
  return {
    fill: {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: argb(fill) },
      bgColor: { argb: argb(fill) },
    },
    font: { color: { argb: argb(font) } },
  };
}

/** `#RRGGBB` -> exceljs' `FFRRGGBB`. */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** Column letters of a 1-based column number, as exceljs counts them: 1 -> A, 27 -> AA. */
export function columnLetter(columnNumber: number): string {
  return columnLetterOfIndex(columnNumber - 1);
}
