import { AgentInputError } from "../../src/core/model/errors";
import type { RowBlock } from "../../src/core/model/cells";
import { openWorkbookFile } from "../../src/xlsx/workbook-file";
import { salesWorkbook } from "./sample-workbooks";

/** The pane's upload, read by the streaming reader: the same sheets and rows exceljs gave it. */
async function rowsOf(blocks: AsyncIterable<RowBlock> | Iterable<RowBlock>) {
  const rows: RowBlock["rows"][number][] = [];
  for await (const block of blocks as AsyncIterable<RowBlock>) rows.push(...block.rows);
  return rows;
}

describe("openWorkbookFile", () => {
  it("lists the sheets in tab order with their data row counts", async () => {
    const workbook = await openWorkbookFile(await salesWorkbook());
    expect(workbook.sheets).toEqual([
      { name: "Empty", rowCount: 0 },
      { name: "Sales", rowCount: 5 },
    ]);
  });

  it("reads a sheet's header and rows, again on every read, with its row count", async () => {
    const workbook = await openWorkbookFile(await salesWorkbook());
    for (let read = 0; read < 2; read++) {
      const sheet = await workbook.read("sales");
      expect(sheet.name).toBe("Sales");
      expect(sheet.rowCount).toBe(5);
      expect(sheet.headers).toEqual([
        "Customer Id",
        "Customer Name",
        "Invoice Price",
        "Pricing Date",
        "Flag",
      ]);
      expect(await rowsOf(sheet.blocks)).toEqual([
        ["CID-1", "Acme", 1234.5, new Date(Date.UTC(2024, 0, 31)), true],
        ["CID-2", "Beta Ltd", 2, new Date(Date.UTC(2024, 1, 29)), { error: "#N/A" }],
        ["CID-3", "Gamma", { error: "#N/A" }, "2024-03-01", null],
        [null, null, null, null, null],
        ["CID-4", "=not a formula", -5, 45000, false],
      ]);
    }
  });

  it("reads a sheet's blocks again after a first reading stopped early, as the pane's sample does", async () => {
    const sheet = await (await openWorkbookFile(await salesWorkbook())).read("Sales");
    for await (const block of sheet.blocks as AsyncIterable<RowBlock>) {
      expect(block.rows[0][0]).toBe("CID-1");
      break;
    }
    const all = await rowsOf(sheet.blocks);
    expect(all.map((row) => row[0])).toEqual(["CID-1", "CID-2", "CID-3", null, "CID-4"]);
    expect(await rowsOf(sheet.blocks)).toEqual(all);
  });

  it("says which sheets there are when the named one is missing, and why an empty one cannot be read", async () => {
    const workbook = await openWorkbookFile(await salesWorkbook());
    await expect(workbook.read("Nope")).rejects.toThrow(
      "Sheet 'Nope' was not found in the workbook; its sheets are 'Empty', 'Sales'."
    );
    await expect(workbook.read("Empty")).rejects.toThrow("Sheet 'Empty' is empty");
  });

  it("reports a file that is not a workbook as an input error", async () => {
    const bytes = new TextEncoder().encode("Customer Id,Invoice Price\nA,1\n");
    await expect(openWorkbookFile(bytes)).rejects.toThrow(AgentInputError);
    await expect(openWorkbookFile(bytes)).rejects.toThrow("could not be read as an .xlsx workbook");
  });
});
