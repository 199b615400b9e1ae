import ExcelJS from "exceljs";
import { type SourceSheet } from "../../src/core/model/source";
import { AgentInputError } from "../../src/core/model/errors";
import type { RowBlock } from "../../src/core/model/cells";
import { readWorkbookSheets, ROWS_PER_BLOCK } from "../../src/xlsx/read-source";
import { salesWorkbook, toBytes } from "./sample-workbooks";

function blocksOf(sheet: SourceSheet): RowBlock[] {
  return Array.from(sheet.blocks as Iterable<RowBlock>);
}

describe("readWorkbookSheets", () => {
  it("lists the sheets in tab order with their data row counts", async () => {
    const workbook = await readWorkbookSheets(await salesWorkbook());
    expect(workbook.sheets).toEqual([
      { name: "Empty", rowCount: 0 },
      { name: "Sales", rowCount: 5 },
    ]);
  });

  it("reads the first non-blank row as header and converts every kind of cell", async () => {
    const sheet = (await readWorkbookSheets(await salesWorkbook())).read("Sales");
    expect(sheet.name).toBe("Sales");
    expect(sheet.headers).toEqual([
      "Customer Id",
      "Customer Name",
      "Invoice Price",
      "Pricing Date",
      "Flag",
    ]);
    expect(sheet.rowCount).toBe(5);
    const blocks = blocksOf(sheet);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].firstRowNumber).toBe(4);
    expect(blocks[0].rows).toEqual([
      ["CID-1", "Acme", 1234.5, new Date(Date.UTC(2024, 0, 31)), true],
      ["CID-2", "Beta Ltd", 2, new Date(Date.UTC(2024, 1, 29)), { error: "#N/A" }],
      ["CID-3", "Gamma", { error: "#N/A" }, "2024-03-01", null],
      [null, null, null, null, null],
      ["CID-4", "=not a formula", -5, 45000, false],
    ]);
  });

  it("finds a sheet ignoring case and reads the first sheet when no name is given", async () => {
    const workbook = await readWorkbookSheets(await salesWorkbook());
    expect(workbook.read("sales").name).toBe("Sales");
    expect(() => workbook.read()).toThrow("Sheet 'Empty' is empty");
    expect(() => workbook.read(null)).toThrow(AgentInputError);
  });

  it("names the sheets when the requested one does not exist", async () => {
    const workbook = await readWorkbookSheets(await salesWorkbook());
    expect(() => workbook.read("Transactions")).toThrow(
      "Sheet 'Transactions' was not found in the workbook; its sheets are 'Empty', 'Sales'."
    );
  });

  it("reads only the top-left cell of a merged range, as Excel shows it", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("M");
    sheet.addRow(["Segment", "Region", "Amount"]);
    sheet.addRow(["Key", "North", 1]);
    sheet.addRow([null, "South", 2]);
    sheet.mergeCells("A2:A3");
    const read = (await readWorkbookSheets(await toBytes(workbook))).read("M");
    expect(blocksOf(read)[0].rows).toEqual([
      ["Key", "North", 1],
      [null, "South", 2],
    ]);
  });

  it("hands over large sheets in blocks with their sheet row numbers", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Big");
    sheet.addRow(["Id", "Amount"]);
    const rows = ROWS_PER_BLOCK + 3;
    for (let index = 1; index <= rows; index++) sheet.addRow([`C${index}`, index]);
    const read = (await readWorkbookSheets(await toBytes(workbook))).read("Big");
    const blocks = blocksOf(read);
    expect(blocks.map((block) => [block.firstRowNumber, block.rows.length])).toEqual([
      [2, ROWS_PER_BLOCK],
      [ROWS_PER_BLOCK + 2, 3],
    ]);
    expect(blocks[1].rows[2]).toEqual([`C${rows}`, rows]);
    expect(read.rowCount).toBe(rows);
  });

  it("reports a file that is not a workbook as an input error", async () => {
    const bytes = new TextEncoder().encode("Customer Id,Invoice Price\nA,1\n");
    await expect(readWorkbookSheets(bytes)).rejects.toThrow(AgentInputError);
    await expect(readWorkbookSheets(bytes)).rejects.toThrow(
      "could not be read as an .xlsx workbook"
    );
  });
});
