/** @jest-environment jsdom */
/**
 * Keeping the agent: saved once an edit has settled for SAVE_DELAY_MS, only when it is valid,
 * with what went wrong said; a save that ends after a newer edit's save started is not reported.
 */
import { act, renderHook } from "@testing-library/react";
import type { AgentDocument } from "../../../src/core/model/document";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import { SAVE_DELAY_MS, useSavedDocument } from "../../../src/taskpane/session/use-saved-document";
import {
  agentReducer,
  initialAgentState,
  type AgentState,
} from "../../../src/taskpane/state/agent-reducer";

const start = initialAgentState(unprofitableAccountAgent());
const named = (state: AgentState, name: string) =>
  agentReducer(state, { type: "load", doc: { ...state.doc, name } });

/** A store whose saves end when the test says (`end(i)`, `refuse(i, error)`), in any order. */
function store() {
  const saves: { doc: AgentDocument; resolve(): void; reject(e: unknown): void }[] = [];
  const save = (doc: AgentDocument) =>
    new Promise<void>((resolve, reject) => saves.push({ doc, resolve, reject }));
  const saved: string[] = [];
  return {
    save,
    saves,
    saved,
    onSaved: (doc: AgentDocument) => saved.push(doc.name),
    end: (i: number) => act(async () => saves[i].resolve()),
    refuse: (i: number, e: unknown) => act(async () => saves[i].reject(e)),
  };
}

function renderSaved(s: ReturnType<typeof store>) {
  return renderHook(({ state }) => useSavedDocument(s.save, state, s.onSaved), {
    initialProps: { state: start },
  });
}

const settle = () => act(() => jest.advanceTimersByTime(SAVE_DELAY_MS));

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test("the agent as opened is not saved again", () => {
  const s = store();
  const { result } = renderSaved(s);
  settle();
  expect(result.current).toEqual({ status: "unchanged" });
  expect(s.saves).toHaveLength(0);
});

test("an edit is saved once it has settled, then said saved and passed on", async () => {
  const s = store();
  const { result, rerender } = renderSaved(s);
  rerender({ state: named(start, "Margin watch") });
  act(() => jest.advanceTimersByTime(SAVE_DELAY_MS - 1));
  expect(s.saves).toHaveLength(0);
  act(() => jest.advanceTimersByTime(1));
  expect(s.saves.map((x) => x.doc.name)).toEqual(["Margin watch"]);
  expect(result.current).toEqual({ status: "unchanged" });
  await s.end(0);
  expect(result.current).toMatchObject({ status: "saved", at: expect.any(Date) });
  expect(s.saved).toEqual(["Margin watch"]);
});

test("quick edits are saved once, as the last of them", async () => {
  const s = store();
  const { rerender } = renderSaved(s);
  const first = named(start, "M");
  rerender({ state: first });
  act(() => jest.advanceTimersByTime(SAVE_DELAY_MS / 2));
  rerender({ state: named(first, "Margin") });
  settle();
  expect(s.saves.map((x) => x.doc.name)).toEqual(["Margin"]);
});

test("an agent with problems is not saved over the last valid one", () => {
  const s = store();
  const { result, rerender } = renderSaved(s);
  const broken = agentReducer(start, { type: "load", doc: { ...start.doc, series: [] } });
  expect(broken.issues.length).toBeGreaterThan(0);
  rerender({ state: broken });
  settle();
  expect(s.saves).toHaveLength(0);
  expect(result.current).toEqual({
    status: "notSaved",
    reason: "Fix the problems shown first; the last valid agent is kept.",
  });
});

test("a save that fails says why, and nothing is passed on", async () => {
  const s = store();
  const { result, rerender } = renderSaved(s);
  rerender({ state: named(start, "Margin watch") });
  settle();
  await s.refuse(0, new Error("The workbook is read-only."));
  expect(result.current).toEqual({ status: "notSaved", reason: "The workbook is read-only." });
  expect(s.saved).toEqual([]);
});

test("a save that ends after a newer one started is not reported", async () => {
  const s = store();
  const { result, rerender } = renderSaved(s);
  const first = named(start, "First");
  rerender({ state: first });
  settle();
  rerender({ state: named(first, "Second") });
  settle();
  expect(s.saves.map((x) => x.doc.name)).toEqual(["First", "Second"]);
  await s.refuse(0, new Error("The older save failed."));
  expect(result.current).toEqual({ status: "unchanged" });
  await s.end(1);
  expect(result.current.status).toBe("saved");
  expect(s.saved).toEqual(["Second"]);
});
