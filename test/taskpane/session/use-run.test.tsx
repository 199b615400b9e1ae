/** @jest-environment jsdom */
/**
 * The Run button's run and the schedule's, with the real engine over a small sheet: a fake host
 * stands in for the workbook (what its result sheets hold) and for the lifecycle's recording.
 */
import { act, renderHook } from "@testing-library/react";
import type { CellRow } from "../../../src/core/model/cells";
import { CancelledError } from "../../../src/core/model/errors";
import type { SheetDescription } from "../../../src/core/model/sheet";
import type { RunProgress, SourceSheet } from "../../../src/core/model/source";
import type {
  LifecycleHost,
  ProgressOptions,
  RunRecord,
  TaskPaneHost,
} from "../../../src/taskpane/host/host";
import { reportedRun, useAgentRun } from "../../../src/taskpane/session/use-run";
import { presetDocument } from "../../helpers/agent";
import { fakeHost, SAMPLE_HEADERS, SAMPLE_ROWS } from "../steps/step-harness";

const doc = presetDocument("2025-10-22");

/** SAMPLE_ROWS with account C2 priced at a loss: C1 and C2 are flagged instead of C1 alone. */
const LOSS_ROWS: readonly CellRow[] = SAMPLE_ROWS.map((row) =>
  row[0] === "C2" ? [...row.slice(0, 5), -410.19, ...row.slice(6)] : row
);

function sheetOf(rows: readonly CellRow[]): SourceSheet {
  return { name: "Sales", headers: SAMPLE_HEADERS, blocks: [{ firstRowNumber: 2, rows }] };
}

/**
 * A workbook whose source reads wait for the test (`finish(rows)` or `fail(error)`, oldest read
 * first), whose delivered sheets are kept as its report, and whose lifecycle records a manual run
 * as the hosts do: performed, then recorded as Completed or Failed; a cancelled run is rethrown.
 */
function workbook() {
  const reads: { resolve(s: SourceSheet): void; reject(e: unknown): void }[] = [];
  const report: { sheets: readonly string[]; deliveries: number } = {
    sheets: ["Old Summary"],
    deliveries: 0,
  };
  const record = (outcome: RunRecord["outcome"]) =>
    ({ outcome, message: `Recorded: ${outcome}.`, notices: [] }) as unknown as RunRecord;
  const lifecycle = {
    runManually: async (_doc: unknown, perform: (add: null) => Promise<unknown>) => {
      try {
        return { kind: "ran", output: await perform(null), record: record("Completed") };
      } catch (error) {
        if (error instanceof CancelledError) throw error;
        return { kind: "failed", error, record: record("Failed") };
      }
    },
  } as unknown as LifecycleHost;
  const host: TaskPaneHost = fakeHost({
    readSource: (_name: string | null, options?: ProgressOptions) => {
      options?.onProgress?.({ phase: "reading", done: 2, total: 3 });
      return new Promise((resolve, reject) => reads.push({ resolve, reject }));
    },
    deliverResults: async (sheets: readonly SheetDescription[]) => {
      report.sheets = sheets.map((s) => s.name);
      report.deliveries++;
      return { sheets: report.sheets, notices: [] };
    },
    lifecycle: async () => lifecycle,
  });
  return {
    host,
    report,
    finish: (rows: readonly CellRow[] = SAMPLE_ROWS) => reads.shift()!.resolve(sheetOf(rows)),
    finishNewest: (rows: readonly CellRow[]) => reads.pop()!.resolve(sheetOf(rows)),
    fail: (error: unknown) => reads.shift()!.reject(error),
  };
}

function renderRun(host: TaskPaneHost) {
  const recorded: RunRecord[] = [];
  const view = renderHook(() => useAgentRun(host, (r) => recorded.push(r)));
  return { ...view, recorded };
}

/** Lets the hook's awaits (the lifecycle, the read) get as far as they can. */
const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

test("a run goes from idle to running with the host's progress, then done with its result", async () => {
  const { host, report, finish } = workbook();
  const { result, recorded } = renderRun(host);
  expect(result.current.state).toEqual({ status: "idle" });
  let run: Promise<void> = Promise.resolve();
  act(() => void (run = result.current.start(doc, "ana")));
  await settle();
  expect(result.current.state).toEqual({
    status: "running",
    progress: { phase: "reading", done: 2, total: 3 } satisfies RunProgress,
    cancelling: false,
    trigger: "manual",
    previous: null,
  });
  await act(async () => {
    finish();
    await run;
  });
  const state = result.current.state;
  if (state.status !== "done") throw new Error(`expected done, got ${state.status}`);
  expect(state.trigger).toBe("manual");
  expect(state.result.flagged.map((a) => a.CustomerId)).toEqual(["C1"]);
  expect(state.delivered.sheets).toEqual(report.sheets);
  expect(report.sheets).not.toContain("Old Summary");
  expect(state.record?.outcome).toBe("Completed");
  expect(recorded.map((r) => r.outcome)).toEqual(["Completed"]);
});

