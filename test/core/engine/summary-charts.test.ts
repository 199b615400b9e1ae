import { withSummaryCharts } from "../../../src/core/sheets/summary-charts";
import { unprofitableAccountAgent } from "../../../src/core/agent/preset";
import type { SheetDescription } from "../../../src/core/sheets/sheet";

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

  it("puts a top-10 bar of the flagged accounts and a margin scatter of the join on the first sheet", () => {
    const sheets = withSummaryCharts([summary, flagged, join], unprofitableAccountAgent());
    expect(sheets[0].charts).toEqual([
      {
        kind: "bar",
        table: "FlaggedAccounts",
        title: "Top 10 flagged accounts: Expected Quarter Revenue Uplift (50%)",
        category: "CustomerName",
        value: "ExpectedQuarterRevenueUplift",
        topN: 10,
      },
      {
        kind: "scatter",
        table: "JoinSeries",
        title: "Current Margin % against Annual Revenue, every account",
        x: "AnnualRevenue",
        y: "CurrentMarginPct",
      },
    ]);
    expect(sheets.slice(1).every((described) => described.charts === undefined)).toBe(true);
  });

  it("adds no chart over an empty flagged table and none when the join lacks a percent column", () => {
    const noFlagged = { ...flagged, table: { ...flagged.table, rows: [] } };
    const joinWithoutPercent = {
      ...join,
      table: {
        ...join.table,
        columns: join.table.columns.filter((column) => column.format !== "percent"),
      },
    };
    const sheets = withSummaryCharts(
      [summary, noFlagged, joinWithoutPercent],
      unprofitableAccountAgent()
    );
    expect(sheets[0].charts).toBeUndefined();
  });
});
