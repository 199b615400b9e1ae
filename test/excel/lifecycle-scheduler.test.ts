import type { AgentDocument } from "../../src/core/model/document";
import type { AgentResult } from "../../src/core/model/result";
import { ApprovalError } from "../../src/core/lifecycle/approval";
import { serialFromYmd } from "../../src/core/model/excel-date";
import { CancelledError } from "../../src/core/model/errors";
import { recordRunInWorkbook } from "../../src/excel/lifecycle";
import {
  recordApprovalInWorkbook,
  recordDefinitionInWorkbook,
} from "../../src/excel/lifecycle-approval";
import {
  runManually,
  runScheduled,
  startScheduler,
  type SchedulerEvent,
} from "../../src/excel/lifecycle-scheduler";
import { STARTUP_UNSUPPORTED } from "../../src/excel/startup-behavior";
import { FakeExcel } from "./fake-excel";
import {
  agent,
  installOffice,
  removeOffice,
  resultOf,
  tableRows,
  WEEK_1,
  ZONE,
  type OfficeCalls,
} from "./lifecycle-fixtures";

/**
 * The schedule while the workbook is open: the agent runs daily at 09:00 UTC from 2025-10-01
 * (fixtures), only once approved, once for any number of missed days, never twice at once.
 */
let excel: FakeExcel;
let office: OfficeCalls;
let doc: AgentDocument;
let runs: { at: string; trigger: string | null }[];
let clock: Date;

beforeEach(() => {
  excel = new FakeExcel().install();
  office = installOffice(["ExcelApi 1.11", "SharedRuntime 1.1"]);
  doc = agent();
  runs = [];
  clock = new Date("2025-10-21T10:00:00Z");
});
afterEach(removeOffice);

const at = (iso: string) => new Date(iso);
const serial = (y: number, m: number, d: number, hours = 0) => serialFromYmd(y, m, d) + hours / 24;

function schedulerOptions(run?: (doc: AgentDocument) => Promise<AgentResult>) {
  return {
    getDocument: () => doc,
    now: () => clock,
    fallbackTimeZone: ZONE,
    run: async (d: AgentDocument, decision: { trigger: string | null }) => {
      runs.push({ at: clock.toISOString(), trigger: decision.trigger });
      return run ? run(d) : resultOf(WEEK_1, d, clock);
    },
  };
}

async function approveAgent(): Promise<void> {
  await recordApprovalInWorkbook(
    doc,
    { kind: "submit", by: "ann@example.com" },
    { now: at("2025-10-01T08:00:00Z"), fallbackTimeZone: ZONE }
  );
  await recordApprovalInWorkbook(
    doc,
    { kind: "approve", by: "bo@example.com", note: "Go" },
    { now: at("2025-10-01T08:30:00Z"), fallbackTimeZone: ZONE }
  );
}

