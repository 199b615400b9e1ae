/**
 * A table's row outline (issue 11, grouping hierarchy) through both writers: the .xlsx file
 * (outlineLevel per row, read back with exceljs) and Office.js (range.group by rows, in the
 * in-memory Excel). Both follow the core's outline: the same rows end up grouped.
 */
import ExcelJS from "exceljs";
import { outlineGroups, type SheetDescription } from "../../src/core/model/sheet";
import { writeResultSheets } from "../../src/excel/write-sheets";
import { layoutSheet } from "../../src/excel/sheet-layout";
import { renderWorkbook, workbookToBuffer } from "../../src/xlsx/render-workbook";
import { tableLayout } from "../../src/xlsx/render-sheet";
import { FakeExcel } from "./fake-excel";

const DESCRIPTION: SheetDescription = {
  name: "Segments",
  title: "Revenue by segment and customer",
  table: {
    name: "Segments",
    columns: [
      { key: "Segment", header: "Segment", format: "text" },
      { key: "Id", header: "Customer", format: "text" },
      { key: "Revenue", header: "Revenue", format: "money" },
    ],
    rows: [
      { Segment: "Online", Id: "B", Revenue: 400 },
      { Segment: "Online Total", Revenue: 400 },
      { Segment: "Retail", Id: "A", Revenue: 500 },
      { Segment: "Retail", Id: "C", Revenue: 100 },
      { Segment: "Retail Total", Revenue: 600 },
    ],
    totals: { Segment: "Total", Revenue: 1000 },
    outline: { rowLevels: [1, 0, 1, 1, 0], summaryRows: [1, 4] },
  },
};

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

test("the .xlsx file holds each row's outline level, subtotal rows in bold", async () => {
  const bytes = await workbookToBuffer(renderWorkbook([DESCRIPTION]));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(DESCRIPTION.name)!;
  const { firstDataRow } = tableLayout(DESCRIPTION);
  const levels = [0, 1, 2, 3, 4, 5].map((i) => sheet.getRow(firstDataRow + i).outlineLevel ?? 0);
  // Five data rows, then the totals row (not grouped).
  expect(levels).toEqual([1, 0, 1, 1, 0, 0]);
  expect(sheet.properties.outlineLevelRow).toBe(1);
  expect(sheet.getCell(firstDataRow + 1, 1).font?.bold).toBe(true);
  expect(sheet.getCell(firstDataRow + 2, 1).font?.bold).toBeFalsy();
});

test("Office.js groups the same rows by rows, and bolds the subtotal rows", async () => {
  const excel = new FakeExcel().install();
  await writeResultSheets([DESCRIPTION], { stamp: "t" });
  const sheet = excel.workbook.sheet(DESCRIPTION.name);
  const { firstDataRow } = layoutSheet(DESCRIPTION);
  expect(sheet.groups.map((g) => [g.rect.row - firstDataRow, g.rect.rows, g.option])).toEqual(
    outlineGroups(DESCRIPTION.table.outline!).map((g) => [g.firstRow, g.rowCount, "ByRows"])
  );
  // Rows 0 and 2..3 of the data: the detail rows above each subtotal.
  expect(sheet.groups.map((g) => [g.rect.row - firstDataRow, g.rect.rows])).toEqual([
    [0, 1],
    [2, 2],
  ]);
  const bold = sheet.formats
    .filter((f) => (f.record as { font?: { bold?: boolean } }).font?.bold === true)
    .map((f) => f.rect.row - firstDataRow);
  expect(bold).toEqual(expect.arrayContaining([1, 4]));
});
