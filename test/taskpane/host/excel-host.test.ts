import { shelfWith } from "../../../src/core/agent/check";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import type { RowBlock } from "../../../src/core/model/cells";
import { ExcelHost } from "../../../src/taskpane/host/excel-host";
import { FakeExcel, FakeTable } from "../../excel/fake-excel";

async function rowsOf(blocks: Iterable<RowBlock> | AsyncIterable<RowBlock>): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  for await (const block of blocks as AsyncIterable<RowBlock>)
    rows.push(...block.rows.map((r) => [...r]));
  return rows;
}

function workbook(): FakeExcel {
  const excel = new FakeExcel().install();
  excel.workbook.addSheet("Notes", [["Read me"]]);
  const sales = excel.workbook.addSheet("Sales", [
    ["Customer Id", "Invoice Price"],
    ["C1", 10],
    ["C2", 20],
  ]);
  sales.tables.push(new FakeTable("SalesTable", sales, 0, 0, 3, 2));
  excel.workbook.addSheet("Flagged Accounts", [["old result"]], { owned: true });
  return excel;
}

test("sources are the workbook's tables, then its sheets, without the add-in's result sheets", async () => {
  workbook();
  expect(await new ExcelHost("Excel (PC)").listSources()).toEqual([
    { name: "SalesTable", kind: "table", detail: "table on Sales" },
    { name: "Notes", kind: "sheet" },
    { name: "Sales", kind: "sheet" },
  ]);
});

test("a table name reads the table, a sheet name the sheet, null the first sheet", async () => {
  workbook();
  const host = new ExcelHost("Excel (PC)");
  const table = await host.readSource("SalesTable");
  expect(table.name).toBe("SalesTable");
  expect(table.headers).toEqual(["Customer Id", "Invoice Price"]);
  expect(await rowsOf(table.blocks)).toEqual([
    ["C1", 10],
    ["C2", 20],
  ]);
  const sheet = await host.readSource("Sales");
  expect(sheet.name).toBe("Sales");
  expect(await rowsOf(sheet.blocks)).toEqual([
    ["C1", 10],
    ["C2", 20],
  ]);
  expect((await host.readSource(null)).name).toBe("Notes");
});

test("another sheet or table is loaded whole by name", async () => {
  workbook();
  const host = new ExcelHost("Excel (PC)");
  const table = await host.loadSheet("SalesTable");
  expect(await rowsOf(table.blocks)).toEqual([
    ["C1", 10],
    ["C2", 20],
  ]);
  await expect(host.loadSheet("Activities")).rejects.toThrow(
    "There is no sheet named 'Activities' in this workbook."
  );
});

test("results are written into the workbook, replacing the add-in's own sheet", async () => {
  const excel = workbook();
  const delivered = await new ExcelHost("Excel (PC)").deliverResults(
    [
      {
        name: "Flagged Accounts",
        title: "Flagged accounts: 1 of 2 meet the detection rule",
        table: {
          name: "FlaggedAccounts",
          columns: [{ key: "CustomerId", header: "Customer Id", format: "text" }],
          rows: [{ CustomerId: "C1" }],
        },
      },
    ],
    { anchorDate: "2025-10-21", agentName: "Unprofitable Account Agent" }
  );
  expect(delivered).toEqual({ sheets: ["Flagged Accounts"], notices: [] });
  expect(excel.workbook.sheetNames()).toEqual(["Notes", "Sales", "Flagged Accounts"]);
  expect(excel.workbook.sheet("Flagged Accounts").cell(0, 0)?.value).toBe(
    "Flagged accounts: 1 of 2 meet the detection rule"
  );
});

test("the agents are stored in the workbook's settings and read back", async () => {
  const excel = workbook();
  const host = new ExcelHost("Excel (PC)");
  expect(await host.loadDocument()).toBeNull();
  const shelf = shelfWith(unprofitableAccountAgent());
  await host.saveAgents(shelf);
  expect(excel.workbook.settings.size).toBeGreaterThan(0);
  expect(await host.loadDocument()).toEqual(shelf);
});
