/** @jest-environment jsdom */
import { renderHook, waitFor } from "@testing-library/react";
import type { TaskPaneHost } from "../../../src/taskpane/host/host";
import { useSheetSamples } from "../../../src/taskpane/session/use-sheet-sample";
import { fakeHost, readSheet } from "../steps/step-harness";

type SourceSheet = Awaited<ReturnType<TaskPaneHost["loadSheet"]>>;

const PRICES: SourceSheet = readSheet(
  "Prices",
  ["Product", "Price"],
  [
    ["P1", 10],
    ["P2", 11],
    ["P3", 12],
    ["P4", 13],
  ]
).sheet as SourceSheet;

/** A host whose Prices sheet reads; any other sheet is missing. Counts the reads per name. */
function pricesHost() {
  const reads: string[] = [];
  const host = fakeHost({
    loadSheet: async (name) => {
      reads.push(name);
      if (name === "Prices") return PRICES;
      throw new Error(`There is no sheet named "${name}" in this workbook.`);
    },
  });
  return { host, reads };
}

test("each named sheet shows loading, then its header and first three rows; no sheet is none", async () => {
  const { host } = pricesHost();
  const { result } = renderHook(() => useSheetSamples(host, ["Prices", null], 0));
  expect(result.current.map((s) => s.status)).toEqual(["loading", "none"]);
  await waitFor(() => expect(result.current[0].status).toBe("ready"));
  expect(result.current[0]).toEqual({
    status: "ready",
    headers: ["Product", "Price"],
    rows: [
      ["P1", 10],
      ["P2", 11],
      ["P3", 12],
    ],
  });
});

test("a sheet that cannot be read says why, beside one that can", async () => {
  const { host } = pricesHost();
  const { result } = renderHook(() => useSheetSamples(host, ["Rates", "Prices"], 0));
  await waitFor(() => expect(result.current.every((s) => s.status !== "loading")).toBe(true));
  expect(result.current[0]).toEqual({
    status: "error",
    message: expect.stringContaining('There is no sheet named "Rates"'),
  });
  expect(result.current[1].status).toBe("ready");
});

test("a sheet is read once per name, and again only when the tables are read again", async () => {
  const { host, reads } = pricesHost();
  const { result, rerender } = renderHook(({ names, gen }) => useSheetSamples(host, names, gen), {
    initialProps: { names: ["Prices"], gen: 0 },
  });
  await waitFor(() => expect(result.current[0].status).toBe("ready"));
  // Another input table added: only the new sheet is read; Prices keeps its sample.
  rerender({ names: ["Prices", "Rates"], gen: 0 });
  expect(result.current[0].status).toBe("ready");
  await waitFor(() => expect(result.current[1].status).toBe("error"));
  expect(reads).toEqual(["Prices", "Rates"]);
  rerender({ names: ["Prices", "Rates"], gen: 1 });
  expect(result.current[0].status).toBe("loading");
  await waitFor(() => expect(result.current[0].status).toBe("ready"));
  expect(reads.filter((r) => r === "Prices")).toHaveLength(2);
});
