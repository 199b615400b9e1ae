import { TEMPLATE_COLUMNS } from "../../src/taskpane/state/template-columns";
import { mappingView } from "../../src/taskpane/state/mapping-view";
import { templateWorkbook } from "../../src/xlsx/template-workbook";
import { openWorkbookFile } from "../../src/xlsx/workbook-file";
import type { CellRow } from "../../src/core/model/cells";

test("the template reads back: the seven headers map at once, with the example line under them", async () => {
  const bytes = await templateWorkbook(TEMPLATE_COLUMNS, new Date("2025-01-01T00:00:00Z"));
  const file = await openWorkbookFile(bytes);
  expect(file.sheets.map((s) => [s.name, s.rowCount])).toEqual([
    ["Transactions", 1],
    ["About", 7],
  ]);
  const sheet = await file.read("Transactions");
  expect(sheet.headers).toEqual([
    "Customer Id",
    "Customer Name",
    "Customer Segment",
    "Pricing Date",
    "Invoice Price",
    "Gross Margin",
    "Calculated Rebate",
  ]);
  const rows: CellRow[] = [];
  for await (const block of sheet.blocks) rows.push(...block.rows);
  expect(rows).toHaveLength(1);
  const view = mappingView(sheet.headers, {}, rows);
  expect(view.error).toBeNull();
  expect([view.requiredMapped, view.requiredTotal]).toEqual([7, 7]);
  expect(view.rows.find((r) => r.field === "PricingDate")?.samples).toEqual(["2025-06-30"]);
  expect(view.rows.find((r) => r.field === "InvoicePrice")?.samples).toEqual(["1250"]);
});

test("the About sheet says what each column holds, in the first-run card's words", async () => {
  const file = await openWorkbookFile(await templateWorkbook(TEMPLATE_COLUMNS));
  const about = await file.read("About");
  const rows: CellRow[] = [];
  for await (const block of about.blocks) rows.push(...block.rows);
  expect(rows[0]).toEqual(["Customer Id", "Customer ID: who was invoiced"]);
  expect(rows[6]).toEqual(["Calculated Rebate", "Calculated rebate: if there is one; otherwise 0"]);
});
