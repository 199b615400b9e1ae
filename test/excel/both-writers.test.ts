/**
 * One sheet description through both writers: the .xlsx file (src/xlsx, read back with exceljs)
 * and Office.js (src/excel, into the in-memory Excel, which renames repeated table headers and
 * refuses over-long text as Excel does). Both must leave the same cells: the core's rules
 * (report/excel-sheet.ts), not each writer's own.
 */
import ExcelJS from "exceljs";
import type { SheetDescription } from "../../src/core/model/sheet";
import { EXCEL_MAX_CELL_TEXT } from "../../src/core/report/excel-cells";
import { writeResultSheets } from "../../src/excel/write-sheets";
import { layoutSheet } from "../../src/excel/sheet-layout";
import { renderWorkbook, workbookToBuffer } from "../../src/xlsx/render-workbook";
import { tableLayout } from "../../src/xlsx/render-sheet";
import { FakeExcel } from "./fake-excel";

const LONG = "Example: ".padEnd(40_000, "x");

const DESCRIPTION: SheetDescription = {
  name: "Data Quality",
  title: "Data quality",
  notes: ["Two measures share a label; one example is longer than a cell holds."],
  table: {
    name: "DataQuality",
    columns: [
      { key: "Reason", header: "Reason", format: "text" },
      { key: "Revenue", header: "Revenue", format: "money" },
      { key: "NetRevenue", header: "revenue", format: "money" },
      { key: "Blank", header: "", format: "text" },
      { key: "Example", header: "Example\nvalue", format: "text" },
    ],
    rows: [
      { Reason: "Blank customer id", Revenue: 1, NetRevenue: 2, Blank: "b", Example: LONG },
      { Reason: "Bad number", Revenue: Number.NaN, NetRevenue: 3, Blank: null, Example: "x" },
    ],
    totals: { Revenue: 1, NetRevenue: 5 },
  },
};

type Cells = (string | number | boolean | null)[][];

/** Header, data and totals rows as the .xlsx file holds them. */
async function fileCells(): Promise<Cells> {
  const bytes = await workbookToBuffer(renderWorkbook([DESCRIPTION]));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(DESCRIPTION.name)!;
  const { headerRow } = tableLayout(DESCRIPTION);
  return Array.from({ length: 4 }, (_, r) =>
    DESCRIPTION.table.columns.map((_c, c) => {
      const value = sheet.getCell(headerRow + r, c + 1).value;
      return value === undefined ? null : (value as string | number | boolean | null);
    })
  );
}

/** The same rows as Office.js left them in the workbook ("" is an empty cell there). */
async function officeCells(): Promise<Cells> {
  const excel = new FakeExcel().install();
  await writeResultSheets([DESCRIPTION], { stamp: "t" });
  const { headerRow } = layoutSheet(DESCRIPTION);
  return excel.workbook
    .sheet(DESCRIPTION.name)
    .values(headerRow, 0, 4, DESCRIPTION.table.columns.length)
    .map((row) => row.map((value) => (value === "" ? null : value)));
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

test("both writers write the same headers, cells and totals for one description", async () => {
  const file = await fileCells();
  const office = await officeCells();
  expect(office).toEqual(file);
  expect(file[0]).toEqual(["Reason", "Revenue", "revenue 2", "Column 4", "Example value"]);
  expect(file[1][4]).toBe(LONG.slice(0, EXCEL_MAX_CELL_TEXT));
  expect(file[2]).toEqual(["Bad number", null, 3, null, "x"]);
  expect(file[3]).toEqual(["Total", 1, 5, null, null]);
});
