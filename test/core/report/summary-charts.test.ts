import { joinCharts } from "../../../src/core/report/join-charts";
import { withSummaryCharts } from "../../../src/core/report/summary-charts";
import type { SheetDescription } from "../../../src/core/model/sheet";

const sheet = (
  name: string,
  table: string,
  columns: SheetDescription["table"]["columns"],
  rows: number
): SheetDescription => ({
  name,
  title: name,
  table: {
    name: table,
    columns,
    rows: Array.from({ length: rows }, (_, index) => ({ [columns[0].key]: `row ${index}` })),
  },
});

describe("withSummaryCharts", () => {
  const summary = sheet(
    "Summary",
    "AgentSummary",
    [{ key: "Item", header: "Item", format: "text" }],
    3
  );
  const flagged = sheet(
    "Flagged Accounts",
    "FlaggedAccounts",
    [
      { key: "Priority", header: "Priority", format: "integer" },
      { key: "CustomerName", header: "Customer Name", format: "text" },
      {
        key: "ExpectedQuarterRevenueUplift",
        header: "Expected Quarter Revenue Uplift (50%)",
        format: "money",
      },
    ],
    14
  );
  const join = sheet(
    "Join Series",
    "JoinSeries",
    [
      { key: "CustomerId", header: "Customer Id", format: "text" },
      { key: "CurrentMarginPct", header: "Current Margin %", format: "percent" },
      { key: "AnnualRevenue", header: "Annual Revenue", format: "money" },
    ],
    30
  );

  it("puts a top-10 bar of the flagged accounts on the first sheet, and nothing else", () => {
    const sheets = withSummaryCharts([summary, flagged, join]);
    expect(sheets[0].charts).toEqual([
      {
        kind: "bar",
        table: "FlaggedAccounts",
        title: "Top 10 flagged accounts: Expected Quarter Revenue Uplift (50%)",
        category: "CustomerName",
        value: "ExpectedQuarterRevenueUplift",
        topN: 10,
      },
    ]);
    expect(sheets.slice(1).every((described) => described.charts === undefined)).toBe(true);
  });

  it("adds no chart over an empty flagged table, or one without a money column", () => {
    const noFlagged = { ...flagged, table: { ...flagged.table, rows: [] } };
    expect(withSummaryCharts([summary, noFlagged, join])[0].charts).toBeUndefined();
    const noMoney = {
      ...flagged,
      table: {
        ...flagged.table,
        columns: flagged.table.columns.filter((column) => column.format !== "money"),
      },
    };
    expect(withSummaryCharts([summary, noMoney, join])[0].charts).toBeUndefined();
  });
});

describe("joinCharts", () => {
  const columns = [
    { key: "CustomerId", header: "Customer Id", format: "text" },
    { key: "MarginVariance", header: "Margin Variance", format: "percent" },
    { key: "CurrentMarginPct", header: "Current Margin %", format: "percent" },
    { key: "AnnualRevenue", header: "Annual Revenue", format: "money" },
    { key: "SegmentAvgMarginPct", header: "Segment Average Margin %", format: "percent" },
  ] as const;
  const table = (keep: readonly string[], rows = 3) => ({
    name: "JoinSeries",
    columns: columns.filter((column) => keep.includes(column.key)),
    rows: Array.from({ length: rows }, () => ({})),
  });

  it("draws each account's margin and its segment's benchmark against annual revenue", () => {
    expect(joinCharts(table(columns.map((column) => column.key)))).toEqual([
      {
        kind: "scatter",
        title:
          "Current Margin % and Segment Average Margin % against Annual Revenue, every account",
        x: "AnnualRevenue",
        y: ["CurrentMarginPct", "SegmentAvgMarginPct"],
      },
    ]);
  });

  it("falls back to the first money and percent columns, without a benchmark series", () => {
    expect(joinCharts(table(["CustomerId", "MarginVariance", "AnnualRevenue"]))).toEqual([
      {
        kind: "scatter",
        title: "Margin Variance against Annual Revenue, every account",
        x: "AnnualRevenue",
        y: "MarginVariance",
      },
    ]);
  });

  it("draws nothing over an empty join or one without a percent column", () => {
    expect(
      joinCharts(
        table(
          columns.map((column) => column.key),
          0
        )
      )
    ).toEqual([]);
    expect(joinCharts(table(["CustomerId", "AnnualRevenue"]))).toEqual([]);
  });
});
