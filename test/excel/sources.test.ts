import { listSources } from "../../src/excel/sources";
import { FakeExcel, FakeTable } from "./fake-excel";

describe("listSources", () => {
  test("lists the user's sheets and tables in workbook order, leaving out the add-in's result sheets", async () => {
    const excel = new FakeExcel().install();
    const sales = excel.workbook.addSheet("Sales", [["Customer Id"], ["CID-1"]]);
    sales.tables.push(new FakeTable("SalesTable", sales, 0, 0, 2, 1));
    const result = excel.workbook.addSheet("Flagged Accounts", [["t"]], { owned: true });
    result.tables.push(new FakeTable("FlaggedAccounts", result, 0, 0, 1, 1));
    const rates = excel.workbook.addSheet("Rates", [["EUR"]]);
    rates.tables.push(
      new FakeTable("FxRates", rates, 0, 0, 1, 1),
      new FakeTable("Segments", rates, 3, 0, 1, 1)
    );

    expect(await listSources()).toEqual({
      sheets: ["Sales", "Rates"],
      tables: [
        { name: "SalesTable", sheet: "Sales" },
        { name: "FxRates", sheet: "Rates" },
        { name: "Segments", sheet: "Rates" },
      ],
    });
    // Two syncs whatever the number of sheets.
    expect(excel.syncs).toBe(2);
  });

  test("a sheet only counts as the add-in's when its marker has the add-in's value", async () => {
    const excel = new FakeExcel().install();
    const sheet = excel.workbook.addSheet("Lookalike");
    sheet.customProperties.set("UAA.OWNER", { key: "UAA.Owner", value: "someone else" });
    expect((await listSources()).sheets).toEqual(["Lookalike"]);
  });
});
