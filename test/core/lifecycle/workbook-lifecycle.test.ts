import type { AgentDocument } from "../../../src/core/model/document";
import { approve, DRAFT, submit } from "../../../src/core/lifecycle/approval";
import { documentHash } from "../../../src/core/lifecycle/document-hash";
import { lastCompletedRun } from "../../../src/core/lifecycle/run-log";
import { lifecycleSheets, withLifecycleSheets } from "../../../src/core/lifecycle/lifecycle-sheets";
import {
  recordFailedRun,
  recordRun,
  type RunContext,
} from "../../../src/core/lifecycle/record-run";
import {
  approvalOf,
  EMPTY_LIFECYCLE,
  readLifecycle,
  type WorkbookLifecycle,
} from "../../../src/core/lifecycle/workbook-lifecycle";
import { serialFromYmd } from "../../../src/core/model/excel-date";
import { buildResultSheets } from "../../../src/core/report/result-sheets";
import type { SheetDescription } from "../../../src/core/model/sheet";
import type { CellValue } from "../../../src/core/model/cells";
import { accountLine, KEY_AND_TAIL, resultOf } from "../../helpers/accounts";
import { presetDocument } from "../../helpers/agent";
import type { Line } from "../../helpers/table";
import { addColumn, editCell, sheetCells } from "./sheet-cells";

const ZONE = "Europe/Berlin";
// Key averages 400 / 2,000 = 20%: A (10%) is 10 points under it; C alone in Tail has a negative margin.
const BEFORE = KEY_AND_TAIL;
// A raised its margin to 20% (Key: 500 / 2,000 = 25%, A still 5 points under: still flagged).
const AFTER = [
  accountLine("A", "Key", 1000, 200),
  accountLine("B", "Key", 1000, 300),
  accountLine("C", "Tail", 500, -50),
];

function doc(): AgentDocument {
  const d = presetDocument("2025-10-21");
  return {
    ...d,
    action: { ...d.action, assignee: "ann@example.com" },
    schedule: { start: "2025-10-21T09:00", period: "week", interval: 1 },
  };
}

function run(previous: WorkbookLifecycle, lines: readonly Line[], at: Date, agent = doc()) {
  const result = resultOf(lines, agent, at);
  const context: RunContext = { doc: agent, at, trigger: "schedule", timeZone: ZONE };
  const recorded = recordRun(previous, result, context);
  const sheets = lifecycleSheets(recorded.lifecycle, context);
  return {
    result,
    recorded,
    sheets,
    all: withLifecycleSheets(buildResultSheets(result, agent), sheets),
  };
}

const sheet = (sheets: readonly SheetDescription[], name: string) =>
  sheets.find((s) => s.name === name)!;
const day = (y: number, m: number, d: number) => serialFromYmd(y, m, d);

/** What the host reads back: the cells of the three sheets it keeps. */
function cellsOf(sheets: readonly SheetDescription[]) {
  return {
    actions: sheetCells(sheet(sheets, "Actions")),
    runLog: sheetCells(sheet(sheets, "Run Log")),
    agentStatus: sheetCells(sheet(sheets, "Agent Status")),
  };
}

