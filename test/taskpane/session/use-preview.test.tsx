/** @jest-environment jsdom */
/**
 * The live preview: the real engine computes the agent on the table in memory, for the current
 * document and data, again once an edit has settled; an answer for inputs that changed since is
 * dropped. The host's other sheets (reference prices here) are read when the test says.
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import type { CellRow } from "../../../src/core/model/cells";
import type { AgentDocument } from "../../../src/core/model/document";
import type { SourceSheet } from "../../../src/core/model/source";
import type { TaskPaneHost } from "../../../src/taskpane/host/host";
import { parseSource } from "../../../src/taskpane/run/engine";
import type { ParsedSource } from "../../../src/taskpane/session/source-state";
import {
  latestResult,
  PREVIEW_DELAY_MS,
  usePreview,
  type Preview,
} from "../../../src/taskpane/session/use-preview";
import {
  agentReducer,
  initialAgentState,
  type AgentState,
} from "../../../src/taskpane/state/agent-reducer";
import { presetDocument } from "../../helpers/agent";
import { fakeHost, SAMPLE_HEADERS, SAMPLE_ROWS } from "../steps/step-harness";

const doc = presetDocument("2025-10-22");
/** The same agent pricing its revenue uplift at reference prices per customer, from "Prices". */
const withPrices: AgentDocument = {
  ...doc,
  referencePrices: { sheet: "Prices", by: "CustomerId" },
};

/** SAMPLE_ROWS with account C2 priced at a loss: C1 and C2 are flagged instead of C1 alone. */
const LOSS_ROWS: readonly CellRow[] = SAMPLE_ROWS.map((row) =>
  row[0] === "C2" ? [...row.slice(0, 5), -410.19, ...row.slice(6)] : row
);

async function parsedOf(
  rows: readonly CellRow[],
  key: string,
  parsedFor: AgentDocument = doc
): Promise<ParsedSource> {
  const sheet: SourceSheet = {
    name: "Sales",
    headers: SAMPLE_HEADERS,
    blocks: [{ firstRowNumber: 2, rows }],
  };
  return { ...(await parseSource(sheet, parsedFor)), key };
}

/** A host whose "Prices" sheet is read when the test says (`finish(i)`: the i-th read). */
function pricesHost() {
  const reads: { resolve(s: SourceSheet): void; reject(e: unknown): void }[] = [];
  const host: TaskPaneHost = fakeHost({
    loadSheet: () => new Promise((resolve, reject) => reads.push({ resolve, reject })),
  });
  const prices: SourceSheet = {
    name: "Prices",
    headers: ["Customer Id", "Reference Price"],
    blocks: [{ firstRowNumber: 2, rows: [["C1", 100]] }],
  };
  return {
    host,
    reads,
    finish: (i: number) => reads[i].resolve(prices),
    fail: (i: number, e: unknown) => reads[i].reject(e),
  };
}

const flaggedIds = (preview: Preview) =>
  latestResult(preview)?.flagged.map((row) => row.CustomerId) ?? null;

function renderPreview(host: TaskPaneHost, parsed: ParsedSource | null, state: AgentState) {
  return renderHook(({ p, s }) => usePreview(host, p, s), {
    initialProps: { p: parsed, s: state },
  });
}

afterEach(() => jest.useRealTimers());

test("without data there is nothing to preview", () => {
  const { result } = renderPreview(fakeHost(), null, initialAgentState(doc));
  expect(result.current).toEqual({ status: "noData" });
  expect(latestResult(result.current)).toBeNull();
});

test("an agent with problems is not computed", async () => {
  const broken = initialAgentState({ ...doc, series: [] });
  expect(broken.issues.length).toBeGreaterThan(0);
  const { result } = renderPreview(fakeHost(), await parsedOf(SAMPLE_ROWS, "a"), broken);
  expect(result.current).toEqual({ status: "invalid" });
});

test("the preview is the agent computed on the data: computing, then ready with its result", async () => {
  const parsed = await parsedOf(SAMPLE_ROWS, "a");
  const { result } = renderPreview(fakeHost(), parsed, initialAgentState(doc));
  expect(result.current).toEqual({ status: "computing", previous: null });
  await waitFor(() => expect(result.current.status).toBe("ready"));
  expect(flaggedIds(result.current)).toEqual(["C1"]);
});

test("new data is computed at once; the result before stays shown while it computes", async () => {
  const state = initialAgentState(doc);
  const { result, rerender } = renderPreview(fakeHost(), await parsedOf(SAMPLE_ROWS, "a"), state);
  await waitFor(() => expect(result.current.status).toBe("ready"));
  const first = latestResult(result.current);
  rerender({ p: await parsedOf(LOSS_ROWS, "b"), s: state });
  expect(result.current).toEqual({ status: "computing", previous: first });
  await waitFor(() => expect(flaggedIds(result.current)).toEqual(["C1", "C2"]));
});

test("an edit is computed once it has settled for PREVIEW_DELAY_MS, not on each change", async () => {
  const parsed = await parsedOf(LOSS_ROWS, "a");
  const state = initialAgentState(doc);
  const { result, rerender } = renderPreview(fakeHost(), parsed, state);
  await waitFor(() => expect(flaggedIds(result.current)).toEqual(["C1", "C2"]));
  jest.useFakeTimers();
  const edited = agentReducer(state, { type: "load", doc: { ...doc, name: "Edited" } });
  rerender({ p: parsed, s: edited });
  act(() => jest.advanceTimersByTime(PREVIEW_DELAY_MS - 1));
  expect(result.current.status).toBe("ready");
  act(() => jest.advanceTimersByTime(1));
  expect(result.current.status).toBe("computing");
  jest.useRealTimers();
  await waitFor(() => expect(result.current.status).toBe("ready"));
});

test("a preview for data replaced meanwhile never overwrites the newer one", async () => {
  const { host, reads, finish } = pricesHost();
  const state = initialAgentState(withPrices);
  expect(state.issues).toEqual([]);
  const { result, rerender } = renderPreview(
    host,
    await parsedOf(SAMPLE_ROWS, "a", withPrices),
    state
  );
  await waitFor(() => expect(reads).toHaveLength(1));
  rerender({ p: await parsedOf(LOSS_ROWS, "b", withPrices), s: state });
  await waitFor(() => expect(reads).toHaveLength(2));
  // The newer data's prices arrive first, the older data's after them.
  await act(async () => finish(1));
  await waitFor(() => expect(result.current).toMatchObject({ status: "ready" }));
  expect(flaggedIds(result.current)).toEqual(["C1", "C2"]);
  await act(async () => {
    finish(0);
    await new Promise((r) => setTimeout(r, 0));
  });
  expect(flaggedIds(result.current)).toEqual(["C1", "C2"]);
});

test("a table that cannot be read shows its error", async () => {
  const { host, reads, fail } = pricesHost();
  const { result } = renderPreview(
    host,
    await parsedOf(SAMPLE_ROWS, "a"),
    initialAgentState(withPrices)
  );
  await waitFor(() => expect(reads).toHaveLength(1));
  await act(async () => fail(0, new Error("Sheet 'Prices' was not found.")));
  await waitFor(() =>
    expect(result.current).toEqual({ status: "error", message: "Sheet 'Prices' was not found." })
  );
});
