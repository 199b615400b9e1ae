/// <reference types="office-js" />
/* global Excel */
/**
 * The cells a collect changes, written into the open workbook's Actions sheet (the add-in's own,
 * as read). One Excel.run, two syncs: the rows to be written are read again first and must be
 * as they were when the collect read them (a team editing or sorting meanwhile would otherwise
 * get a status written onto another action); then each cell, its format set before its value so
 * a note stays text and a due date a date. Nothing else in the sheet is touched.
 */
import type { CellWrite } from "../core/agent/lifecycle";
import type { CellValue } from "../core/model/cells";
import { toCellRows, toExcelCell } from "./cell-values";
import { AgentInputError } from "../core/model/errors";

export async function writeCollectedCells(
  sheetName: string,
  writes: readonly CellWrite[],
  rowsRead: readonly (readonly CellValue[])[]
): Promise<void> {
  if (writes.length === 0) return;
  const rows = [...new Set(writes.map((write) => write.row))];
  const width = Math.max(1, ...rows.map((row) => rowsRead[row]?.length ?? 0));
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const now = rows.map((row) => sheet.getRangeByIndexes(row, 0, 1, width).load("values"));
    await context.sync();
    rows.forEach((row, i) => {
      const [values] = toCellRows(now[i].values);
      for (let col = 0; col < width; col++)
        if (!same(values[col] ?? null, rowsRead[row]?.[col] ?? null))
          throw new AgentInputError(
            `The '${sheetName}' sheet changed while the workbooks were collected (rows edited, added or sorted), so nothing was written; collect again.`
          );
    });
    for (const write of writes) {
      const cell = toExcelCell(write.value, write.format);
      const range = sheet.getRangeByIndexes(write.row, write.col, 1, 1);
      range.numberFormat = [[cell.numberFormat]];
      range.values = [[cell.value]];
    }
    await context.sync();
  });
}

function same(a: CellValue, b: CellValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
