/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import type { LifecycleHost, LifecycleView } from "../../../src/taskpane/host/host";
import { MAX_EVENTS, useLifecycle } from "../../../src/taskpane/session/use-lifecycle";
import { excelHost, fakeHost } from "../steps/step-harness";

/** Views are compared by identity: which read, decision or upload the pane shows. */
const view = (name: string) => ({ name }) as unknown as LifecycleView;

function lifecycleHost(overrides: Partial<LifecycleHost> = {}) {
  const host = {
    store: "this workbook",
    limitations: [],
    read: jest.fn(async () => view("read")),
    decide: jest.fn(async () => ({ view: view("decided"), notices: ["Submitted for approval."] })),
    definitionSaved: jest.fn(async () => view("draft again")),
    masterActions: jest.fn(),
    collectReturned: jest.fn(),
    runManually: jest.fn(),
    ...overrides,
  } as unknown as LifecycleHost;
  return host;
}

const doc = unprofitableAccountAgent();

test("inside Excel the lifecycle is loaded and read at once", async () => {
  const lifecycle = lifecycleHost();
  // One host for every render, as the pane has.
  const host = excelHost({ lifecycle: async () => lifecycle });
  const { result } = renderHook(() => useLifecycle(host, doc));
  await waitFor(() => expect(result.current.view).toEqual(view("read")));
  expect(result.current.host).toBe(lifecycle);
  expect(result.current.error).toBeNull();
});

test("in the browser nothing is loaded until asked; the host's lifecycle is loaded only once", async () => {
  const lifecycle = lifecycleHost();
  const load = jest.fn(async () => lifecycle);
  const host = fakeHost({ lifecycle: load });
  const { result } = renderHook(() => useLifecycle(host, doc));
  expect(load).not.toHaveBeenCalled();
  act(() => {
    result.current.load();
    result.current.load();
  });
  await waitFor(() => expect(result.current.view).toEqual(view("read")));
  let outcome: unknown;
  await act(async () => {
    outcome = await result.current.decide({ action: "submit", by: "ana" } as never);
  });
  expect(outcome).toEqual({ ok: true, notices: ["Submitted for approval."] });
  expect(result.current.view).toEqual(view("decided"));
  expect(load).toHaveBeenCalledTimes(1);
});

test("a refused decision says why and leaves the view as it was", async () => {
  const lifecycle = lifecycleHost({
    decide: jest.fn(async () => {
      throw new Error("Only a submitted agent can be approved.");
    }),
  });
  // One host for every render, as the pane has.
  const host = excelHost({ lifecycle: async () => lifecycle });
  const { result } = renderHook(() => useLifecycle(host, doc));
  await waitFor(() => expect(result.current.view).toEqual(view("read")));
  let outcome: unknown;
  await act(async () => {
    outcome = await result.current.decide({ action: "approve", by: "ana" } as never);
  });
  expect(outcome).toEqual({ ok: false, message: "Only a submitted agent can be approved." });
  expect(result.current.view).toEqual(view("read"));
});

test("a lifecycle that cannot be read shows its error", async () => {
  const lifecycle = lifecycleHost({
    read: jest.fn(async () => {
      throw new Error("The Run Log sheet is protected.");
    }),
  });
  // One host for every render, as the pane has.
  const host = excelHost({ lifecycle: async () => lifecycle });
  const { result } = renderHook(() => useLifecycle(host, doc));
  await waitFor(() => expect(result.current.error).toBe("The Run Log sheet is protected."));
  expect(result.current.view).toBeNull();
});

test("inside Excel there is no report to continue from: the user is told why", async () => {
  const lifecycle = lifecycleHost();
  // One host for every render, as the pane has.
  const host = excelHost({ lifecycle: async () => lifecycle });
  const { result } = renderHook(() => useLifecycle(host, doc));
  await expect(result.current.continueFrom(new File([], "report.xlsx"))).rejects.toThrow(
    "Inside Excel the workbook itself keeps the action list; there is no report to upload."
  );
});

test("a saved definition goes back to Draft only once the lifecycle is loaded", async () => {
  const lifecycle = lifecycleHost();
  // One host for every render, as the pane has.
  const host = fakeHost({ lifecycle: async () => lifecycle });
  const { result } = renderHook(() => useLifecycle(host, doc));
  act(() => result.current.definitionSaved(doc));
  expect(lifecycle.definitionSaved).not.toHaveBeenCalled();
  act(() => result.current.load());
  await waitFor(() => expect(result.current.view).toEqual(view("read")));
  act(() => result.current.definitionSaved(doc));
  await waitFor(() => expect(result.current.view).toEqual(view("draft again")));
});

test("the schedule's events are kept latest first, at most MAX_EVENTS", () => {
  const host = fakeHost();
  const { result } = renderHook(() => useLifecycle(host, doc));
  act(() => {
    for (let i = 1; i <= MAX_EVENTS + 2; i++)
      result.current.addEvent({ at: new Date(0), tone: "info", text: `event ${i}` });
  });
  expect(result.current.events.map((e) => e.text)).toEqual(
    Array.from({ length: MAX_EVENTS }, (_, i) => `event ${MAX_EVENTS + 2 - i}`)
  );
});
