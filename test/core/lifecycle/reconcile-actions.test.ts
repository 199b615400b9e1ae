import type { ScheduleDefinition } from "../../../src/core/model/document";
import { serialFromYmd } from "../../../src/core/model/excel-date";
import type { ActionRecord, ActionTable } from "../../../src/core/model/action-record";
import type { AccountSnapshot, PlannedAction } from "../../../src/core/lifecycle/planned-actions";
import { realizedImpact } from "../../../src/core/lifecycle/realized-impact";
import {
  reconcileActions,
  type ReconcileContext,
} from "../../../src/core/lifecycle/reconcile-actions";

const AGENT = "Unprofitable Account Agent";
const WEEKLY: ScheduleDefinition = { start: "2025-01-06T09:00", period: "week", interval: 1 };
const day = (y: number, m: number, d: number) => serialFromYmd(y, m, d);

function plan(account: string, overrides: Partial<PlannedAction> = {}): PlannedAction {
  return {
    key: `CustomerId=${account}`,
    account,
    name: `${account} Ltd`,
    summary: `Fix ${account}`,
    description: `Review pricing of ${account}`,
    assignee: "ann@example.com",
    dueDate: day(2025, 1, 13),
    expectedRevenue: 100,
    expectedProfit: 80,
    ...overrides,
  };
}

function context(
  runDate: number,
  snapshots: Record<string, AccountSnapshot> = {},
  schedule = WEEKLY
): ReconcileContext {
  return { agent: AGENT, schedule, runDate, snapshot: (key) => snapshots[key] };
}

const table = (records: ActionRecord[]): ActionTable => ({
  records,
  extraColumns: [{ header: "Region", isDate: false }],
});

/** The table after a first run on 2025-01-06 that created actions for the accounts. */
function firstRun(...accounts: string[]): ActionRecord[] {
  return [
    ...reconcileActions(
      table([]),
      accounts.map((a) => plan(a)),
      context(day(2025, 1, 6))
    ).table.records,
  ];
}

function withStatus(
  records: ActionRecord[],
  key: string,
  changes: Partial<ActionRecord>
): ActionRecord[] {
  return records.map((r) => (r.key === key ? { ...r, ...changes } : r));
}

describe("reconcileActions: creating", () => {
  it("creates one Open action per planned group, with its impact, margin and date at detection", () => {
    const {
      table: result,
      changes,
      added,
    } = reconcileActions(
      table([]),
      [plan("CID-1"), plan("CID-2")],
      context(day(2025, 1, 6), {
        "CustomerId=CID-1": { margin: 0.1, annualRevenue: 1000 },
      })
    );
    expect(changes.created).toEqual(["CustomerId=CID-1", "CustomerId=CID-2"]);
    expect(added).toHaveLength(2);
    expect(result.records[0]).toEqual({
      agent: AGENT,
      key: "CustomerId=CID-1",
      account: "CID-1",
      name: "CID-1 Ltd",
      summary: "Fix CID-1",
      description: "Review pricing of CID-1",
      assignee: "ann@example.com",
      dueDate: day(2025, 1, 13),
      expectedRevenue: 100,
      expectedProfit: 80,
      marginAtDetection: 0.1,
      revenueAtDetection: 1000,
      detected: day(2025, 1, 6),
      currentMargin: 0.1,
      currentRevenue: 1000,
      lastFlagged: day(2025, 1, 6),
      flagged: true,
      runChange: "Created",
      doneSeen: null,
      status: "Open",
      owner: null,
      notes: null,
      extra: {},
    });
    expect(result.records[1].marginAtDetection).toBeNull();
    expect(result.extraColumns).toEqual([{ header: "Region", isDate: false }]);
  });
});

