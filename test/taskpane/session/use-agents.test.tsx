/** @jest-environment jsdom */
/**
 * The workbook's agents in the pane, with the core's shelf rules and a host that keeps what it
 * is given: each change is saved at once, the open agent's last valid document is kept when
 * switching, and a refused change says why and leaves the open agent as it was.
 */
import { act, renderHook } from "@testing-library/react";
import type { AgentShelf } from "../../../src/core/model/agent-shelf";
import type { AgentDocument } from "../../../src/core/model/document";
import type { LifecycleHost, TaskPaneHost } from "../../../src/taskpane/host/host";
import { useAgents } from "../../../src/taskpane/session/use-agents";
import { presetDocument } from "../../helpers/agent";

type AgentsHost = Pick<
  TaskPaneHost,
  "saveAgents" | "deleteAgentSheets" | "documentStore" | "lifecycle"
>;

const named = (name: string, sheetPrefix?: string): AgentDocument => ({
  ...presetDocument("2025-10-21"),
  name,
  ...(sheetPrefix ? { sheetPrefix } : {}),
});

const SHELF: AgentShelf = {
  agentShelf: 1,
  agents: [
    { id: "agent-1", document: named("Margin watch") },
    { id: "agent-2", document: named("Rebates", "Rebates") },
  ],
  selected: "agent-1",
};

/** A workbook keeping the shelves it is given; `refuse` makes the next save fail. */
function workbook(overrides: Partial<AgentsHost> = {}) {
  const saved: AgentShelf[] = [];
  let refusal: Error | null = null;
  const shelfChanged = jest.fn(async () => null as string | null);
  const host: AgentsHost = {
    documentStore: "this workbook",
    saveAgents: async (shelf) => {
      if (refusal) throw refusal;
      saved.push(shelf);
    },
    deleteAgentSheets: async (prefix) => [`${prefix} Summary`, `${prefix} Actions`],
    lifecycle: async () => ({ shelfChanged }) as unknown as LifecycleHost,
    ...overrides,
  };
  return {
    host,
    saved,
    shelfChanged,
    refuse: (e: Error | null) => void (refusal = e),
    last: () => saved[saved.length - 1],
  };
}

function renderAgents(host: AgentsHost, shelf: AgentShelf = SHELF) {
  const doc = shelf.agents.find((a) => a.id === shelf.selected)!.document as AgentDocument;
  return renderHook(() => useAgents(host, { shelf, doc, notice: null }));
}

const realFetch = globalThis.fetch;
afterEach(() => Object.assign(globalThis, { fetch: realFetch }));

const names = (shelf: AgentShelf) => shelf.agents.map((a) => (a.document as AgentDocument).name);

test("the agents are listed by name, with the selected one open", () => {
  const { host } = workbook();
  const { result } = renderAgents(host);
  expect(result.current.list).toEqual([
    { id: "agent-1", name: "Margin watch" },
    { id: "agent-2", name: "Rebates" },
  ]);
  expect(result.current.open).toMatchObject({ id: "agent-1", notice: null, generation: 0 });
  expect(result.current.open.doc.name).toBe("Margin watch");
  expect(result.current.busy).toBe(false);
  expect(result.current.message).toBeNull();
});

test("save keeps the open agent's document in the shelf and saves it at once", async () => {
  const { host, last } = workbook();
  const { result } = renderAgents(host);
  await act(() => result.current.save(named("Margin watch EU")));
  expect(names(last())).toEqual(["Margin watch EU", "Rebates"]);
  expect(result.current.shelf()).toBe(last());
  expect(result.current.list[0].name).toBe("Margin watch EU");
});

test("switching keeps the open agent's last edit, then opens the other afresh", async () => {
  const { host, last } = workbook();
  const { result } = renderAgents(host);
  await act(() => result.current.save(named("Margin watch EU")));
  let switched = false;
  await act(async () => void (switched = await result.current.switchTo("agent-2")));
  expect(switched).toBe(true);
  expect(last().selected).toBe("agent-2");
  expect(names(last())).toEqual(["Margin watch EU", "Rebates"]);
  expect(result.current.open).toMatchObject({ id: "agent-2", generation: 1 });
  expect(result.current.open.doc.name).toBe("Rebates");
  expect(result.current.busy).toBe(false);
});

