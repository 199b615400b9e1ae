/**
 * SheetDescription.charts drawn by the Office.js host: writeResultSheets builds every sheet, then
 * queues each sheet's charts over the written cells (src/excel/charts.ts), before the swap. The
 * fake records chart ranges under the temporary sheet names ("UAA tmp t <n>"), which is where the
 * cells are while the charts are added; Excel's references follow the renaming at the swap.
 */
import type { SheetColumn, SheetDescription } from "../../src/core/model/sheet";
import { writeResultSheets } from "../../src/excel/write-sheets";
import { FakeExcel } from "./fake-excel";

const text = (key: string, header = key): SheetColumn => ({ key, header, format: "text" });
const money = (key: string, header = key): SheetColumn => ({ key, header, format: "money" });
const percent = (key: string, header: string): SheetColumn => ({ key, header, format: "percent" });

/** Sheet 1: a one-row summary whose bar chart reads sheet 2's table. */
const summary: SheetDescription = {
  name: "Summary",
  title: "Summary",
  table: { name: "AgentSummary", columns: [text("Item")], rows: [{ Item: "Accounts" }] },
  charts: [
    {
      kind: "bar",
      table: "Accounts",
      title: "Top 2 by revenue",
      category: "CustomerName",
      value: "Revenue",
      topN: 2,
    },
  ],
};

/** Sheet 2: one note, so the header is row 3 and the data rows 4..6; charts right of column D. */
const accounts: SheetDescription = {
  name: "Accounts",
  title: "Accounts",
  notes: ["Three accounts"],
  table: {
    name: "Accounts",
    columns: [
      text("CustomerName", "Customer"),
      money("Revenue"),
      percent("MarginPct", "Margin %"),
      percent("SegmentPct", "Segment %"),
    ],
    rows: [
      { CustomerName: "Acme", Revenue: 900, MarginPct: 0.1, SegmentPct: 0.2 },
      { CustomerName: "Beta", Revenue: 500, MarginPct: -0.05, SegmentPct: 0.2 },
      { CustomerName: "Gamma", Revenue: 100, MarginPct: 0.3, SegmentPct: 0.15 },
    ],
  },
  charts: [
    { kind: "scatter", title: "Margins", x: "Revenue", y: ["MarginPct", "SegmentPct"] },
    { kind: "line", title: "Curve", x: "Revenue", y: "MarginPct", xBounds: { min: 0, max: 1000 } },
    { kind: "scatter", title: "Refers to no column", x: "Revenue", y: "Nope" },
  ],
};

/** Sheet 3: waterfall steps; header row 2, data rows 3..6; the chart takes rows 1..3 (sheet rows 4..6). */
const steps: SheetDescription = {
  name: "Waterfall",
  title: "Waterfall",
  table: {
    name: "Steps",
    columns: [
      text("Step"),
      money("Base"),
      money("Total"),
      money("Decrease"),
      money("DecreaseBelowZero", "Decrease Below Zero"),
    ],
    rows: [
      { Step: "Other", Base: null, Total: 1, Decrease: null, DecreaseBelowZero: null },
      { Step: "CP I", Base: null, Total: 60, Decrease: null, DecreaseBelowZero: null },
      { Step: "Cost to serve", Base: null, Total: null, Decrease: 60, DecreaseBelowZero: -340 },
      { Step: "CP II", Base: null, Total: -340, Decrease: null, DecreaseBelowZero: null },
    ],
  },
  charts: [
    {
      kind: "waterfall",
      title: "Account: CP I to CP II",
      category: "Step",
      base: "Base",
      bars: [
        { column: "Total", role: "total" },
        { column: "Decrease", role: "decrease" },
        { column: "DecreaseBelowZero", role: "decrease" },
      ],
      rows: { first: 1, count: 3 },
    },
  ],
};

const column = (sheet: string, row: number, col: number, rows: number) => ({
  sheet,
  row,
  col,
  rows,
  cols: 1,
});
const SUMMARY = "UAA tmp t 1";
const ACCOUNTS = "UAA tmp t 2";
const STEPS = "UAA tmp t 3";

async function written(): Promise<FakeExcel> {
  const excel = new FakeExcel().install();
  await writeResultSheets([summary, accounts, steps], { stamp: "t" });
  return excel;
}