describe("a team working the action list across runs", () => {
  const first = run(EMPTY_LIFECYCLE, BEFORE, new Date("2025-10-21T07:00:00Z"));

  it("creates an action per flagged account with expected impact and due date on the first run", () => {
    const actions = sheet(first.sheets, "Actions");
    expect(first.recorded.changes.created).toEqual(["CustomerId=A", "CustomerId=C"]);
    expect(
      actions.table.rows.map((r) => [r.Account, r.Name, r.Status, r.DueDate, r.MarginAtDetection])
    ).toEqual([
      ["A", "A Ltd", "Open", day(2025, 10, 28), 0.1],
      ["C", "C Ltd", "Open", day(2025, 10, 28), -0.1],
    ]);
    // A: uplift (0.15 - 0.10) x 1,000 / 4 = 12.50; revenue 50% = 6.25, profit 40% = 5.00 (C: no uplift).
    const [a, c] = actions.table.rows;
    expect(a.ExpectedRevenue).toBeCloseTo(6.25, 9);
    expect(a.ExpectedProfit).toBeCloseTo(5, 9);
    expect([c.ExpectedRevenue, c.ExpectedProfit]).toEqual([0, 0]);
    expect(actions.notes![1]).toBe("Expected impact of open actions: revenue 6.25, profit 5.00.");
    expect(actions.title).toBe("Actions: 2 open, 0 overdue");
    expect(first.recorded.added.map((r) => r.assignee)).toEqual([
      "ann@example.com",
      "ann@example.com",
    ]);
    expect(first.all.map((s) => s.name)).toEqual([
      "Summary",
      "Flagged Accounts",
      "Impact",
      "Actions",
      "Impact Tracking",
      "Join Series",
      "Revenue and Margin by Customer",
      "Avg Margin by Customer Segment",
      "Data Quality",
      "Run Log",
      "Agent Status",
    ]);
  });

  it("keeps what users typed through two re-runs, and shows what each run kept, reopened, re-created and realized", () => {
    // The team works the list: A done, C postponed to Nov 15, a Region column added.
    const cells = cellsOf(first.sheets);
    editCell(cells.actions, "CustomerId=A", "Status", "Done");
    editCell(cells.actions, "CustomerId=A", "Owner", "Bo");
    editCell(cells.actions, "CustomerId=A", "Notes", "New price list sent");
    editCell(cells.actions, "CustomerId=C", "Status", "Postponed");
    editCell(cells.actions, "CustomerId=C", "Due Date", day(2025, 11, 15));
    editCell(cells.actions, "CustomerId=C", "Notes", "After the budget round");
    addColumn(cells.actions, "Region", { "CustomerId=A": "North", "CustomerId=C": "South" });

    // A week later: A is Done (not back: its due date Oct 28 + 1 week has not passed), C stays postponed.
    const second = run(
      readLifecycle(cells, ZONE).lifecycle,
      AFTER,
      new Date("2025-10-28T08:00:00Z")
    );
    expect(second.recorded.changes).toEqual({
      created: [],
      recreated: [],
      reopened: [],
      kept: ["CustomerId=C"],
      noLongerFlagged: [],
    });
    const rows2 = sheet(second.sheets, "Actions").table.rows;
    expect(
      rows2.map((r) => [r.Account, r.Status, r.Owner, r.Notes, r.RunChange, r.DoneSeen])
    ).toEqual([
      ["A", "Done", "Bo", "New price list sent", "Unchanged", day(2025, 10, 28)],
      ["C", "Postponed", null, "After the budget round", "Kept", null],
    ]);
    expect(sheet(second.sheets, "Actions").table.columns.at(-1)!.header).toBe("Region");
    expect(rows2.map((r) => r["extra:0"])).toEqual(["North", "South"]);

    // Realized for A: (0.20 - 0.10) x 1,000 / 4 = 25.00 per quarter.
    const tracking = sheet(second.sheets, "Impact Tracking");
    expect(tracking.table.rows).toHaveLength(1);
    expect(tracking.table.rows[0].Account).toBe("A");
    expect(tracking.table.rows[0].MarginChange).toBeCloseTo(0.1, 12);
    expect(tracking.table.rows[0].RealizedProfit).toBeCloseTo(25, 9);
    expect(tracking.table.totals!.ExpectedProfit).toBeCloseTo(5, 9);
    expect(tracking.blocks![0].rows.map((r) => [r.Status, r.Actions])).toEqual([
      ["Open", 0],
      ["Done", 1],
      ["Blocked", 0],
      ["Rejected", 0],
      ["Postponed", 1],
    ]);
    expect(second.recorded.entry.realizedProfit).toBeCloseTo(25, 9);

    // Nov 20: C's postponement has passed (reopened), and A is flagged more than a week after its due date (re-created).
    const third = run(
      readLifecycle(cellsOf(second.sheets), ZONE).lifecycle,
      AFTER,
      new Date("2025-11-20T08:00:00Z")
    );
    expect(third.recorded.changes).toMatchObject({
      recreated: ["CustomerId=A"],
      reopened: ["CustomerId=C"],
    });
    const rows3 = sheet(third.sheets, "Actions").table.rows;
    expect(
      rows3.map((r) => [
        r.Account,
        r.Status,
        r.Owner,
        r.Notes,
        r.RunChange,
        r["extra:0"],
        r.DueDate,
      ])
    ).toEqual([
      ["A", "Done", "Bo", "New price list sent", "Unchanged", "North", day(2025, 10, 28)],
      ["C", "Open", null, "After the budget round", "Reopened", "South", day(2025, 11, 15)],
      ["A", "Open", "Bo", null, "Re-created", null, day(2025, 11, 27)],
    ]);
    // C is open and its (postponed) due date has passed: highlighted as overdue.
    expect(sheet(third.sheets, "Actions").table.highlights).toEqual([
      { kind: "rows", rows: [1], style: "bad" },
    ]);
    expect(
      third.recorded.lifecycle.runLog.map((e) => [
        e.trigger,
        e.created,
        e.recreated,
        e.reopened,
        e.kept,
      ])
    ).toEqual([
      ["schedule", 2, 0, 0, 0],
      ["schedule", 0, 0, 0, 1],
      ["schedule", 0, 1, 1, 0],
    ]);
  });

  it("keeps an account that is no longer flagged, marked as such", () => {
    const healthy = [
      accountLine("A", "Key", 1000, 200),
      accountLine("B", "Key", 1000, 200),
      accountLine("C", "Tail", 500, 50),
    ];
    const second = run(
      readLifecycle(cellsOf(first.sheets), ZONE).lifecycle,
      healthy,
      new Date("2025-10-28T08:00:00Z")
    );
    expect(
      sheet(second.sheets, "Actions").table.rows.map((r) => [
        r.Account,
        r.Flagged,
        r.Status,
        r.LastFlagged,
      ])
    ).toEqual([
      ["A", "No longer flagged", "Open", day(2025, 10, 21)],
      ["C", "No longer flagged", "Open", day(2025, 10, 21)],
    ]);
    expect(second.recorded.changes.noLongerFlagged).toEqual(["CustomerId=A", "CustomerId=C"]);
  });
});

