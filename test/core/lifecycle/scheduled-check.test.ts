import { applyApprovalStep } from "../../../src/core/lifecycle/approval-step";
import {
  checkSchedule,
  checksOnOpen,
  heldSlot,
  HELD_REASON,
  isSuperseded,
} from "../../../src/core/lifecycle/scheduled-check";
import {
  EMPTY_LIFECYCLE,
  type WorkbookLifecycle,
} from "../../../src/core/lifecycle/workbook-lifecycle";
import type { AgentDocument } from "../../../src/core/model/document";
import type { RunLogEntry } from "../../../src/core/model/run-log-entry";
import { presetDocument } from "../../helpers/agent";

/**
 * The check the workbook makes on open and while open (and --when-due on the command line): a
 * daily schedule at 09:00 UTC from 2025-10-01, approved on 2025-10-01.
 */
const ZONE = "UTC";
const doc: AgentDocument = {
  ...presetDocument("2025-10-21"),
  schedule: { start: "2025-10-01T09:00", period: "day", interval: 1 },
};
const moment = (iso: string) => ({ at: new Date(iso), timeZone: ZONE });

function approved(): WorkbookLifecycle {
  const submitted = applyApprovalStep(
    EMPTY_LIFECYCLE,
    doc,
    { kind: "submit", by: "ann" },
    moment("2025-10-01T08:00:00Z")
  );
  return applyApprovalStep(
    submitted.lifecycle,
    doc,
    { kind: "approve", by: "bo" },
    moment("2025-10-01T08:30:00Z")
  ).lifecycle;
}

function ran(lifecycle: WorkbookLifecycle, at: string, outcome: "Completed" | "Failed") {
  const entry: RunLogEntry = {
    at,
    agent: doc.name,
    trigger: "schedule",
    scheduledFor: null,
    rowsRead: null,
    accounts: null,
    flagged: null,
    created: null,
    recreated: null,
    reopened: null,
    kept: null,
    expectedRevenue: null,
    expectedProfit: null,
    realizedProfit: null,
    outcome,
    message: "",
  };
  return { ...lifecycle, runLog: [...lifecycle.runLog, entry] };
}

describe("checkSchedule", () => {
  it("a draft is never due, whatever the schedule says", () => {
    const check = checkSchedule(EMPTY_LIFECYCLE, doc, {
      now: new Date("2025-10-21T10:00:00Z"),
      timeZone: ZONE,
    });
    expect(check).toMatchObject({
      kind: "not-due",
      reason: "The agent is a draft: it runs on its schedule only once submitted and approved.",
    });
  });

  it("three missed days after the last completed run: one catch-up run for the latest of them", () => {
    // Completed on the 18th at 09:05; the failed run of the 19th does not count.
    const lifecycle = ran(
      ran(approved(), "2025-10-18T09:05:00.000Z", "Completed"),
      "2025-10-19T09:00:00.000Z",
      "Failed"
    );
    const now = new Date("2025-10-21T10:00:00Z");
    const check = checkSchedule(lifecycle, doc, { now, timeZone: ZONE });
    expect(check.kind).toBe("due");
    if (check.kind !== "due") return;
    expect(check.run).toEqual({
      trigger: "catch-up",
      scheduledFor: new Date("2025-10-21T09:00:00Z"),
      at: now,
      expectLastRunAt: new Date("2025-10-18T09:05:00Z"),
    });
    expect(check.decision.missed).toBe(2);
    expect(check.decision.reason).toBe(
      "Due: scheduled for 2025-10-21 09:00 (UTC); 2 earlier scheduled runs were missed and caught up once."
    );
  });

  it("on time after yesterday's run; not due again until tomorrow once it ran", () => {
    const yesterday = ran(approved(), "2025-10-20T09:01:00.000Z", "Completed");
    const now = new Date("2025-10-21T09:00:30Z");
    expect(checkSchedule(yesterday, doc, { now, timeZone: ZONE })).toMatchObject({
      kind: "due",
      run: { trigger: "schedule", scheduledFor: new Date("2025-10-21T09:00:00Z") },
    });
    const today = ran(yesterday, "2025-10-21T09:01:00.000Z", "Completed");
    expect(
      checkSchedule(today, doc, { now: new Date("2025-10-21T12:00:00Z"), timeZone: ZONE })
    ).toMatchObject({ kind: "not-due", reason: "Not due until 2025-10-22 09:00 (UTC)." });
  });

  it("a scheduled time whose run failed in this session is held", () => {
    const held = new Set(["2025-10-21T09:00:00.000Z"]);
    const now = new Date("2025-10-21T10:00:00Z");
    expect(checkSchedule(approved(), doc, { now, timeZone: ZONE, held })).toMatchObject({
      kind: "held",
      reason: HELD_REASON,
    });
    // The next day's run is not held.
    const tomorrow = new Date("2025-10-22T10:00:00Z");
    expect(checkSchedule(approved(), doc, { now: tomorrow, timeZone: ZONE, held }).kind).toBe(
      "due"
    );
  });
});

describe("what a check's outcome holds, and who else recorded first", () => {
  const decision = {
    run: true,
    trigger: "schedule" as const,
    scheduledFor: new Date("2025-10-21T09:00:00Z"),
    missed: 0,
    nextAt: null,
    reason: "",
  };

  it("a failed or cancelled run holds its scheduled time; a run that ran or was not due does not", () => {
    expect(heldSlot({ kind: "failed", decision })).toBe("2025-10-21T09:00:00.000Z");
    expect(heldSlot({ kind: "cancelled", decision })).toBe("2025-10-21T09:00:00.000Z");
    expect(heldSlot({ kind: "ran", decision })).toBeNull();
    expect(heldSlot({ kind: "not-due", decision })).toBeNull();
    expect(heldSlot({ kind: "busy" })).toBeNull();
  });

  it("superseded when the last completed run is no longer the one the check saw", () => {
    const lifecycle = ran(approved(), "2025-10-21T09:01:00.000Z", "Completed");
    expect(isSuperseded(lifecycle, doc.name, null)).toBe(true);
    expect(isSuperseded(lifecycle, doc.name, new Date("2025-10-21T09:01:00Z"))).toBe(false);
    expect(isSuperseded(approved(), doc.name, null)).toBe(false);
    // A manual run expects nothing.
    expect(isSuperseded(lifecycle, doc.name, undefined)).toBe(false);
  });

  it("the workbook opens the add-in only while the agent is Active", () => {
    const statuses = ["Draft", "Submitted", "Active"] as const;
    expect(statuses.map(checksOnOpen)).toEqual([false, false, true]);
  });
});
