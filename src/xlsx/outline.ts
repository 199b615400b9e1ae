import type ExcelJS from "exceljs";
import { outlineDepth, type RowOutline } from "../core/model/sheet";

/** Named, as render-sheet.ts's FONT: a font without a name makes LibreOffice fall back to a serif face. */
const SUBTOTAL_FONT: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, size: 11, bold: true };

/**
 * A table's row outline (SheetTable.outline) as OOXML writes it: each data row's outlineLevel,
 * the sheet's deepest level (sheetFormatPr outlineLevelRow, which sizes the outline buttons),
 * subtotal rows in bold. Summary rows below their detail is the default, so no outlinePr is
 * written: exceljs puts it after pageSetUpPr, which the OOXML schema refuses.
 */
export function applyOutline(
  worksheet: ExcelJS.Worksheet,
  firstDataRow: number,
  outline: RowOutline | undefined
): void {
  if (!outline) return;
  outline.rowLevels.forEach((level, index) => {
    if (level > 0) worksheet.getRow(firstDataRow + index).outlineLevel = level;
  });
  for (const index of outline.summaryRows) {
    worksheet.getRow(firstDataRow + index).eachCell((cell) => {
      // A new style object: exceljs may share one between cells, and bold must reach this row only.
      cell.style = { ...cell.style, font: { ...cell.font, ...SUBTOTAL_FONT } };
    });
  }
  worksheet.properties.outlineLevelRow = outlineDepth(outline);
}
