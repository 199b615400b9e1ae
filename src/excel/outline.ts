/// <reference types="office-js" />
import { outlineGroups, type SheetDescription } from "../core/model/sheet";
import type { SheetLayout } from "./sheet-layout";

/**
 * A table's row outline (SheetTable.outline) as Office.js makes it: the core's row groups,
 * outermost first, each grouped by rows (ExcelApi 1.10; the agent needs 1.12), subtotal rows in
 * bold. Excel's default keeps summary rows below their detail, as the outline is laid out.
 */
export function queueOutline(
  sheet: Excel.Worksheet,
  description: SheetDescription,
  layout: SheetLayout
): void {
  const outline = description.table.outline;
  if (!outline) return;
  const width = description.table.columns.length;
  for (const group of outlineGroups(outline)) {
    sheet
      .getRangeByIndexes(layout.firstDataRow + group.firstRow, 0, group.rowCount, width)
      .group("ByRows");
  }
  for (const row of outline.summaryRows)
    sheet.getRangeByIndexes(layout.firstDataRow + row, 0, 1, width).format.font.bold = true;
}