test("a copy is added under a name of its own and opened", async () => {
  const { host, last } = workbook();
  const { result } = renderAgents(host);
  await act(async () => void (await result.current.add("copy")));
  expect(names(last())).toEqual(["Margin watch", "Rebates", "Margin watch (copy)"]);
  expect(result.current.open.id).toBe(last().selected);
  expect(result.current.open.doc.name).toBe("Margin watch (copy)");
  expect(result.current.open.doc.sheetPrefix).toBeTruthy();
});

test("a blank agent has the built-in settings under 'New agent'", async () => {
  const { host } = workbook();
  const { result } = renderAgents(host);
  await act(async () => void (await result.current.add("blank")));
  expect(result.current.list.map((a) => a.name)).toContain("New agent");
  expect(result.current.open.doc.name).toBe("New agent");
});

test("an example agent that cannot be fetched says so, and nothing is added", async () => {
  const fetch = jest.fn(async () => ({ ok: false, status: 404, statusText: "Not Found" }));
  Object.assign(globalThis, { fetch });
  const { host, saved } = workbook();
  const { result } = renderAgents(host);
  let added = true;
  await act(async () => void (added = await result.current.add("trend")));
  expect(fetch).toHaveBeenCalledWith("assets/trend-agent.json");
  expect(added).toBe(false);
  expect(saved).toEqual([]);
  expect(result.current.message).toEqual({
    tone: "error",
    text: "The example agent could not be loaded (404 Not Found); add a copy or the built-in defaults instead.",
  });
  expect(result.current.open.id).toBe("agent-1");
});

test("a refused rename says why and leaves the open agent as it was", async () => {
  const { host, saved } = workbook();
  const { result } = renderAgents(host);
  let renamed = true;
  await act(async () => void (renamed = await result.current.rename("rebates")));
  expect(renamed).toBe(false);
  expect(result.current.message).toEqual({
    tone: "error",
    text: "Another agent of this workbook is named 'rebates'.",
  });
  expect(saved).toEqual([]);
  expect(result.current.open).toMatchObject({ id: "agent-1", generation: 0 });
  await act(async () => void (renamed = await result.current.rename("Margins")));
  expect(renamed).toBe(true);
  expect(result.current.open.doc.name).toBe("Margins");
  expect(result.current.message).toBeNull();
});

test("a change the workbook does not save is refused with the host's words", async () => {
  const { host, refuse, last } = workbook();
  const { result } = renderAgents(host);
  refuse(new Error("The workbook is read-only."));
  let switched = true;
  await act(async () => void (switched = await result.current.switchTo("agent-2")));
  expect(switched).toBe(false);
  expect(result.current.message).toEqual({ tone: "error", text: "The workbook is read-only." });
  expect(result.current.open.id).toBe("agent-1");
  expect(result.current.list.map((a) => a.id)).toEqual(["agent-1", "agent-2"]);
  // The form still shows the first agent: its next edit is kept as the first agent's, not the other's.
  refuse(null);
  await act(() => result.current.save(named("Margin watch EU")));
  expect(last().selected).toBe("agent-1");
  expect(names(last())).toEqual(["Margin watch EU", "Rebates"]);
});

test("deleting an agent deletes its own sheets and says which", async () => {
  const { host, last, shelfChanged } = workbook();
  const { result } = renderAgents(host, { ...SHELF, selected: "agent-2" });
  let removed = false;
  await act(async () => void (removed = await result.current.remove()));
  expect(removed).toBe(true);
  expect(names(last())).toEqual(["Margin watch"]);
  expect(result.current.open.id).toBe("agent-1");
  expect(result.current.message).toEqual({
    tone: "info",
    text: "'Rebates' was deleted with its 2 sheets (Rebates Summary, Rebates Actions).",
  });
  expect(shelfChanged).toHaveBeenCalledWith(last());
});

test("the only agent is not deleted", async () => {
  const { host, saved } = workbook();
  const only: AgentShelf = { ...SHELF, agents: [SHELF.agents[0]] };
  const { result } = renderAgents(host, only);
  let removed = true;
  await act(async () => void (removed = await result.current.remove()));
  expect(removed).toBe(false);
  expect(saved).toEqual([]);
  expect(result.current.message).toEqual({
    tone: "error",
    text: "'Margin watch' is this workbook's only agent; add another before deleting it.",
  });
});