describe("writeResultSheets draws each sheet's charts", () => {
  test("a top-N bar on one sheet over another sheet's table, first row on top", async () => {
    const excel = await written();
    const [bar] = excel.workbook.sheet("Summary").charts;
    expect(bar.type).toBe("BarClustered");
    expect(bar.source).toEqual(column(ACCOUNTS, 4, 1, 2));
    expect(bar.record).toMatchObject({
      title: { text: "Top 2 by revenue" },
      legend: { visible: false },
      axes: { categoryAxis: { reversePlotOrder: true } },
      series: {
        "getItemAt(0)": {
          calls: [
            { name: "setXAxisValues", args: [column(ACCOUNTS, 4, 0, 2)] },
            { name: "setValues", args: [column(ACCOUNTS, 4, 1, 2)] },
          ],
          name: "Revenue",
        },
      },
      width: 480,
      height: 300,
    });
    // Right of the summary's one-column table (leaving column B free), level with its header.
    expect(bar.record.calls).toEqual([
      { name: "setPosition", args: [{ sheet: SUMMARY, row: 2, col: 2, rows: 1, cols: 1 }] },
    ]);
  });

  test("a scatter with a coloured series per y column and a legend, then a line chart under it; a chart over a missing column is left out", async () => {
    const excel = await written();
    const charts = excel.workbook.sheet("Accounts").charts;
    expect(charts.map((chart) => chart.type)).toEqual(["XYScatter", "XYScatterLinesNoMarkers"]);
    const [scatter, line] = charts;
    expect(scatter.source).toEqual(column(ACCOUNTS, 4, 2, 3));
    const series = scatter.record.series as Record<string, unknown>;
    expect(series["getItemAt(0)"]).toMatchObject({
      calls: [
        { name: "setXAxisValues", args: [column(ACCOUNTS, 4, 1, 3)] },
        { name: "setValues", args: [column(ACCOUNTS, 4, 2, 3)] },
      ],
      name: "Margin %",
      markerStyle: "Circle",
      markerBackgroundColor: "#4472C4",
      markerForegroundColor: "#4472C4",
    });
    expect(series['add("Segment %")']).toMatchObject({
      calls: [
        { name: "setXAxisValues", args: [column(ACCOUNTS, 4, 1, 3)] },
        { name: "setValues", args: [column(ACCOUNTS, 4, 3, 3)] },
      ],
      name: "Segment %",
      markerStyle: "Circle",
      markerBackgroundColor: "#ED7D31",
      markerForegroundColor: "#ED7D31",
    });
    expect(scatter.record).toMatchObject({
      title: { text: "Margins" },
      legend: { visible: true, position: "Bottom" },
      axes: { categoryAxis: { title: { text: "Revenue" } } },
    });
    // Two series share the vertical axis: no axis title, the legend names them.
    expect(scatter.record.axes).not.toHaveProperty("valueAxis");

    expect(line.record).toMatchObject({
      title: { text: "Curve" },
      legend: { visible: false },
      axes: {
        valueAxis: { title: { text: "Margin %" } },
        categoryAxis: { title: { text: "Revenue" }, minimum: 0, maximum: 1000 },
      },
      series: { "getItemAt(0)": { format: { line: { color: "#4472C4" } } } },
    });
    // Four columns: charts from column F (index 5), the second 22 rows below the first.
    expect([scatter, line].map((chart) => chart.record.calls)).toEqual([
      [{ name: "setPosition", args: [{ sheet: ACCOUNTS, row: 3, col: 5, rows: 1, cols: 1 }] }],
      [{ name: "setPosition", args: [{ sheet: ACCOUNTS, row: 25, col: 5, rows: 1, cols: 1 }] }],
    ]);
  });

  test("a waterfall as stacked columns over a range of rows: the base unfilled and out of the legend, bars by role", async () => {
    const excel = await written();
    const [waterfall] = excel.workbook.sheet("Waterfall").charts;
    expect(waterfall.type).toBe("ColumnStacked");
    expect(waterfall.source).toEqual(column(STEPS, 4, 1, 3));
    const series = waterfall.record.series as Record<string, unknown>;
    const categories = { name: "setXAxisValues", args: [column(STEPS, 4, 0, 3)] };
    expect(series["getItemAt(0)"]).toMatchObject({
      calls: [categories, { name: "setValues", args: [column(STEPS, 4, 1, 3)] }],
      name: "Base",
      format: { fill: { calls: [{ name: "clear", args: [] }] }, line: { lineStyle: "None" } },
      gapWidth: 50,
      overlap: 100,
    });
    const bar = (col: number, color: string) => ({
      calls: [categories, { name: "setValues", args: [column(STEPS, 4, col, 3)] }],
      format: { fill: { calls: [{ name: "setSolidColor", args: [color] }] } },
    });
    expect(series['add("Total")']).toMatchObject(bar(2, "#4472C4"));
    expect(series['add("Decrease")']).toMatchObject(bar(3, "#C0504D"));
    expect(series['add("Decrease Below Zero")']).toMatchObject(bar(4, "#C0504D"));
    const legend = waterfall.record.legend as Record<string, unknown>;
    expect(legend).toMatchObject({ visible: true, position: "Bottom" });
    // Entry 0 is the base, entry 3 the second decrease column.
    expect(legend.legendEntries).toMatchObject({
      "getItemAt(0)": { visible: false },
      "getItemAt(3)": { visible: false },
    });
    expect(Object.keys(legend.legendEntries as object).filter((key) => /\(\d/.test(key))).toEqual([
      "getItemAt(0)",
      "getItemAt(3)",
    ]);
  });

  test("a failure while drawing the charts leaves the workbook as it was", async () => {
    const excel = new FakeExcel().install();
    excel.workbook.addSheet("Sales", [["Customer Id"]]);
    excel.faults.push({ kind: "charts.add", when: ({ sheet }) => sheet === STEPS });
    await expect(writeResultSheets([summary, accounts, steps], { stamp: "t" })).rejects.toThrow(
      "test fault at charts.add"
    );
    expect(excel.workbook.sheetNames()).toEqual(["Sales"]);
  });

  test("sheets without charts cost no extra sync", async () => {
    const plain = (description: SheetDescription): SheetDescription => ({
      ...description,
      charts: undefined,
    });
    const withCharts = await written();
    const excel = new FakeExcel().install();
    await writeResultSheets([summary, accounts, steps].map(plain), { stamp: "t" });
    expect(excel.syncs).toBe(withCharts.syncs - 1);
    expect(excel.workbook.sheets.every((sheet) => sheet.charts.length === 0)).toBe(true);
  });
});
