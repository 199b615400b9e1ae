/** @jest-environment jsdom */
/**
 * The agents due when the pane opens (Excel): the lifecycle host answers with the core's
 * dueAgents over each agent's own lifecycle (approved, with its runs), as ExcelLifecycle does;
 * opening one switches to it; outside Excel nothing is asked.
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { dueAgents } from "../../../src/core/agent/lifecycle";
import {
  EMPTY_LIFECYCLE,
  type WorkbookLifecycle,
} from "../../../src/core/lifecycle/workbook-lifecycle";
import type { AgentShelf } from "../../../src/core/model/agent-shelf";
import type { AgentDocument } from "../../../src/core/model/document";
import type { LifecycleHost, TaskPaneHost } from "../../../src/taskpane/host/host";
import type { AgentsState } from "../../../src/taskpane/session/use-agents";
import { useDueAgents } from "../../../src/taskpane/session/use-due-agents";
import { agentDoc, approved } from "../../helpers/scheduled-agents";

const ZONE = "UTC";
const NOW = new Date("2025-10-21T10:00:00Z");

const margin = agentDoc("Margin", { start: "2025-10-21T09:00", period: "day", interval: 1 });
const trend = agentDoc("Trend", { start: "2025-10-21T07:00", period: "day", interval: 1 });
const draft = agentDoc("Draft", { start: "2025-10-21T05:00", period: "day", interval: 1 });

const SHELF: AgentShelf = {
  agentShelf: 1,
  agents: [
    { id: "agent-1", document: margin },
    { id: "agent-2", document: trend },
    { id: "agent-3", document: draft },
  ],
  selected: "agent-1",
};

/** Each agent's lifecycle as its own sheets hold it: Margin and Trend approved, Draft not. */
const LIFECYCLES: Record<string, WorkbookLifecycle> = {
  "agent-1": approved(margin),
  "agent-2": approved(trend),
  "agent-3": EMPTY_LIFECYCLE,
};

function excel(lifecycle: Partial<LifecycleHost>): Pick<TaskPaneHost, "kind" | "lifecycle"> {
  return { kind: "excel", lifecycle: async () => lifecycle as LifecycleHost };
}

const byCore = (shelf: AgentShelf) =>
  Promise.resolve(
    dueAgents(
      shelf.agents.map((a) => ({
        id: a.id,
        doc: a.document as AgentDocument,
        lifecycle: LIFECYCLES[a.id],
        timeZone: ZONE,
      })),
      shelf.selected,
      { now: NOW }
    )
  );

/** One agents object for every render, as AgentsPane has (its callbacks are stable). */
function agents(switchTo: AgentsState["switchTo"] = async () => true) {
  return {
    value: {
      shelf: () => SHELF,
      switchTo,
    } satisfies Pick<AgentsState, "shelf" | "switchTo">,
  };
}

test("in Excel the due agents are listed, the longest-waiting first, each named with its due time", async () => {
  const host = excel({ dueAgents: byCore });
  const { value } = agents();
  const { result } = renderHook(() => useDueAgents(host, value));
  await waitFor(() => expect(result.current.due).toHaveLength(2));
  expect(result.current.due.map((d) => [d.name, d.open])).toEqual([
    ["Trend", false],
    ["Margin", true],
  ]);
  expect(result.current.due[0].scheduledFor).toEqual(new Date("2025-10-21T07:00:00Z"));
  expect(result.current.due[0].text).toMatch(/^'Trend' is due: .*07:00.*\(UTC\)/);
  expect(result.current.problem).toBeNull();
});

test("outside Excel nothing is asked and nothing is due", async () => {
  const host = { kind: "browser" as const, lifecycle: async () => ({}) as LifecycleHost };
  const spy = jest.spyOn(host, "lifecycle");
  const { value } = agents();
  const { result } = renderHook(() => useDueAgents(host, value));
  await new Promise((r) => setTimeout(r, 0));
  expect(spy).not.toHaveBeenCalled();
  expect(result.current.due).toEqual([]);
});

test("opening a due agent switches to it and marks it opened; a refused switch does not", async () => {
  const switched: string[] = [];
  const { value } = agents(async (id) => {
    switched.push(id);
    return id === "agent-2";
  });
  const host = excel({ dueAgents: byCore });
  const { result } = renderHook(() => useDueAgents(host, value));
  await waitFor(() => expect(result.current.due).toHaveLength(2));
  await act(() => result.current.open("agent-1"));
  expect([...result.current.opened]).toEqual([]);
  await act(() => result.current.open("agent-2"));
  expect(switched).toEqual(["agent-1", "agent-2"]);
  expect([...result.current.opened]).toEqual(["agent-2"]);
});

test("schedules that cannot be read are said; dismiss clears the notice", async () => {
  const host = excel({
    dueAgents: async () => {
      throw new Error("The sheet 'Trend Run Log' is protected.");
    },
  });
  const { value } = agents();
  const { result } = renderHook(() => useDueAgents(host, value));
  await waitFor(() =>
    expect(result.current.problem).toBe(
      "The other agents' schedules could not be read: The sheet 'Trend Run Log' is protected."
    )
  );
  act(() => result.current.dismiss());
  expect(result.current.problem).toBeNull();
  expect(result.current.due).toEqual([]);
});

test("dismiss hides the due agents", async () => {
  const host = excel({ dueAgents: byCore });
  const { value } = agents();
  const { result } = renderHook(() => useDueAgents(host, value));
  await waitFor(() => expect(result.current.due).toHaveLength(2));
  act(() => result.current.dismiss());
  expect(result.current.due).toEqual([]);
});

test("an Excel without the shelf's schedules (no dueAgents) has none due", async () => {
  const lifecycle = jest.fn(async () => ({}) as LifecycleHost);
  const host = { kind: "excel" as const, lifecycle };
  const { value } = agents();
  const { result } = renderHook(() => useDueAgents(host, value));
  await waitFor(() => expect(lifecycle).toHaveBeenCalledTimes(1));
  await new Promise((r) => setTimeout(r, 0));
  expect(result.current.due).toEqual([]);
  expect(result.current.problem).toBeNull();
});
