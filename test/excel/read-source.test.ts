import { type RunProgress } from "../../src/core/model/source";
import { AgentInputError, CancelledError } from "../../src/core/model/errors";
import type { RowBlock } from "../../src/core/model/cells";
import { readSource } from "../../src/excel/read-source";
import { FakeExcel, FakeTable, type Raw } from "./fake-excel";

const HEADER: Raw[] = ["Customer Id", "Invoice Price"];

/** `count` data rows: CID-0001 / 1.5, CID-0002 / 3, ... */
function salesRows(count: number): Raw[][] {
  return Array.from({ length: count }, (_, i) => [
    `CID-${String(i + 1).padStart(4, "0")}`,
    (i + 1) * 1.5,
  ]);
}

async function allRows(blocks: Iterable<RowBlock> | AsyncIterable<RowBlock>): Promise<RowBlock[]> {
  const out: RowBlock[] = [];
  for await (const block of blocks) out.push(block);
  return out;
}

describe("readSource", () => {
  test("reads the header, then streams the data in blocks, with sheet row numbers, one run and sync per block", async () => {
    const excel = new FakeExcel().install();
    excel.workbook.addSheet("Sales", [HEADER, ...salesRows(7)]);

    const source = await readSource({ sheet: "Sales" }, { blockRows: 3 });

    expect(source.name).toBe("Sales");
    expect(source.headers).toEqual(["Customer Id", "Invoice Price"]);
    expect(source.rowCount).toBe(7);
    const blocks = await allRows(source.blocks);
    expect(blocks.map((b) => b.rows.length)).toEqual([3, 3, 1]);
    expect(blocks.map((b) => b.firstRowNumber)).toEqual([2, 5, 8]);
    expect(blocks[2].rows[0]).toEqual(["CID-0007", 10.5]);
    // Sheet lookup, used range and header in one run; then one run with one sync per block.
    expect(excel.syncs).toBe(3 + 3);
    expect(excel.runs).toBe(1 + 3);
  });

  test("blocks are read only as the parser asks for them, and afresh on every pass", async () => {
    const excel = new FakeExcel().install();
    excel.workbook.addSheet("Sales", [HEADER, ...salesRows(7)]);
    const source = await readSource({ sheet: "Sales" }, { blockRows: 3 });
    expect(excel.runs).toBe(1);
    for await (const block of source.blocks as AsyncIterable<RowBlock>) {
      expect(block.rows).toHaveLength(3);
      break;
    }
    // The first block only: the rest of the sheet was never asked of Excel.
    expect(excel.runs).toBe(2);
    expect((await allRows(source.blocks)).flatMap((b) => b.rows)).toEqual(salesRows(7));
    expect(excel.runs).toBe(2 + 3);
  });

  test("blocks are sized by cells: a wider sheet gets fewer rows per block", async () => {
    const excel = new FakeExcel().install();
    const wide: Raw[] = Array.from({ length: 10 }, (_, i) => `Column ${i + 1}`);
    const narrowSheet = [HEADER, ...salesRows(12)];
    const wideSheet = [
      wide,
      ...Array.from({ length: 12 }, (_, r) => wide.map((_, c) => r * 10 + c)),
    ];
    excel.workbook.addSheet("Narrow", narrowSheet);
    excel.workbook.addSheet("Wide", wideSheet);
    const sizes = async (sheet: string) =>
      (await allRows((await readSource({ sheet }, { blockCells: 20 })).blocks)).map(
        (b) => b.rows.length
      );
    expect(await sizes("Narrow")).toEqual([10, 2]);
    expect(await sizes("Wide")).toEqual([2, 2, 2, 2, 2, 2]);
  });

  test("without a name it reads the first sheet; empty cells become null", async () => {
    const excel = new FakeExcel().install();
    excel.workbook.addSheet("Data", [HEADER, ["CID-1", ""], ["", 2]]);
    excel.workbook.addSheet("Other", [["x"]]);

    const source = await readSource({});

    expect(source.name).toBe("Data");
    const [block] = await allRows(source.blocks);
    expect(block.rows).toEqual([
      ["CID-1", null],
      [null, 2],
    ]);
  });

  test("halves the block when Excel reports the payload too large, and keeps every row", async () => {
    // 8 cells per sync: header (2) + 3 rows (6) fit; 5 rows (10) do not.
    const excel = new FakeExcel({ maxCellsPerSync: 8 }).install();
    const rows = salesRows(10);
    excel.workbook.addSheet("Sales", [HEADER, ...rows]);

    const source = await readSource({ sheet: "Sales" }, { blockRows: 10 });

    const blocks = await allRows(source.blocks);
    // 10 -> 5 -> 2 rows per block; then 2 rows (4 cells) every time.
    expect(blocks.map((b) => b.rows.length)).toEqual([2, 2, 2, 2, 2]);
    expect(blocks.map((b) => b.firstRowNumber)).toEqual([2, 4, 6, 8, 10]);
    expect(blocks.flatMap((b) => b.rows)).toEqual(rows);
  });

  test("gives up with Excel's error when even one row is too large", async () => {
    // Two cells per row, one cell per sync: already the header cannot be read.
    const excel = new FakeExcel({ maxCellsPerSync: 1 }).install();
    excel.workbook.addSheet("Sales", [HEADER, ...salesRows(2)]);
    await expect(readSource({ sheet: "Sales" }, { blockRows: 4 })).rejects.toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
    });
  });

  test("a stray far cell that makes the used range too large is read in smaller blocks", async () => {
    // The used range is 21 rows by 41 columns; Excel hands over at most 5 of its rows at once.
    const excel = new FakeExcel({ maxCellsPerRange: 41 * 5 }).install();
    const sheet = excel.workbook.addSheet("Sales", [HEADER, ...salesRows(6)]);
    sheet.setCell(20, 40, "stray");

    const source = await readSource({ sheet: "Sales" });

    const blocks = await allRows(source.blocks);
    expect(blocks.map((b) => b.rows.length)).toEqual([5, 5, 5, 5]);
    const rows = blocks.flatMap((b) => b.rows);
    expect(rows.slice(0, 6).map((row) => row.slice(0, 2))).toEqual(salesRows(6));
    expect(rows[19][40]).toBe("stray");
    expect(source.headers.slice(0, 2)).toEqual(HEADER);
  });

  test("a used range too wide for even one row is an input error that says why", async () => {
    const excel = new FakeExcel({ maxCellsPerRange: 30 }).install();
    const sheet = excel.workbook.addSheet("Sales", [HEADER, ...salesRows(2)]);
    sheet.setCell(0, 40, "stray");
    const reading = readSource({ sheet: "Sales" });
    await expect(reading).rejects.toBeInstanceOf(AgentInputError);
    await expect(reading).rejects.toThrow(
      "The sheet 'Sales' is too wide to read: its used range spans 41 columns."
    );
  });

  test("stops with CancelledError between blocks and reports progress up to there", async () => {
    const excel = new FakeExcel().install();
    excel.workbook.addSheet("Sales", [HEADER, ...salesRows(9)]);
    const progress: RunProgress[] = [];

    const source = await readSource(
      { sheet: "Sales" },
      { blockRows: 3, onProgress: (p) => progress.push(p), isCancelled: () => progress.length >= 3 }
    );

    await expect(allRows(source.blocks)).rejects.toBeInstanceOf(CancelledError);
    expect(progress).toEqual([
      { phase: "reading", done: 0, total: 9 },
      { phase: "reading", done: 3, total: 9 },
      { phase: "reading", done: 6, total: 9 },
    ]);
  });

  test("tells Excel errors apart from text that reads the same", async () => {
    const excel = new FakeExcel().install();
    const sheet = excel.workbook.addSheet("Sales", [HEADER]);
    sheet.setCell(1, 0, "CID-1");
    sheet.setCell(1, 1, "#N/A", "Error");
    sheet.setCell(2, 0, "#N/A"); // typed by a user: text
    sheet.setCell(2, 1, 4);

    const [block] = await allRows((await readSource({ sheet: "Sales" })).blocks);

    expect(block.rows).toEqual([
      ["CID-1", { error: "#N/A" }],
      ["#N/A", 4],
    ]);
  });

  test("loads value types only for blocks that hold error-like text", async () => {
    const excel = new FakeExcel().install();
    excel.workbook.addSheet("Sales", [HEADER, ...salesRows(4)]);
    await allRows((await readSource({ sheet: "Sales" }, { blockRows: 2 })).blocks);
    expect(excel.syncs).toBe(3 + 2);
  });

  test("reads data that does not start at A1, numbering rows as the sheet does", async () => {
    const excel = new FakeExcel().install();
    excel.workbook.addSheet("Sales", [HEADER, ...salesRows(2)], { at: { row: 3, col: 2 } });

    const source = await readSource({ sheet: "Sales" });

    expect(source.headers).toEqual(HEADER);
    const [block] = await allRows(source.blocks);
    expect(block.firstRowNumber).toBe(5);
    expect(block.rows).toEqual(salesRows(2));
  });

  test("reads an Excel table: only its header and body, named after the table", async () => {
    const excel = new FakeExcel().install();
    const sheet = excel.workbook.addSheet("Report", [["A note above the table"]]);
    [HEADER, ...salesRows(3)].forEach((row, r) =>
      row.forEach((v, c) => sheet.setCell(2 + r, 1 + c, v))
    );
    sheet.setCell(10, 0, "unrelated cell below");
    sheet.tables.push(new FakeTable("SalesTable", sheet, 2, 1, 4, 2));

    const source = await readSource({ table: "SalesTable" }, { blockRows: 2 });

    expect(source.name).toBe("SalesTable");
    expect(source.headers).toEqual(HEADER);
    const blocks = await allRows(source.blocks);
    expect(blocks.map((b) => b.firstRowNumber)).toEqual([4, 6]);
    expect(blocks.flatMap((b) => b.rows)).toEqual(salesRows(3));
  });

  test("an empty sheet has no headers and no rows", async () => {
    const excel = new FakeExcel().install();
    excel.workbook.addSheet("Empty");
    const source = await readSource({ sheet: "Empty" });
    expect(source).toMatchObject({ name: "Empty", headers: [], rowCount: 0 });
    expect(await allRows(source.blocks)).toEqual([]);
  });

  test("a header-only sheet has headers and no rows", async () => {
    const excel = new FakeExcel().install();
    excel.workbook.addSheet("Sales", [HEADER]);
    const source = await readSource({ sheet: "Sales" });
    expect(source.headers).toEqual(HEADER);
    expect(source.rowCount).toBe(0);
    expect(await allRows(source.blocks)).toEqual([]);
  });

  test("a missing sheet or table is an input error that names it", async () => {
    new FakeExcel().install().workbook.addSheet("Sales", [HEADER]);
    await expect(readSource({ sheet: "Sale" })).rejects.toThrow(
      new AgentInputError("There is no sheet named 'Sale' in this workbook.")
    );
    await expect(readSource({ table: "Nope" })).rejects.toThrow(
      "There is no table named 'Nope' in this workbook."
    );
  });
});
