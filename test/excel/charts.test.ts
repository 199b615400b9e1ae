import type { SheetColumn } from "../../src/core/sheets/sheet";
import { addTableCharts } from "../../src/excel/charts";
import { FakeExcel, FakeTable, type FakeSheet } from "./fake-excel";

const columns: SheetColumn[] = [
  { key: "CustomerName", header: "Customer", format: "text" },
  { key: "Revenue", header: "Revenue", format: "money" },
  { key: "AvgMarginPct", header: "Avg Margin %", format: "percent" },
];

function joinSheet(excel: FakeExcel, owned = true): FakeSheet {
  const sheet = excel.workbook.addSheet(
    "Join",
    [
      ["title"],
      [],
      ["Customer", "Revenue", "Avg Margin %"],
      ["Acme", 900, 0.1],
      ["Beta", 500, -0.05],
      ["Gamma", 100, 0.3],
    ],
    { owned }
  );
  sheet.tables.push(new FakeTable("JoinSeries", sheet, 2, 0, 4, 3));
  return sheet;
}

describe("addTableCharts", () => {
  test("adds a revenue / margin scatter and a top-N bar beside the table, from column keys", async () => {
    const excel = new FakeExcel().install();
    const sheet = joinSheet(excel);

    await addTableCharts({
      sheet: "Join",
      table: "JoinSeries",
      columns,
      scatter: { title: "Revenue vs margin", x: "Revenue", y: "AvgMarginPct" },
      bar: { title: "Top 2 by revenue", category: "CustomerName", value: "Revenue", topN: 2 },
    });

    expect(sheet.charts.map((c) => c.type)).toEqual(["XYScatter", "BarClustered"]);
    const [scatter, bar] = sheet.charts;
    const body = (col: number, rows: number) => ({ sheet: "Join", row: 3, col, rows, cols: 1 });
    expect(scatter.source).toEqual(body(2, 3));
    expect(scatter.record).toMatchObject({
      title: { text: "Revenue vs margin" },
      legend: { visible: false },
    });
    expect(scatter.record.series).toMatchObject({
      calls: [{ name: "getItemAt", args: [0] }],
      "getItemAt()": {
        calls: [
          { name: "setXAxisValues", args: [body(1, 3)] },
          { name: "setValues", args: [body(2, 3)] },
        ],
        name: "Avg Margin %",
      },
    });
    // Placed right of the table (which ends in column C), leaving column D free.
    expect(scatter.record.calls).toEqual([
      { name: "setPosition", args: [{ sheet: "Join", row: 2, col: 4, rows: 1, cols: 1 }] },
    ]);

    expect(bar.source).toEqual(body(1, 2));
    expect(bar.record.series).toMatchObject({
      "getItemAt()": {
        calls: [
          { name: "setXAxisValues", args: [body(0, 2)] },
          { name: "setValues", args: [body(1, 2)] },
        ],
      },
    });
    expect(bar.record).toMatchObject({ axes: { categoryAxis: { reversePlotOrder: true } } });
    // Under the scatter: 300 pt / 15 pt a row = 20 rows, plus 2.
    expect(bar.record.calls).toEqual([
      { name: "setPosition", args: [{ sheet: "Join", row: 24, col: 4, rows: 1, cols: 1 }] },
    ]);
  });

  test("top N is capped at the table's rows", async () => {
    const excel = new FakeExcel().install();
    const sheet = joinSheet(excel);
    await addTableCharts({
      sheet: "Join",
      table: "JoinSeries",
      columns,
      bar: { title: "Top", category: "CustomerName", value: "Revenue", topN: 20 },
    });
    expect(sheet.charts[0].source).toEqual({ sheet: "Join", row: 3, col: 1, rows: 3, cols: 1 });
  });

  test("adds nothing to a sheet the add-in did not create", async () => {
    const excel = new FakeExcel().install();
    const sheet = joinSheet(excel, false);
    await expect(
      addTableCharts({
        sheet: "Join",
        table: "JoinSeries",
        columns,
        scatter: { title: "t", x: "Revenue", y: "AvgMarginPct" },
      })
    ).rejects.toThrow("Sheet 'Join' was not created by the add-in");
    expect(sheet.charts).toEqual([]);
  });

  test("an unknown column key is refused before Excel is touched", async () => {
    const excel = new FakeExcel().install();
    joinSheet(excel);
    await expect(
      addTableCharts({
        sheet: "Join",
        table: "JoinSeries",
        columns,
        scatter: { title: "t", x: "Revenue", y: "Margin" },
      })
    ).rejects.toThrow("Cannot chart column 'Margin'");
    expect(excel.runs).toBe(0);
  });
});