describe("approval in the workbook", () => {
  test("submit, then approve by another user: the Agent Status sheet keeps the history; the add-in opens with the workbook once Active", async () => {
    const submitted = await recordApprovalInWorkbook(
      doc,
      { kind: "submit", by: "ann@example.com" },
      { now: at("2025-10-01T08:00:00Z"), fallbackTimeZone: ZONE }
    );
    expect(submitted.approval.status).toBe("Submitted");
    expect(submitted.startup).toEqual({ kind: "set", behavior: "None" });
    await expect(
      recordApprovalInWorkbook(
        doc,
        { kind: "approve", by: "ANN@example.com " },
        { fallbackTimeZone: ZONE }
      )
    ).rejects.toThrow(ApprovalError);
    const approved = await recordApprovalInWorkbook(
      doc,
      { kind: "approve", by: "bo@example.com", note: "Go" },
      { now: at("2025-10-01T08:30:00Z"), fallbackTimeZone: ZONE }
    );
    expect(approved.approval.status).toBe("Active");
    expect(approved.startup).toEqual({ kind: "set", behavior: "Load" });
    expect(office.startup).toEqual(["None", "Load"]);
    const status = excel.workbook.sheet("Agent Status");
    expect(status.isOwned()).toBe(true);
    expect(status.value(0, 0)).toBe("Unprofitable Account Agent: Active");
    expect(
      tableRows(status, "Document Hash").map((r) => [
        r.By,
        r.Action,
        r["Status After"],
        r.Note,
        r.UTC,
      ])
    ).toEqual([
      ["ann@example.com", "Submitted", "Submitted", "", "2025-10-01T08:00:00.000Z"],
      ["bo@example.com", "Approved", "Active", "Go", "2025-10-01T08:30:00.000Z"],
    ]);
  });

  test("a changed definition sends the agent back to Draft and stops it opening with the workbook", async () => {
    await approveAgent();
    const changed = { ...doc, action: { ...doc.action, topK: 5 } };
    const outcome = await runScheduled({ ...schedulerOptions(), getDocument: () => changed });
    expect(outcome).toMatchObject({
      kind: "not-due",
      reason: "The definition changed since it was approved: submit it again for approval.",
    });
    const recorded = await recordDefinitionInWorkbook(changed, "cy@example.com", {
      now: clock,
      fallbackTimeZone: ZONE,
    });
    expect(recorded?.approval.status).toBe("Draft");
    expect(recorded?.startup).toEqual({ kind: "set", behavior: "None" });
    expect(office.startup).toEqual(["None", "Load", "None"]);
    expect(
      tableRows(excel.workbook.sheet("Agent Status"), "Document Hash").map((r) => r.Action)
    ).toEqual(["Submitted", "Approved", "Definition changed"]);
    // Nothing more to record for the same definition.
    expect(await recordDefinitionInWorkbook(changed, "", { fallbackTimeZone: ZONE })).toBeNull();
  });

  test("a run of a changed definition records the change and unsets the startup behaviour", async () => {
    await approveAgent();
    const changed = { ...doc, action: { ...doc.action, topK: 5 } };
    const outcome = await runManually(changed, async () => resultOf(WEEK_1, changed, clock), {
      now: () => clock,
      fallbackTimeZone: ZONE,
    });
    expect(outcome.kind).toBe("ran");
    expect(outcome.recorded.approval.status).toBe("Draft");
    expect(outcome.recorded.startup).toEqual({ kind: "set", behavior: "None" });
    expect(office.startup).toEqual(["None", "Load", "None"]);
  });

  test("where Office.addin is missing, the startup behaviour is reported unsupported", async () => {
    office = installOffice(["ExcelApi 1.11"], { addin: false });
    const submitted = await recordApprovalInWorkbook(
      doc,
      { kind: "submit", by: "ann@example.com" },
      { fallbackTimeZone: ZONE }
    );
    expect(submitted.startup).toEqual({
      kind: "unsupported",
      behavior: "None",
      reason: STARTUP_UNSUPPORTED,
    });
  });
});

describe("scheduled runs", () => {
  test("a draft never runs on its schedule", async () => {
    const outcome = await runScheduled(schedulerOptions());
    expect(outcome).toMatchObject({
      kind: "not-due",
      reason: "The agent is a draft: it runs on its schedule only once submitted and approved.",
    });
    expect(runs).toEqual([]);
    expect(excel.workbook.sheetNames()).toEqual([]);
  });

  test("20 missed days are caught up by one run, then the next run waits for its time", async () => {
    await approveAgent();
    const first = await runScheduled(schedulerOptions());
    expect(first.kind).toBe("ran");
    if (first.kind !== "ran") return;
    // Oct 1 to Oct 21 at 09:00: 21 scheduled times, the latest filled, 20 missed.
    expect(first.decision).toMatchObject({
      trigger: "catch-up",
      missed: 20,
      scheduledFor: at("2025-10-21T09:00:00Z"),
    });
    expect(first.recorded.outcome).toBe("Completed");

    const again = await runScheduled(schedulerOptions());
    expect(again).toMatchObject({
      kind: "not-due",
      reason: "Not due until 2025-10-22 09:00 (UTC).",
    });

    clock = at("2025-10-22T09:30:00Z");
    const onTime = await runScheduled(schedulerOptions());
    expect(onTime).toMatchObject({ kind: "ran", decision: { trigger: "schedule", missed: 0 } });

    expect(runs).toEqual([
      { at: "2025-10-21T10:00:00.000Z", trigger: "catch-up" },
      { at: "2025-10-22T09:30:00.000Z", trigger: "schedule" },
    ]);
    const log = tableRows(excel.workbook.sheet("Run Log"), "UTC");
    expect(log.map((r) => [r.Trigger, r.UTC])).toEqual([
      ["catch-up", "2025-10-21T10:00:00.000Z"],
      ["schedule", "2025-10-22T09:30:00.000Z"],
    ]);
    expect(log[0]["Scheduled For"]).toBeCloseTo(serial(2025, 10, 21, 9), 9);
  });

  test("never two runs at once: a check while a run is going on is skipped", async () => {
    await approveAgent();
    let release!: () => void;
    const slow = schedulerOptions(
      (d) => new Promise((resolve) => (release = () => resolve(resultOf(WEEK_1, d, clock))))
    );
    const first = runScheduled(slow);
    // Let the first check read the workbook and start its run.
    while (runs.length === 0) await new Promise((resolve) => setImmediate(resolve));
    const second = await runScheduled(slow);
    expect(second).toEqual({ kind: "busy", reason: "A run is already in progress." });
    release();
    expect((await first).kind).toBe("ran");
    expect(runs).toHaveLength(1);
  });

  test("a run recorded meanwhile by someone else with the workbook open is not recorded twice", async () => {
    await approveAgent();
    const outcome = await runScheduled(
      schedulerOptions(async (d) => {
        // Another copy of the workbook records its run of the same schedule first.
        await recordRunInWorkbook(resultOf(WEEK_1, d, clock), {
          doc: d,
          trigger: "catch-up",
          at: at("2025-10-21T09:59:00Z"),
          fallbackTimeZone: ZONE,
        });
        return resultOf(WEEK_1, d, clock);
      })
    );
    expect(outcome).toMatchObject({ kind: "ran", recorded: { outcome: "Superseded" } });
    expect(tableRows(excel.workbook.sheet("Run Log"), "UTC").map((r) => r.UTC)).toEqual([
      "2025-10-21T09:59:00.000Z",
    ]);
  });
});

