/** @jest-environment jsdom */
/**
 * The pane's "Workbooks for sales leads" as a hook: preparing renders the real owners' workbooks
 * (the workbook's Owners sheet, the pane's xlsx writer), collecting reads returned ones back and
 * hands them to the lifecycle with what each was sent with; an answer for a run or request that
 * was replaced meanwhile is dropped, and each task's answer is its own.
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { TextDecoder, TextEncoder } from "util";
import type { ReturnedWorkbook } from "../../../src/core/agent/lifecycle";
import type { AgentResult } from "../../../src/core/model/result";
import type { SourceSheet } from "../../../src/core/model/source";
import type {
  CollectedReturns,
  DeliveredWorkbooks,
  LifecycleHost,
  OwnerWorkbookFile,
  TaskPaneHost,
} from "../../../src/taskpane/host/host";
import { SessionContext } from "../../../src/taskpane/session/context";
import { useOwnerWorkbooks } from "../../../src/taskpane/session/use-owner-workbooks";
import { agent, resultOf, WEEK_1, WEEK_2 } from "../../excel/lifecycle-fixtures";
import { fakeHost, fakeSession, idleLifecycle } from "../steps/step-harness";

// The browser has these; jest's jsdom does not (the xlsx writer encodes the sheets' text).
Object.assign(globalThis, { TextEncoder, TextDecoder });

/** Rendering workbooks loads the xlsx writer: seconds on a busy machine (a guard against a hang only). */
const LONG = { timeout: 20_000 };

const at = new Date("2025-10-21T10:00:00Z");
const doc = agent();
const week1 = resultOf(WEEK_1, doc, at);
const week2 = resultOf(WEEK_2, doc, at);

const OWNERS: SourceSheet = {
  name: "Owners",
  headers: ["Customer Id", "Account Owner", "E-mail"],
  blocks: [
    {
      firstRowNumber: 2,
      rows: [
        ["A", "Ann Lee", "ann@example.com"],
        ["B", "Bo Chen", "bo@example.com"],
        ["C", "Bo Chen", "bo@example.com"],
      ],
    },
  ],
};

/**
 * A workbook with an Owners sheet whose owners' workbooks are delivered when the test says
 * (`deliver()`, oldest first; `hold: false` delivers at once), and a lifecycle that collects.
 */
function workbook(options: { hold?: boolean; masterActions?: LifecycleHost["masterActions"] }) {
  const delivered: OwnerWorkbookFile[] = [];
  const waiting: (() => void)[] = [];
  const returned: (readonly ReturnedWorkbook[])[] = [];
  const lifecycle = {
    masterActions:
      options.masterActions ??
      (async () => ({ actions: { records: [], extraColumns: [] }, timeZone: "UTC" })),
    collectReturned: async (_doc: unknown, workbooks: readonly ReturnedWorkbook[]) => {
      returned.push(workbooks);
      return { into: "this workbook", download: null } as unknown as CollectedReturns;
    },
  } as unknown as LifecycleHost;
  const host: TaskPaneHost = fakeHost({
    loadSheet: async () => OWNERS,
    deliverOwnerWorkbooks: (files) =>
      new Promise<DeliveredWorkbooks>((resolve) => {
        const done = () => {
          delivered.push(...files);
          resolve({ kind: "opened", count: files.length });
        };
        if (options.hold) waiting.push(done);
        else done();
      }),
    lifecycle: async () => lifecycle,
  });
  const load = jest.fn();
  const session = fakeSession({ host, lifecycle: idleLifecycle({ load }) });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
  );
  return { host, wrapper, delivered, returned, load, deliver: () => waiting.shift()!() };
}

function renderOwners(wrapper: ReturnType<typeof workbook>["wrapper"], result = week1) {
  return renderHook(({ r }: { r: AgentResult }) => useOwnerWorkbooks(r, doc), {
    wrapper,
    initialProps: { r: result },
  });
}

/** A returned workbook as the user picks it: the file an owner was sent. */
const returnedFile = (file: OwnerWorkbookFile) =>
  ({ name: file.fileName, arrayBuffer: async () => file.bytes.slice().buffer }) as unknown as File;