describe("the run log and approval kept in the workbook", () => {
  it("reads the run log back to the exact instant and logs failures without touching the actions", () => {
    const first = run(EMPTY_LIFECYCLE, BEFORE, new Date("2025-10-21T07:00:12.345Z"));
    const read = readLifecycle(cellsOf(first.sheets), ZONE).lifecycle;
    expect(lastCompletedRun(read.runLog, doc().name)).toEqual(new Date("2025-10-21T07:00:12.345Z"));
    const failed = recordFailedRun(read, "Sheet 'Sales' was not found.", {
      doc: doc(),
      at: new Date("2025-10-28T07:00:00Z"),
      trigger: "catch-up",
      timeZone: ZONE,
    });
    expect(failed.actions).toBe(read.actions);
    expect(failed.runLog.map((e) => [e.outcome, e.trigger, e.message])).toEqual([
      [
        "Completed",
        "schedule",
        "2 flagged; actions: 2 created, 0 re-created, 0 reopened, 0 kept, 0 no longer flagged.",
      ],
      ["Failed", "catch-up", "Sheet 'Sales' was not found."],
    ]);
    expect(lastCompletedRun(failed.runLog, doc().name)).toEqual(
      new Date("2025-10-21T07:00:12.345Z")
    );
    const log = lifecycleSheets(failed, {
      doc: doc(),
      at: new Date("2025-10-28T07:00:00Z"),
      trigger: "catch-up",
      timeZone: ZONE,
    }).find((s) => s.name === "Run Log")!;
    expect(log.table.highlights).toEqual([{ kind: "rows", rows: [1], style: "bad" }]);
    // 07:00:12 UTC is 09:00:12 in Berlin (CEST); the sheet shows whole seconds, the UTC column the exact instant.
    expect(log.table.rows[0].Time).toBeCloseTo(day(2025, 10, 21) + (9 * 3600 + 12) / 86400, 9);
    expect(log.table.rows[0].UTC).toBe("2025-10-21T07:00:12.345Z");
  });

  it("keeps the approval history, with the submitter's zone, and goes back to Draft when a run sees a changed definition", () => {
    const agent = doc();
    const active = approve(
      submit(DRAFT, documentHash(agent), { by: "Ann", at: new Date("2025-10-20T08:00:00Z") }, ZONE),
      { by: "Bo", at: new Date("2025-10-20T09:00:00Z") }
    );
    const withApproval: WorkbookLifecycle = { ...EMPTY_LIFECYCLE, approvalHistory: active.history };
    const first = run(withApproval, BEFORE, new Date("2025-10-21T07:00:00Z"), agent);
    const status = sheet(first.sheets, "Agent Status");
    expect(status.title).toBe("Unprofitable Account Agent: Active");
    expect(status.notes![0]).toBe(
      "Submitted by Ann on 2025-10-20 10:00, approved by Bo on 2025-10-20 11:00: runs on its schedule."
    );
    expect(status.notes![1]).toBe(
      "Schedule: every week from 2025-10-21 09:00 (Europe/Berlin); next runs: 2025-10-28 09:00, 2025-11-04 09:00, 2025-11-11 09:00."
    );

    const read = readLifecycle(cellsOf(first.sheets), "UTC");
    expect(read.timeZone).toBe(ZONE);
    expect(approvalOf(read.lifecycle)).toEqual(active);

    const changed = { ...agent, action: { ...agent.action, topK: 5 } };
    const second = run(read.lifecycle, BEFORE, new Date("2025-10-28T07:00:00Z"), changed);
    expect(approvalOf(second.recorded.lifecycle).status).toBe("Draft");
    expect(
      sheet(second.sheets, "Agent Status").table.rows.map((r) => [r.Action, r.StatusAfter])
    ).toEqual([
      ["Submitted", "Submitted"],
      ["Approved", "Active"],
      ["Definition changed", "Draft"],
    ]);
  });

  it("refuses to take over a sheet named Actions that is not the agent's", () => {
    const cells: CellValue[][] = [["My own list"], ["Task", "Who"], ["Call bank", "Ann"]];
    expect(() => readLifecycle({ actions: cells }, ZONE)).toThrow(
      "Sheet 'Actions' has no header row with 'Agent' and 'Key', so it is not the agent's"
    );
  });
});