describe("the loop the task pane starts", () => {
  function stubTimers() {
    const timers = {
      tick: null as (() => void) | null,
      intervals: [] as number[],
      cleared: 0,
      setInterval: (callback: () => void, ms: number) => {
        timers.tick = callback;
        timers.intervals.push(ms);
        return 7;
      },
      clearInterval: (handle: unknown) => {
        if (handle === 7) timers.cleared += 1;
      },
    };
    return timers;
  }

  function nextEvent(events: SchedulerEvent[]): Promise<SchedulerEvent> {
    const seen = events.length;
    return new Promise((resolve) => {
      const poll = () => (events.length > seen ? resolve(events[seen]) : setImmediate(poll));
      poll();
    });
  }

  test("checks on open and every interval; a failed run is logged once, not every few minutes", async () => {
    await approveAgent();
    const timers = stubTimers();
    const events: SchedulerEvent[] = [];
    const opened = nextEvent(events);
    const scheduler = startScheduler({
      ...schedulerOptions(async () => {
        throw new Error("There is no sheet named 'Sales' in this workbook.");
      }),
      intervalMs: 5 * 60_000,
      timers,
      onEvent: (event) => events.push(event),
    });
    expect(timers.intervals).toEqual([300_000]);

    expect(await opened).toMatchObject({
      kind: "checked",
      outcome: { kind: "failed", error: "There is no sheet named 'Sales' in this workbook." },
    });
    const later = nextEvent(events);
    timers.tick!();
    expect(await later).toMatchObject({ kind: "checked", outcome: { kind: "held" } });
    expect(runs).toHaveLength(1);
    expect(
      tableRows(excel.workbook.sheet("Run Log"), "UTC").map((r) => [r.Trigger, r.Outcome])
    ).toEqual([["catch-up", "Failed"]]);

    // The next scheduled time is a new run: tried again.
    clock = at("2025-10-22T09:01:00Z");
    expect(await scheduler.checkNow()).toMatchObject({ kind: "failed" });
    expect(runs).toHaveLength(2);

    scheduler.stop();
    expect(timers.cleared).toBe(1);
    expect(await scheduler.checkNow()).toBeNull();
  });

  test("a cancelled run is not logged and not retried in this session", async () => {
    await approveAgent();
    const events: SchedulerEvent[] = [];
    const opened = nextEvent(events);
    const scheduler = startScheduler({
      ...schedulerOptions(async () => {
        throw new CancelledError();
      }),
      timers: stubTimers(),
      onEvent: (event) => events.push(event),
    });
    expect(await opened).toMatchObject({ kind: "checked", outcome: { kind: "cancelled" } });
    expect(await scheduler.checkNow()).toMatchObject({ kind: "held" });
    expect(runs).toHaveLength(1);
    expect(excel.workbook.findSheet("Run Log")).toBeUndefined();
    scheduler.stop();
  });

  test("an unreadable workbook is reported as an event, and the loop goes on", async () => {
    excel.workbook.addSheet("Run Log", [["Somebody's notes"]], { owned: true });
    const events: SchedulerEvent[] = [];
    const opened = nextEvent(events);
    const scheduler = startScheduler({
      ...schedulerOptions(),
      timers: stubTimers(),
      onEvent: (event) => events.push(event),
    });
    const error = {
      kind: "error",
      message:
        "Sheet 'Run Log' has no header row with 'Trigger' and 'Outcome' and 'UTC', so it is not the agent's; rename that sheet so the agent can write its own.",
    };
    expect(await opened).toEqual(error);
    expect(await scheduler.checkNow()).toBeNull();
    expect(events).toEqual([error, error]);
    scheduler.stop();
  });
});
