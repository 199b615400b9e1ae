/** @jest-environment jsdom */
import { renderHook } from "@testing-library/react";
import type { AgentDocument } from "../../../src/core/model/document";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import type {
  LifecycleHost,
  RunRecord,
  ScheduleEvent,
  ScheduleOptions,
} from "../../../src/taskpane/host/host";
import type { AgentRun } from "../../../src/taskpane/session/use-run";
import { scheduledDocument, useSchedule } from "../../../src/taskpane/session/use-schedule";
import { excelHost, fakeHost, idleLifecycle } from "../steps/step-harness";

/** A lifecycle host whose schedule only records how it was started and whether it was stopped. */
function scheduling() {
  const started: ScheduleOptions[] = [];
  let stopped = 0;
  const host = {
    startSchedule: (options: ScheduleOptions) => {
      started.push(options);
      return { stop: () => void stopped++ };
    },
  } as unknown as LifecycleHost;
  return { host, started, stopped: () => stopped };
}

function agentRun(overrides: Partial<AgentRun> = {}): AgentRun {
  return {
    state: { status: "idle" },
    start: async () => undefined,
    cancel: () => undefined,
    runScheduled: () => Promise.reject(new Error("not run in this test")),
    attachRecord: () => undefined,
    ...overrides,
  };
}

const named = (name: string): AgentDocument => ({ ...unprofitableAccountAgent(), name });

test("in Excel the schedule starts once the lifecycle host is loaded, and stops with the pane", () => {
  const { host, started, stopped } = scheduling();
  const excel = excelHost();
  const { rerender, unmount } = renderHook(({ lc }) => useSchedule(excel, lc, agentRun()), {
    initialProps: { lc: idleLifecycle() },
  });
  expect(started).toHaveLength(0);
  rerender({ lc: idleLifecycle({ host }) });
  expect(started).toHaveLength(1);
  // A new lifecycle object with the same host does not start a second schedule.
  rerender({ lc: idleLifecycle({ host, scheduleStatus: "Not due" }) });
  expect(started).toHaveLength(1);
  unmount();
  expect(stopped()).toBe(1);
});

test("outside Excel no schedule starts", () => {
  const { host, started } = scheduling();
  renderHook(() => useSchedule(fakeHost(), idleLifecycle({ host }), agentRun()));
  expect(started).toHaveLength(0);
});

test("the schedule reaches the latest run and lifecycle: events, records and status are passed on", async () => {
  const { host, started } = scheduling();
  const shelf = {
    agentShelf: 1,
    agents: [
      { id: "agent-1", document: named("Margin watch") },
      { id: "agent-2", document: named("Rebates") },
    ],
    selected: "agent-2",
  };
  const excel = excelHost({ loadDocument: async () => shelf });
  const events: ScheduleEvent[] = [];
  const statuses: string[] = [];
  const records: RunRecord[] = [];
  const ran: string[] = [];
  const { rerender } = renderHook(({ lc, run }) => useSchedule(excel, lc, run), {
    initialProps: { lc: idleLifecycle({ host }), run: agentRun() },
  });
  // Later callbacks, given after the schedule started, are the ones it calls.
  rerender({
    lc: idleLifecycle({
      host,
      addEvent: (e) => events.push(e),
      setScheduleStatus: (t) => statuses.push(t),
    }),
    run: agentRun({
      runScheduled: async (doc) => {
        ran.push(doc.name);
        throw new Error("stop here");
      },
      attachRecord: (r) => records.push(r),
    }),
  });
  const options = started[0];
  const doc = await options.getDocument();
  expect(doc?.name).toBe("Rebates");
  await expect(options.run(doc as AgentDocument)).rejects.toThrow("stop here");
  expect(ran).toEqual(["Rebates"]);
  const record = { runId: "r1" } as unknown as RunRecord;
  options.onEvent({ at: new Date(0), tone: "info", text: "Not due" });
  options.onEvent({ at: new Date(0), tone: "success", text: "Ran", record });
  expect(events.map((e) => e.text)).toEqual(["Not due", "Ran"]);
  expect(records).toEqual([record]);
  options.onStatus("Next run Monday 06:00");
  expect(statuses).toEqual(["Next run Monday 06:00"]);
});

test("a stored agent that cannot be read, or none stored, is not run", async () => {
  expect(scheduledDocument(null)).toBeNull();
  const { host, started } = scheduling();
  const excel = excelHost({ loadDocument: async () => ({ name: 42 }) });
  renderHook(() => useSchedule(excel, idleLifecycle({ host }), agentRun()));
  await expect(started[0].getDocument()).resolves.toBeNull();
});
