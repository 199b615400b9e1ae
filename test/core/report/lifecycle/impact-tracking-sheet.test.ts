import { impactTrackingSheet } from "../../../../src/core/report/lifecycle/impact-tracking-sheet";
import type { ActionRecord } from "../../../../src/core/model/action-record";

const done = (
  account: string,
  expectedProfit: number | null,
  expectedRevenue: number | null
): ActionRecord => ({
  agent: "Agent",
  key: `CustomerId=${account}`,
  account,
  name: null,
  summary: null,
  description: null,
  assignee: null,
  dueDate: null,
  expectedRevenue,
  expectedProfit,
  marginAtDetection: 0.1,
  revenueAtDetection: 1000,
  detected: null,
  currentMargin: 0.2,
  currentRevenue: 1100,
  lastFlagged: null,
  flagged: false,
  runChange: "Unchanged",
  doneSeen: null,
  status: "Done",
  owner: null,
  notes: null,
  extra: {},
});

describe("the Impact Tracking sheet", () => {
  const sheet = impactTrackingSheet({
    done: [
      { record: done("A", 20, 25), marginChange: 0.1, profitChange: 27.5 },
      { record: done("C", 10.1, null), marginChange: null, profitChange: null },
    ],
    byStatus: [{ status: "Open", actions: 3, expectedRevenue: 300.3, expectedProfit: 120.15 }],
  });

  it("totals what the done actions realized against what was expected of them", () => {
    expect(sheet.title).toBe(
      "Realized impact of 2 done actions: 27.50 profit per quarter (expected 30.10)"
    );
    expect(sheet.table.totals).toEqual({
      Account: "Total",
      RealizedProfit: 27.5,
      ExpectedProfit: 30.1,
      ExpectedRevenue: 25,
    });
    expect(sheet.table.rows.map((r) => [r.Account, r.MarginChange, r.RealizedProfit])).toEqual([
      ["A", 0.1, 27.5],
      ["C", null, null],
    ]);
  });

  it("lists the work by status below", () => {
    expect(sheet.blocks?.[0].rows).toEqual([
      { Status: "Open", Actions: 3, ExpectedRevenue: 300.3, ExpectedProfit: 120.15 },
    ]);
    const one = impactTrackingSheet({ done: [], byStatus: [] });
    expect(one.title).toBe(
      "Realized impact of 0 done actions: 0.00 profit per quarter (expected 0.00)"
    );
  });
});
