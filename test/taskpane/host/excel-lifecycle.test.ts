import type { AgentDocument } from "../../../src/core/model/document";
import { ApprovalError } from "../../../src/core/lifecycle/approval";
import { AgentInputError, CancelledError } from "../../../src/core/model/errors";
import { buildResultSheets } from "../../../src/core/report/result-sheets";
import { MENTIONS_UNSUPPORTED } from "../../../src/excel/host-support";
import * as store from "../../../src/functions/agent-results-store";
import { ExcelHost } from "../../../src/taskpane/host/excel-host";
import { ASSIGNEES_NOT_NOTIFIED } from "../../../src/taskpane/host/excel-lifecycle";
import type { LifecycleHost, PerformRun, ScheduleEvent } from "../../../src/taskpane/host/host";
import { FakeExcel } from "../../excel/fake-excel";
import {
  agent,
  header,
  installOffice,
  removeOffice,
  resultOf,
  tableRows,
  WEEK_1,
  WEEK_2,
  ZONE,
  type OfficeCalls,
} from "../../excel/lifecycle-fixtures";

/**
 * The pane's lifecycle calls inside Excel, against the in-memory workbook: the agent (fixtures)
 * runs daily at 09:00 UTC from 2025-10-01 and flags A and C in week 1, A, C and D in week 2.
 */
let excel: FakeExcel;
let office: OfficeCalls;
let doc: AgentDocument;
let clock: Date;
let calls: string[];