describe("reconcileActions: the SPEC's re-creation rule for each status", () => {
  const run2 = day(2025, 1, 13);

  it.each(["Open", "Blocked", "Postponed"])(
    "does not re-create a %s action whose account is flagged again: kept, one row",
    (status) => {
      const before = withStatus(firstRun("CID-1"), "CustomerId=CID-1", {
        status,
        dueDate: day(2025, 2, 1),
        notes: "called them",
      });
      const { table: after, changes } = reconcileActions(
        table(before),
        [plan("CID-1", { summary: "New text" })],
        context(run2)
      );
      expect(after.records).toHaveLength(1);
      expect(after.records[0]).toMatchObject({
        status,
        runChange: "Kept",
        summary: "Fix CID-1",
        notes: "called them",
        lastFlagged: run2,
        dueDate: day(2025, 2, 1),
      });
      expect(changes.kept).toEqual(["CustomerId=CID-1"]);
      expect(changes.created).toEqual([]);
    }
  );

  it("does not re-create a Rejected action, ever", () => {
    const before = withStatus(firstRun("CID-1"), "CustomerId=CID-1", { status: "Rejected" });
    const { table: after, changes } = reconcileActions(
      table(before),
      [plan("CID-1")],
      context(day(2026, 6, 1))
    );
    expect(after.records).toHaveLength(1);
    expect(after.records[0]).toMatchObject({
      status: "Rejected",
      runChange: "Unchanged",
      flagged: true,
    });
    expect(changes).toEqual({
      created: [],
      recreated: [],
      reopened: [],
      kept: [],
      noLongerFlagged: [],
    });
  });

  it("reopens a Postponed action once its due date has passed (not on the due date itself), keeping notes and owner", () => {
    const before = withStatus(firstRun("CID-1"), "CustomerId=CID-1", {
      status: "Postponed",
      dueDate: day(2025, 1, 20),
      owner: "Bo",
      notes: "after budget",
    });
    const onDueDate = reconcileActions(table(before), [plan("CID-1")], context(day(2025, 1, 20)));
    expect(onDueDate.table.records[0]).toMatchObject({ status: "Postponed", runChange: "Kept" });
    const dayAfter = reconcileActions(table(before), [plan("CID-1")], context(day(2025, 1, 21)));
    expect(dayAfter.table.records).toHaveLength(1);
    expect(dayAfter.table.records[0]).toMatchObject({
      status: "Open",
      runChange: "Reopened",
      owner: "Bo",
      notes: "after budget",
      dueDate: day(2025, 1, 20),
    });
    expect(dayAfter.changes.reopened).toEqual(["CustomerId=CID-1"]);
  });

  it("reopens a Postponed action past its due date even when the account is no longer flagged (SPEC), and says so", () => {
    const before = withStatus(firstRun("CID-1"), "CustomerId=CID-1", {
      status: "postponed",
      dueDate: day(2025, 1, 10),
    });
    const { table: after, changes } = reconcileActions(
      table(before),
      [],
      context(day(2025, 1, 13))
    );
    expect(after.records[0]).toMatchObject({
      status: "Open",
      runChange: "Reopened",
      flagged: false,
    });
    expect(changes.noLongerFlagged).toEqual(["CustomerId=CID-1"]);
  });

  it("keeps a Postponed action whose due date is text a user typed", () => {
    const before = withStatus(firstRun("CID-1"), "CustomerId=CID-1", {
      status: "Postponed",
      dueDate: "after the audit",
    });
    const { table: after } = reconcileActions(
      table(before),
      [plan("CID-1")],
      context(day(2026, 1, 1))
    );
    expect(after.records[0]).toMatchObject({ status: "Postponed", dueDate: "after the audit" });
  });

  it("brings a Done action back only once more than one schedule period has passed since its due date", () => {
    // Due 2025-01-13, weekly: one period after is 2025-01-20; it comes back from 2025-01-21.
    const before = withStatus(firstRun("CID-1"), "CustomerId=CID-1", {
      status: "Done",
      owner: "Bo",
      notes: "new price list sent",
    });
    const atPeriod = reconcileActions(table(before), [plan("CID-1")], context(day(2025, 1, 20)));
    expect(atPeriod.table.records).toHaveLength(1);
    expect(atPeriod.table.records[0]).toMatchObject({
      status: "Done",
      runChange: "Unchanged",
      doneSeen: day(2025, 1, 20),
    });

    const after = reconcileActions(
      table(before),
      [plan("CID-1", { dueDate: day(2025, 1, 28) })],
      context(day(2025, 1, 21))
    );
    expect(after.changes.recreated).toEqual(["CustomerId=CID-1"]);
    expect(after.table.records).toHaveLength(2);
    expect(after.table.records[0]).toMatchObject({
      status: "Done",
      notes: "new price list sent",
      runChange: "Unchanged",
    });
    expect(after.table.records[1]).toMatchObject({
      status: "Open",
      runChange: "Re-created",
      owner: "Bo",
      notes: null,
      detected: day(2025, 1, 21),
      dueDate: day(2025, 1, 28),
    });
    expect(after.added).toEqual([after.table.records[1]]);
  });

  it("measures the Done period in months like EDATE (due Jan 31, monthly: back from Mar 1, not on Feb 28)", () => {
    const monthly: ScheduleDefinition = { start: "2025-01-01T09:00", period: "month", interval: 1 };
    const before = withStatus(firstRun("CID-1"), "CustomerId=CID-1", {
      status: "Done",
      dueDate: day(2025, 1, 31),
    });
    expect(
      reconcileActions(table(before), [plan("CID-1")], context(day(2025, 2, 28), {}, monthly))
        .changes.recreated
    ).toEqual([]);
    expect(
      reconcileActions(table(before), [plan("CID-1")], context(day(2025, 3, 1), {}, monthly))
        .changes.recreated
    ).toEqual(["CustomerId=CID-1"]);
  });

  it("uses one period of the unit for a one-off schedule (interval 0)", () => {
    const once: ScheduleDefinition = { start: "2025-01-06T09:00", period: "day", interval: 0 };
    const before = withStatus(firstRun("CID-1"), "CustomerId=CID-1", { status: "Done" });
    expect(
      reconcileActions(table(before), [plan("CID-1")], context(day(2025, 1, 14), {}, once)).changes
        .recreated
    ).toEqual([]);
    expect(
      reconcileActions(table(before), [plan("CID-1")], context(day(2025, 1, 15), {}, once)).changes
        .recreated
    ).toEqual(["CustomerId=CID-1"]);
  });

  it("does not bring a Done action back while its account is not flagged", () => {
    const before = withStatus(firstRun("CID-1"), "CustomerId=CID-1", { status: "Done" });
    const { table: after } = reconcileActions(table(before), [], context(day(2026, 1, 1)));
    expect(after.records).toHaveLength(1);
    expect(after.records[0]).toMatchObject({ status: "Done", flagged: false });
  });

  it("matches the re-created row on later runs and leaves the Done row as history", () => {
    const before = withStatus(firstRun("CID-1"), "CustomerId=CID-1", { status: "Done" });
    const second = reconcileActions(table(before), [plan("CID-1")], context(day(2025, 2, 1))).table;
    const third = reconcileActions(second, [plan("CID-1")], context(day(2025, 2, 8)));
    expect(third.table.records.map((r) => [r.status, r.runChange])).toEqual([
      ["Done", "Unchanged"],
      ["Open", "Kept"],
    ]);
    expect(third.changes.kept).toEqual(["CustomerId=CID-1"]);
  });

  it("treats a status typed otherwise (In progress) like an open one: kept as typed, not re-created", () => {
    const before = withStatus(firstRun("CID-1"), "CustomerId=CID-1", { status: "In progress" });
    const { table: after } = reconcileActions(
      table(before),
      [plan("CID-1")],
      context(day(2025, 3, 1))
    );
    expect(after.records).toHaveLength(1);
    expect(after.records[0].status).toBe("In progress");
  });

  it("writes Open into a status a user cleared", () => {
    const before = withStatus(firstRun("CID-1"), "CustomerId=CID-1", { status: "  " });
    expect(
      reconcileActions(table(before), [plan("CID-1")], context(day(2025, 1, 13))).table.records[0]
        .status
    ).toBe("Open");
  });
});

