import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookSheet } from "../../src/xlsx/read-workbook-sheet";
import { type SourceSheet } from "../../src/core/model/source";
import { AgentInputError } from "../../src/core/model/errors";
import type { RowBlock } from "../../src/core/model/cells";
import { readWorkbookSheets, ROWS_PER_BLOCK } from "../../src/xlsx/read-source";
import { salesWorkbook, toBytes } from "./sample-workbooks";
import { FIXTURES } from "../cli/run-cli";

async function blocksOf(sheet: SourceSheet): Promise<RowBlock[]> {
  const blocks: RowBlock[] = [];
  for await (const block of sheet.blocks) blocks.push(block);
  return blocks;
}

describe("readWorkbookSheet", () => {
  it("reads what the in-memory reader reads: header row, cell kinds, formula results, blank rows, row numbers", async () => {
    const bytes = await salesWorkbook();
    const streamed = await readWorkbookSheet(bytes, "Sales");
    const loaded = (await readWorkbookSheets(bytes)).read("Sales");
    expect(streamed.name).toBe("Sales");
    expect(streamed.headers).toEqual(loaded.headers);
    const blocks = await blocksOf(streamed);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].firstRowNumber).toBe(4);
    expect(blocks[0].rows).toEqual([
      ["CID-1", "Acme", 1234.5, new Date(Date.UTC(2024, 0, 31)), true],
      // A date-formatted formula result is a date, as the cell shows it.
      ["CID-2", "Beta Ltd", 2, new Date(Date.UTC(2024, 1, 29)), { error: "#N/A" }],
      // A formula's error result is the error it is.
      ["CID-3", "Gamma", { error: "#N/A" }, "2024-03-01", null],
      [null, null, null, null, null],
      ["CID-4", "=not a formula", -5, 45000, false],
    ]);
    expect(blocks[0].rows).toEqual((await blocksOf(loaded))[0].rows);
  });

  it("reads a workbook saved by LibreOffice the same way, date cells and formula results included", async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, "transactions.xlsx")));
    const streamed = await blocksOf(await readWorkbookSheet(bytes, null));
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
    const sheet = await readWorkbookSheet(await salesWorkbook(), "SALES");
    expect(sheet.name).toBe("Sales");
    expect((await blocksOf(sheet))[0].rows).toHaveLength(5);
  });

  it("lists the sheets when the requested one does not exist, and names an empty one", async () => {
    const bytes = await salesWorkbook();
    await expect(readWorkbookSheet(bytes, "Transactions")).rejects.toThrow(
      "Sheet 'Transactions' was not found in the workbook; its sheets are 'Empty', 'Sales'."
    );
    await expect(readWorkbookSheet(bytes, null)).rejects.toThrow("Sheet 'Empty' is empty");
  });

  it("hands over large sheets in blocks with their sheet row numbers, again when read again", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Big");
    sheet.addRow(["Id", "Amount"]);
    const rows = ROWS_PER_BLOCK + 3;
    for (let index = 1; index <= rows; index++) sheet.addRow([`C${index}`, index]);
    const streamed = await readWorkbookSheet(await toBytes(workbook), "Big");
    const blocks = await blocksOf(streamed);
    expect(blocks.map((block) => [block.firstRowNumber, block.rows.length])).toEqual([
      [2, ROWS_PER_BLOCK],
      [ROWS_PER_BLOCK + 2, 3],
    ]);
    expect(blocks[1].rows[2]).toEqual([`C${rows}`, rows]);
    // A series in another currency reads the agent's sheet a second time: the same blocks.
    const again = await blocksOf(streamed);
    expect(again.map((block) => [block.firstRowNumber, block.rows.length])).toEqual([
      [2, ROWS_PER_BLOCK],
      [ROWS_PER_BLOCK + 2, 3],
    ]);
    expect(again[1].rows[2]).toEqual([`C${rows}`, rows]);
  });

  it("reports bytes that are not a workbook as an input error", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(readWorkbookSheet(bytes, null)).rejects.toThrow(AgentInputError);
  });
});