test("Cancel during a run ends in 'cancelled', and the report of the run before stays, shown as it was", async () => {
  const { host, report, finish } = workbook();
  const { result, recorded } = renderRun(host);
  await act(async () => {
    const run = result.current.start(doc);
    await new Promise((r) => setTimeout(r, 0));
    finish();
    await run;
  });
  const before = [...report.sheets];
  const first = result.current.state;
  expect(first.status).toBe("done");
  let run: Promise<void> = Promise.resolve();
  act(() => void (run = result.current.start(doc)));
  await settle();
  act(() => result.current.cancel());
  expect(result.current.state).toMatchObject({ status: "running", cancelling: true });
  await act(async () => {
    finish(LOSS_ROWS);
    await run;
  });
  // The first run's results, the very same, are what the pane shows again: C1 alone, not C1 and C2.
  expect(result.current.state).toEqual({ status: "cancelled", previous: first });
  expect(reportedRun(result.current.state)?.result.flagged.map((a) => a.CustomerId)).toEqual([
    "C1",
  ]);
  // Nothing was delivered or recorded for the cancelled run: the workbook holds the first run's report.
  expect(report.sheets).toEqual(before);
  expect(recorded).toHaveLength(1);
});

test("a failed run says why, is recorded, and leaves the previous report as it was", async () => {
  const { host, report, finish, fail } = workbook();
  const { result, recorded } = renderRun(host);
  await act(async () => {
    const run = result.current.start(doc);
    await new Promise((r) => setTimeout(r, 0));
    finish();
    await run;
  });
  const before = [...report.sheets];
  const first = result.current.state;
  await act(async () => {
    const run = result.current.start(doc);
    await new Promise((r) => setTimeout(r, 0));
    fail(new Error("The sheet 'Sales' is locked."));
    await run;
  });
  expect(result.current.state).toEqual({
    status: "failed",
    message: "The sheet 'Sales' is locked.",
    record: expect.objectContaining({ outcome: "Failed" }),
    previous: first,
  });
  expect(reportedRun(result.current.state)).toBe(first);
  expect(report.sheets).toEqual(before);
  expect(recorded.map((r) => r.outcome)).toEqual(["Completed", "Failed"]);
});

test("a run started while another runs wins: the older one's answer never overwrites it", async () => {
  const { host, report, finish } = workbook();
  const { result } = renderRun(host);
  let older: Promise<void> = Promise.resolve();
  let newer: Promise<void> = Promise.resolve();
  act(() => void (older = result.current.start(doc)));
  await settle();
  act(() => void (newer = result.current.start(doc)));
  await settle();
  // The older read finishes first with the loss rows, the newer one last with the sample.
  await act(async () => {
    finish(LOSS_ROWS);
    await older;
  });
  expect(result.current.state.status).toBe("running");
  await act(async () => {
    finish(SAMPLE_ROWS);
    await newer;
  });
  const state = result.current.state;
  if (state.status !== "done") throw new Error(`expected done, got ${state.status}`);
  expect(state.result.flagged.map((a) => a.CustomerId)).toEqual(["C1"]);
  expect(report.sheets).toEqual(state.delivered.sheets);
});

test("a newer run finishing first is not replaced by the older one finishing after it", async () => {
  const { host, report, finish, finishNewest } = workbook();
  const { result } = renderRun(host);
  let older: Promise<void> = Promise.resolve();
  let newer: Promise<void> = Promise.resolve();
  act(() => void (older = result.current.start(doc)));
  await settle();
  act(() => void (newer = result.current.start(doc)));
  await settle();
  await act(async () => {
    finishNewest(SAMPLE_ROWS);
    await newer;
  });
  expect(result.current.state).toMatchObject({ status: "done" });
  await act(async () => {
    finish(LOSS_ROWS);
    await older;
  });
  const state = result.current.state;
  if (state.status !== "done") throw new Error(`expected done, got ${state.status}`);
  expect(state.result.flagged.map((a) => a.CustomerId)).toEqual(["C1"]);
  // The older run was superseded: it wrote nothing over the newer run's report.
  expect(report.deliveries).toBe(1);
});

test("a scheduled run shows like any run and takes the schedule's record once written", async () => {
  const { host, finish } = workbook();
  const { result } = renderRun(host);
  let run: Promise<unknown> = Promise.resolve();
  act(() => void (run = result.current.runScheduled(doc)));
  await settle();
  expect(result.current.state).toMatchObject({ status: "running", trigger: "schedule" });
  await act(async () => {
    finish();
    await run;
  });
  expect(result.current.state).toMatchObject({ status: "done", trigger: "schedule", record: null });
  const record = { outcome: "Completed", message: "Ran." } as unknown as RunRecord;
  act(() => result.current.attachRecord(record));
  expect(result.current.state).toMatchObject({ status: "done", record });
});

test("a cancelled run with no run before it shows no results; the next run's results replace the kept ones", async () => {
  const { host, finish } = workbook();
  const { result } = renderRun(host);
  let run: Promise<void> = Promise.resolve();
  act(() => void (run = result.current.start(doc)));
  await settle();
  act(() => result.current.cancel());
  await act(async () => {
    finish();
    await run;
  });
  expect(result.current.state).toEqual({ status: "cancelled", previous: null });
  expect(reportedRun(result.current.state)).toBeNull();
  // A run after the cancelled one finishes: its own results, C1 and C2 with the loss rows.
  await act(async () => {
    const next = result.current.start(doc);
    await new Promise((r) => setTimeout(r, 0));
    finish(LOSS_ROWS);
    await next;
  });
  expect(reportedRun(result.current.state)?.result.flagged.map((a) => a.CustomerId)).toEqual([
    "C1",
    "C2",
  ]);
});