beforeEach(() => {
  excel = new FakeExcel().install();
  office = installOffice(["ExcelApi 1.11", "SharedRuntime 1.1"]);
  doc = agent();
  clock = new Date("2025-10-21T10:00:00Z");
  calls = [];
  store.clearAgentResults();
  jest.spyOn(store, "recalculateAgentResults").mockImplementation(async () => {
    calls.push("recalculate");
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  removeOffice();
});

function host(): ExcelHost {
  return new ExcelHost("Excel (PC)", { now: () => clock, fallbackTimeZone: ZONE });
}

/** The pane's run: compute, then write the result sheets through the host. */
function perform(excelHost: ExcelHost, lines = WEEK_1): PerformRun {
  return async (add) => {
    expect(add).toBeNull(); // Excel writes the lifecycle sheets itself, after the result sheets.
    const result = resultOf(lines, doc, clock);
    const delivered = await excelHost.deliverResults(buildResultSheets(result, doc), {
      anchorDate: "2025-10-21",
      agentName: doc.name,
    });
    calls.push("delivered");
    return { result, delivered };
  };
}

async function approveAgent(lifecycle: LifecycleHost): Promise<void> {
  await lifecycle.decide(doc, { kind: "submit", by: "ann@example.com" });
  await lifecycle.decide(doc, { kind: "approve", by: "bo@example.com" });
}

test("the lifecycle is one object, loaded on first use", async () => {
  const excelHost = host();
  expect(await excelHost.lifecycle()).toBe(await excelHost.lifecycle());
});

test("where Excel cannot @mention, the pane says up front that assignees cannot be notified", async () => {
  expect((await host().lifecycle()).limitations).toEqual([]);
  installOffice(["SharedRuntime 1.1"]);
  expect((await host().lifecycle()).limitations).toEqual([ASSIGNEES_NOT_NOTIFIED]);
});

test("a new workbook: a draft with no runs and no actions", async () => {
  const view = await (await host().lifecycle()).read(doc);
  expect(view).toMatchObject({
    timeZone: ZONE,
    runLog: [],
    actions: { total: 0, open: 0 },
    continuedFrom: null,
  });
  expect(view.approval.status).toBe("Draft");
});

test("submit, approval by the submitter refused in plain words, approval by another user", async () => {
  const lifecycle = await host().lifecycle();
  const submitted = await lifecycle.decide(doc, {
    kind: "submit",
    by: "ann@example.com",
    note: "Weekly margin check",
  });
  expect(submitted.view.approval).toMatchObject({
    status: "Submitted",
    submittedBy: "ann@example.com",
    submittedAt: "2025-10-21T10:00:00.000Z",
  });
  expect(submitted.notices).toEqual([]);

  const refused = lifecycle.decide(doc, { kind: "approve", by: " Ann@Example.com" });
  await expect(refused).rejects.toBeInstanceOf(ApprovalError);
  await expect(refused).rejects.toThrow(
    "Ann@Example.com submitted the agent and cannot also approve it; another user of the workbook must approve it."
  );

  clock = new Date("2025-10-21T11:00:00Z");
  const approved = await lifecycle.decide(doc, { kind: "approve", by: "bo@example.com" });
  expect(approved.view.approval).toMatchObject({ status: "Active", approvedBy: "bo@example.com" });
  expect(approved.view.approval.history.map((e) => [e.action, e.by, e.note])).toEqual([
    ["Submitted", "ann@example.com", "Weekly margin check"],
    ["Approved", "bo@example.com", ""],
  ]);
  expect(office.startup).toEqual(["None", "Load"]);
  expect(
    tableRows(excel.workbook.sheet("Agent Status"), "Document Hash").map((r) => r.Action)
  ).toEqual(["Submitted", "Approved"]);
});

test("where the add-in cannot open with the workbook, approval says the schedule runs only while the pane is open", async () => {
  installOffice(["ExcelApi 1.11"], { addin: false });
  const lifecycle = await host().lifecycle();
  await lifecycle.decide(doc, { kind: "submit", by: "ann@example.com" });
  const approved = await lifecycle.decide(doc, { kind: "approve", by: "bo@example.com" });
  expect(approved.notices).toEqual([
    expect.stringMatching(/^This Excel cannot open the add-in together with the workbook/),
  ]);
});

test("a manual run writes the results, gives them to AGENTRESULT, recalculates, then records the work list", async () => {
  const excelHost = host();
  const lifecycle = await excelHost.lifecycle();
  const outcome = await lifecycle.runManually(doc, perform(excelHost), "ann@example.com");
  expect(outcome.kind).toBe("ran");
  if (outcome.kind !== "ran") return;
  expect(calls).toEqual(["delivered", "recalculate"]);
  expect(outcome.record.outcome).toBe("Completed");
  expect(outcome.record.changes).toMatchObject({
    created: ["CustomerId=A", "CustomerId=C"],
    kept: [],
    reopened: [],
  });
  expect(outcome.record.message).toBe(
    "2 flagged; actions: 2 created, 0 re-created, 0 reopened, 0 kept, 0 no longer flagged."
  );
  expect(outcome.record.view.actions).toEqual({ total: 2, open: 2 });
  expect(outcome.record.view.runLog.map((e) => [e.trigger, e.outcome])).toEqual([
    ["manual", "Completed"],
  ]);
  // AGENTRESULT reads the published run: account C's margin of -10%.
  const index = await store.latestAgentResults();
  expect("lookup" in index && index.lookup("C", "CurrentMarginPct")).toBe(-0.1);
  expect(
    tableRows(excel.workbook.sheet("Actions"), "Key").map((r) => [
      r.Account,
      r.Status,
      r["This Run"],
    ])
  ).toEqual([
    ["A", "Open", "Created"],
    ["C", "Open", "Created"],
  ]);

  // The team marks A done; the next week's run keeps C, creates D and leaves A's row alone.
  const actions = excel.workbook.sheet("Actions");
  const { headers, headerRow } = header(actions, "Key");
  actions.setCell(headerRow + 1, headers.indexOf("Status"), "Done");
  const second = await lifecycle.runManually(doc, perform(excelHost, WEEK_2));
  expect(second.kind === "ran" && second.record.changes).toMatchObject({
    created: ["CustomerId=D"],
    kept: ["CustomerId=C"],
  });
  expect(tableRows(actions, "Key").map((r) => [r.Account, r.Status])).toEqual([
    ["A", "Done"],
    ["C", "Open"],
    ["D", "Open"],
  ]);
});

test("comments that cannot @mention are named in the run's record", async () => {
  installOffice(["SharedRuntime 1.1"]);
  const excelHost = host();
  const outcome = await (await excelHost.lifecycle()).runManually(agent(), perform(excelHost));
  expect(outcome.record.notices).toEqual([MENTIONS_UNSUPPORTED]);
});

test("a failed run is logged and returned; a cancelled one is not a run", async () => {
  const lifecycle = await host().lifecycle();
  const failed = await lifecycle.runManually(doc, async () => {
    throw new AgentInputError("Sheet 'Sales' was not found.");
  });
  expect(failed.kind).toBe("failed");
  expect(failed.kind === "failed" && (failed.error as Error).message).toBe(
    "Sheet 'Sales' was not found."
  );
  expect(failed.record.outcome).toBe("Failed");
  expect(failed.record.view.runLog.map((e) => [e.outcome, e.message])).toEqual([
    ["Failed", "Sheet 'Sales' was not found."],
  ]);
  expect(calls).toEqual([]);

  await expect(
    lifecycle.runManually(doc, async () => {
      throw new CancelledError();
    })
  ).rejects.toBeInstanceOf(CancelledError);
  expect((await lifecycle.read(doc)).runLog).toHaveLength(1);
});

test("a saved change to an approved definition sends it back to Draft; an unchanged one records nothing", async () => {
  const lifecycle = await host().lifecycle();
  await approveAgent(lifecycle);
  expect(await lifecycle.definitionSaved(doc)).toBeNull();
  // The anchor date is a run parameter, not part of what was approved.
  expect(await lifecycle.definitionSaved({ ...doc, anchorDate: "2025-09-30" })).toBeNull();
  const changed = await lifecycle.definitionSaved({ ...doc, action: { ...doc.action, topK: 5 } });
  expect(changed?.approval.status).toBe("Draft");
  expect(changed?.approval.history.map((e) => e.action)).toEqual([
    "Submitted",
    "Approved",
    "Definition changed",
  ]);
  expect(office.startup).toEqual(["None", "Load", "None"]);
});

describe("the schedule while the pane is open", () => {
  function timers() {
    const handles: { callback: () => void; ms: number }[] = [];
    return {
      handles,
      timers: {
        setInterval: (callback: () => void, ms: number) => handles.push({ callback, ms }),
        clearInterval: () => handles.splice(0),
      },
    };
  }

  async function settle(): Promise<void> {
    for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
  }

  test("an approved agent catches up once at start, is recorded, and then waits for its time", async () => {
    const t = timers();
    const excelHost = new ExcelHost("Excel (PC)", {
      now: () => clock,
      fallbackTimeZone: ZONE,
      timers: t.timers,
      intervalMs: 60_000,
    });
    const lifecycle = await excelHost.lifecycle();
    clock = new Date("2025-10-01T08:00:00Z");
    await approveAgent(lifecycle);
    clock = new Date("2025-10-03T10:00:00Z");
    const events: ScheduleEvent[] = [];
    const statuses: string[] = [];
    const runs: string[] = [];
    const schedule = lifecycle.startSchedule!({
      getDocument: async () => doc,
      run: async (d) => {
        runs.push(d.name);
        return perform(excelHost)(null);
      },
      onEvent: (e) => events.push(e),
      onStatus: (s) => statuses.push(s),
    });
    await settle();
    expect(runs).toEqual(["Unprofitable Account Agent"]);
    expect(calls).toEqual(["delivered", "recalculate"]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      tone: "success",
      text: "A catch-up run was recorded: 2 flagged; actions: 2 created, 0 re-created, 0 reopened, 0 kept, 0 no longer flagged.",
    });
    expect(events[0].record?.view.runLog.map((e) => e.trigger)).toEqual(["catch-up"]);
    expect(statuses).toEqual([
      "Due: scheduled for 2025-10-03 09:00 (UTC); 2 earlier scheduled runs were missed and caught up once.",
    ]);

    t.handles[0].callback();
    await settle();
    expect(runs).toHaveLength(1);
    expect(statuses[1]).toBe("Not due until 2025-10-04 09:00 (UTC).");
    expect(t.handles[0].ms).toBe(60_000);
    schedule.stop();
    expect(t.handles).toEqual([]);
  });

  test("a draft is not run; the status says why", async () => {
    const t = timers();
    const lifecycle = await new ExcelHost("Excel (PC)", {
      now: () => clock,
      fallbackTimeZone: ZONE,
      timers: t.timers,
    }).lifecycle();
    const statuses: string[] = [];
    const schedule = lifecycle.startSchedule!({
      getDocument: async () => doc,
      run: async () => {
        throw new Error("a draft must not run");
      },
      onEvent: () => undefined,
      onStatus: (s) => statuses.push(s),
    });
    await settle();
    expect(statuses).toEqual([
      "The agent is a draft: it runs on its schedule only once submitted and approved.",
    ]);
    schedule.stop();
  });
});
