import { NO_LONGER_FLAGGED } from "../../../../src/core/report/lifecycle/action-columns";
import { actionsSheet } from "../../../../src/core/report/lifecycle/actions-sheet";
import type { ActionRecord } from "../../../../src/core/model/action-record";

const RECORD: ActionRecord = {
  agent: "Agent",
  key: "CustomerId=A",
  account: "A",
  name: "A Ltd",
  summary: "Fix A",
  description: "",
  assignee: null,
  dueDate: 45958,
  expectedRevenue: 6.25,
  expectedProfit: 5,
  marginAtDetection: 0.1,
  revenueAtDetection: 1000,
  detected: 45951,
  currentMargin: 0.12,
  currentRevenue: 1100,
  lastFlagged: 45951,
  flagged: false,
  runChange: "Kept",
  doneSeen: null,
  status: "Open",
  owner: "Bo",
  notes: null,
  extra: { Region: "North" },
};
const HAND_ADDED: ActionRecord = { ...RECORD, agent: "", key: "", flagged: false, extra: {} };

describe("the Actions sheet, from the work list and the counts the lifecycle gives it", () => {
  const sheet = actionsSheet(
    { records: [RECORD, HAND_ADDED], extraColumns: [{ header: "Region", isDate: false }] },
    {
      runLabel: "Run of 2025-10-21 09:00 (manual, UTC)",
      overdueRows: [1],
      open: 1,
      openExpectedRevenue: 1234.5,
      openExpectedProfit: -5,
    }
  );

  it("says the counts in its title and the open actions' expected impact in its notes", () => {
    expect(sheet.title).toBe("Actions: 1 open, 1 overdue");
    expect(sheet.notes?.[0]).toMatch(/^Run of 2025-10-21 09:00 \(manual, UTC\)\. Status, Owner/);
    expect(sheet.notes?.[1]).toBe(
      "Expected impact of open actions: revenue 1,234.50, profit -5.00."
    );
    expect(sheet.table.highlights).toEqual([{ kind: "rows", rows: [1], style: "bad" }]);
  });

  it("shows the engine's flags on agent rows only, blank text as blank, added columns last", () => {
    const [agentRow, handRow] = sheet.table.rows;
    expect([agentRow.Flagged, agentRow.RunChange, agentRow.Description]).toEqual([
      NO_LONGER_FLAGGED,
      "Kept",
      null,
    ]);
    expect([handRow.Flagged, handRow.RunChange]).toEqual([null, null]);
    expect(sheet.table.columns.slice(-3).map((c) => c.header)).toEqual(["Agent", "Key", "Region"]);
    expect(agentRow["extra:0"]).toBe("North");
  });

  it("draws no highlight when nothing is overdue", () => {
    const calm = actionsSheet(
      { records: [RECORD], extraColumns: [] },
      { runLabel: "Run", overdueRows: [], open: 1, openExpectedRevenue: 0, openExpectedProfit: 0 }
    );
    expect(calm.table.highlights).toEqual([]);
  });
});
