import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FORMULA_ERROR, streamWorkbookSheet } from "../../src/cli/stream-workbook";
import { type SourceSheet } from "../../src/core/model/source";
import { AgentInputError } from "../../src/core/model/errors";
import type { RowBlock } from "../../src/core/model/cells";
import { readWorkbookSheets, ROWS_PER_BLOCK } from "../../src/xlsx/read-source";
import { salesWorkbook, toBytes } from "../xlsx/sample-workbooks";
import { FIXTURES } from "./run-cli";

async function blocksOf(sheet: SourceSheet): Promise<RowBlock[]> {
  const blocks: RowBlock[] = [];
  for await (const block of sheet.blocks) blocks.push(block);
  return blocks;
}

describe("streamWorkbookSheet", () => {
  it("reads what the in-memory reader reads: header row, cell kinds, blank rows, row numbers", async () => {
    const bytes = await salesWorkbook();
    const streamed = await streamWorkbookSheet(bytes, "Sales");
    const loaded = (await readWorkbookSheets(bytes)).read("Sales");
    expect(streamed.name).toBe("Sales");
    expect(streamed.headers).toEqual(loaded.headers);
    const blocks = await blocksOf(streamed);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].firstRowNumber).toBe(4);
    expect(blocks[0].rows).toEqual([
      ["CID-1", "Acme", 1234.5, new Date(Date.UTC(2024, 0, 31)), true],
      // A date-formatted formula result arrives as its serial number (45351 = 2024-02-29).
      ["CID-2", "Beta Ltd", 2, 45351, { error: "#N/A" }],
      // A formula's error result: which error is lost in streaming.
      ["CID-3", "Gamma", { error: FORMULA_ERROR }, "2024-03-01", null],
      [null, null, null, null, null],
      ["CID-4", "=not a formula", -5, 45000, false],
    ]);
    // Everything else is as the in-memory reader has it.
    const loadedRows = (await blocksOf(loaded))[0].rows;
    expect(blocks[0].rows.filter((_, index) => index !== 1 && index !== 2)).toEqual(
      loadedRows.filter((_, index) => index !== 1 && index !== 2)
    );
  });

  it("reads a workbook saved by LibreOffice the same way, date cells and formula results included", async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, "transactions.xlsx")));
    const streamed = await blocksOf(await streamWorkbookSheet(bytes, null));
    expect(streamed).toEqual(await blocksOf((await readWorkbookSheets(bytes)).read()));
    expect(streamed[0].rows[5]).toEqual([
      "CID-3",
      "y",
      "Tail",
      500,
      -50,
      0,
      new Date(Date.UTC(2024, 6, 1)),
    ]);
  });

  it("finds a sheet ignoring case, skipping the ones before it", async () => {
    const sheet = await streamWorkbookSheet(await salesWorkbook(), "SALES");
    expect(sheet.name).toBe("Sales");
    expect((await blocksOf(sheet))[0].rows).toHaveLength(5);
  });

  it("lists the sheets when the requested one does not exist, and names an empty one", async () => {
    const bytes = await salesWorkbook();
    await expect(streamWorkbookSheet(bytes, "Transactions")).rejects.toThrow(
      "Sheet 'Transactions' was not found in the workbook; its sheets are 'Empty', 'Sales'."
    );
    await expect(streamWorkbookSheet(bytes, null)).rejects.toThrow("Sheet 'Empty' is empty");
  });

  it("hands over large sheets in blocks with their sheet row numbers, once", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Big");
    sheet.addRow(["Id", "Amount"]);
    const rows = ROWS_PER_BLOCK + 3;
    for (let index = 1; index <= rows; index++) sheet.addRow([`C${index}`, index]);
    const streamed = await streamWorkbookSheet(await toBytes(workbook), "Big");
    const blocks = await blocksOf(streamed);
    expect(blocks.map((block) => [block.firstRowNumber, block.rows.length])).toEqual([
      [2, ROWS_PER_BLOCK],
      [ROWS_PER_BLOCK + 2, 3],
    ]);
    expect(blocks[1].rows[2]).toEqual([`C${rows}`, rows]);
    await expect(blocksOf(streamed)).rejects.toThrow("can be read only once");
  });

  it("reports bytes that are not a workbook as an input error", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(streamWorkbookSheet(bytes, null)).rejects.toThrow(AgentInputError);
  });
});