describe("reconcileActions: nothing is lost", () => {
  it("keeps the row of an account no longer flagged, marked, with its last flagged date", () => {
    const before = firstRun("CID-1", "CID-2");
    const { table: after, changes } = reconcileActions(
      table(before),
      [plan("CID-1")],
      context(day(2025, 1, 13))
    );
    expect(after.records).toHaveLength(2);
    expect(after.records[1]).toMatchObject({
      key: "CustomerId=CID-2",
      flagged: false,
      lastFlagged: day(2025, 1, 6),
      status: "Open",
      runChange: "Unchanged",
    });
    expect(changes.noLongerFlagged).toEqual(["CustomerId=CID-2"]);
  });

  it("keeps every user column, added columns included, through two re-runs", () => {
    const edited = withStatus(firstRun("CID-1", "CID-2"), "CustomerId=CID-1", {
      status: "Blocked",
      owner: "Bo",
      notes: "waiting for contract",
      summary: "Renegotiate rebate",
      assignee: "cy@example.com",
      dueDate: day(2025, 3, 1),
      extra: { Region: "North" },
    });
    const second = reconcileActions(
      table(edited),
      [plan("CID-1"), plan("CID-2")],
      context(day(2025, 1, 13))
    ).table;
    const third = reconcileActions(second, [plan("CID-2")], context(day(2025, 1, 20))).table;
    expect(third.records[0]).toMatchObject({
      status: "Blocked",
      owner: "Bo",
      notes: "waiting for contract",
      summary: "Renegotiate rebate",
      assignee: "cy@example.com",
      dueDate: day(2025, 3, 1),
      extra: { Region: "North" },
      flagged: false,
    });
    expect(third.extraColumns).toEqual([{ header: "Region", isDate: false }]);
  });

  it("leaves rows of another agent and rows users added without a key exactly as they are", () => {
    const [mine] = firstRun("CID-1");
    const theirs: ActionRecord = {
      ...mine,
      agent: "Churn Agent",
      status: "Done",
      runChange: "Created",
    };
    const manual: ActionRecord = {
      ...mine,
      agent: "",
      key: "",
      account: "",
      status: "Open",
      notes: "call the auditor",
      runChange: "Created",
    };
    const { table: after } = reconcileActions(
      table([theirs, manual, mine]),
      [plan("CID-1")],
      context(day(2025, 3, 1))
    );
    expect(after.records[0]).toBe(theirs);
    expect(after.records[1]).toBe(manual);
    expect(after.records).toHaveLength(3);
  });

  it("refreshes current margin and revenue, and records when Done was first seen", () => {
    const before = withStatus(firstRun("CID-1"), "CustomerId=CID-1", {
      status: "Done",
      marginAtDetection: 0.1,
    });
    const snapshot = { "CustomerId=CID-1": { margin: 0.13, annualRevenue: 1_000_000 } };
    const second = reconcileActions(table(before), [], context(day(2025, 1, 13), snapshot)).table;
    expect(second.records[0]).toMatchObject({
      currentMargin: 0.13,
      currentRevenue: 1_000_000,
      doneSeen: day(2025, 1, 13),
    });
    const third = reconcileActions(second, [], context(day(2025, 1, 20), snapshot)).table;
    expect(third.records[0].doneSeen).toBe(day(2025, 1, 13));
    // (0.13 - 0.10) x 1,000,000 / 4 = 7,500 per quarter.
    const realized = realizedImpact(third.records[0]);
    expect(realized.marginChange).toBeCloseTo(0.03, 12);
    expect(realized.profitChange).toBeCloseTo(7500, 6);
  });

  it("has no realized impact without both margins", () => {
    const [record] = firstRun("CID-1");
    expect(realizedImpact({ ...record, marginAtDetection: null, currentMargin: 0.2 })).toEqual({
      marginChange: null,
      profitChange: null,
    });
    expect(
      realizedImpact({
        ...record,
        marginAtDetection: 0.1,
        currentMargin: 0.05,
        currentRevenue: null,
      })
    ).toEqual({ marginChange: -0.05, profitChange: null });
  });
});