test("prepare renders one workbook per owner and says what each holds", async () => {
  const { wrapper, delivered } = workbook({});
  const { result } = renderOwners(wrapper);
  expect(result.current.prepared).toEqual({ kind: "idle" });
  act(() => result.current.prepare());
  expect(result.current.prepared).toEqual({ kind: "working" });
  await waitFor(() => expect(result.current.prepared).toMatchObject({ kind: "done" }), LONG);
  const prepared = result.current.prepared;
  if (prepared.kind !== "done") throw new Error("not done");
  expect(prepared.value.packs.map((p) => [p.owner, p.fileName, p.accounts, p.flagged])).toEqual([
    ["Ann Lee", "Ann Lee.xlsx", 1, 1],
    ["Bo Chen", "Bo Chen.xlsx", 2, 1],
  ]);
  expect(prepared.value.delivered).toEqual({ kind: "opened", count: 2 });
  expect(delivered.map((f) => f.fileName)).toEqual(["Ann Lee.xlsx", "Bo Chen.xlsx"]);
});

test("a prepare that fails says why", async () => {
  const { wrapper } = workbook({
    masterActions: async () => {
      throw new Error("The Actions sheet is protected.");
    },
  });
  const { result } = renderOwners(wrapper);
  act(() => result.current.prepare());
  await waitFor(() =>
    expect(result.current.prepared).toEqual({
      kind: "failed",
      message: "The Actions sheet is protected.",
    })
  );
});

test("a new run starts afresh, and the workbooks of the run before are not shown for it", async () => {
  const { wrapper, deliver } = workbook({ hold: true });
  const { result, rerender } = renderOwners(wrapper);
  act(() => result.current.prepare());
  await waitFor(() => expect(result.current.prepared.kind).toBe("working"));
  rerender({ r: week2 });
  expect(result.current.prepared).toEqual({ kind: "idle" });
  await act(async () => {
    deliver();
    await new Promise((r) => setTimeout(r, 0));
  });
  expect(result.current.prepared).toEqual({ kind: "idle" });
});

test("collecting returned workbooks hands them over with what each was sent with", async () => {
  const { wrapper, delivered, returned, load } = workbook({});
  const { result } = renderOwners(wrapper);
  act(() => result.current.prepare());
  await waitFor(() => expect(result.current.prepared).toMatchObject({ kind: "done" }), LONG);
  act(() => result.current.collect(delivered.map(returnedFile)));
  expect(result.current.collected).toEqual({ kind: "working" });
  await waitFor(() => expect(result.current.collected.kind).toBe("done"), LONG);
  expect(result.current.collected).toMatchObject({ kind: "done", value: { files: 2 } });
  expect(returned).toHaveLength(1);
  expect(returned[0].map((w) => w.file)).toEqual(["Ann Lee.xlsx", "Bo Chen.xlsx"]);
  // Sent this session: each file is told apart from a change made in the master meanwhile.
  expect(returned[0].every((w) => w.sent !== null)).toBe(true);
  expect(load).toHaveBeenCalledTimes(1);
});

test("collecting without a workbook says what to choose", async () => {
  const { wrapper } = workbook({});
  const { result } = renderOwners(wrapper);
  act(() => result.current.collect([{ name: "notes.txt" } as File]));
  await waitFor(() =>
    expect(result.current.collected).toEqual({
      kind: "failed",
      message: "Choose the returned workbooks (.xlsx files) to collect.",
    })
  );
});

test("collecting while the workbooks are prepared leaves both answers shown", async () => {
  const { wrapper, deliver } = workbook({ hold: true });
  const { result } = renderOwners(wrapper);
  act(() => result.current.prepare());
  await waitFor(() => expect(result.current.prepared.kind).toBe("working"));
  act(() => result.current.collect([{ name: "notes.txt" } as File]));
  await waitFor(() => expect(result.current.collected.kind).toBe("failed"));
  await act(async () => deliver());
  await waitFor(() => expect(result.current.prepared).toMatchObject({ kind: "done" }), LONG);
});
