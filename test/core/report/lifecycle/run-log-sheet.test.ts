import { runLogSheet } from "../../../../src/core/report/lifecycle/run-log-sheet";
import type { RunLogEntry } from "../../../../src/core/model/run-log-entry";

const COMPLETED: RunLogEntry = {
  at: "2025-10-21T07:00:00.000Z",
  agent: "Agent",
  trigger: "catch-up",
  scheduledFor: "2025-10-21T07:00:00.000Z",
  rowsRead: 5011,
  accounts: 120,
  flagged: 29,
  created: 20,
  recreated: 1,
  reopened: 2,
  kept: 3,
  expectedRevenue: 12448.64,
  expectedProfit: 9958.92,
  realizedProfit: null,
  outcome: "Completed",
  message: "29 flagged",
};
const FAILED: RunLogEntry = {
  ...COMPLETED,
  at: "2025-10-22T07:00:00.000Z",
  trigger: "manual",
  scheduledFor: null,
  rowsRead: null,
  outcome: "Failed",
  message: "No sheet 'Transactions'",
};

describe("the Run Log sheet", () => {
  const sheet = runLogSheet(
    [
      { entry: COMPLETED, time: 45951.375, scheduledFor: 45951.375 },
      { entry: FAILED, time: 45952.375, scheduledFor: null },
    ],
    "Europe/Berlin"
  );

  it("one row per run, times as the wall-clock serials given, the exact instant as text", () => {
    expect(sheet.title).toBe("Run log: 2 runs");
    expect(sheet.notes).toEqual([
      "Times in Europe/Berlin. Every run is recorded, oldest first; failed runs are highlighted.",
    ]);
    expect(sheet.table.rows[0]).toEqual({
      Time: 45951.375,
      Trigger: "catch-up",
      ScheduledFor: 45951.375,
      RowsRead: 5011,
      Accounts: 120,
      Flagged: 29,
      Created: 20,
      Recreated: 1,
      Reopened: 2,
      Kept: 3,
      ExpectedRevenue: 12448.64,
      ExpectedProfit: 9958.92,
      RealizedProfit: null,
      Outcome: "Completed",
      Message: "29 flagged",
      Agent: "Agent",
      UTC: "2025-10-21T07:00:00.000Z",
    });
    expect(sheet.table.rows[1]).toMatchObject({
      ScheduledFor: null,
      RowsRead: null,
      Outcome: "Failed",
    });
  });

  it("highlights failed runs", () => {
    expect(sheet.table.highlights).toEqual([{ kind: "rows", rows: [1], style: "bad" }]);
    expect(runLogSheet([], "UTC").table.highlights).toEqual([]);
  });
});
