/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import type { SourceSheet } from "../../../src/core/model/source";
import type { TaskPaneHost } from "../../../src/taskpane/host/host";
import { useSource } from "../../../src/taskpane/session/use-source";

function sheet(name: string): SourceSheet {
  return {
    name,
    headers: [
      "Customer Id",
      "Customer Name",
      "Customer Segment",
      "Pricing Date",
      "Invoice Price",
      "Gross Margin",
    ],
    blocks: [{ firstRowNumber: 2, rows: [["C1", "Acme", "Cooling", 45951, 100, 20]] }],
  };
}

/** A host whose reads finish when the test says so. */
function slowHost() {
  const pending = new Map<string, (s: SourceSheet) => void>();
  const host = {
    kind: "browser",
    readSource: (name: string | null) =>
      new Promise<SourceSheet>((resolve) => pending.set(name ?? "", resolve)),
    listSources: async () => [],
  } as unknown as TaskPaneHost;
  return { host, finish: (name: string) => pending.get(name)!(sheet(name)) };
}

test("a read that finishes after a newer one never overwrites it", async () => {
  const { host, finish } = slowHost();
  const doc = unprofitableAccountAgent();
  const { result } = renderHook(() => useSource(host, doc, () => undefined));
  let first: Promise<void> = Promise.resolve();
  let second: Promise<void> = Promise.resolve();
  act(() => {
    first = result.current.select("January");
    second = result.current.select("February");
  });
  await act(async () => {
    finish("February");
    await second;
  });
  await waitFor(() => expect(result.current.sheet?.name).toBe("February"));
  await act(async () => {
    finish("January");
    await first;
  });
  expect(result.current.sheet?.name).toBe("February");
  expect(result.current.busy).toBeNull();
});
