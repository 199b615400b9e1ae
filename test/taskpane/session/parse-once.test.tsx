/** @jest-environment jsdom */
import { useReducer } from "react";
import { act, renderHook, waitFor } from "@testing-library/react";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import type { AgentDocument } from "../../../src/core/model/document";
import type { SourceSheet } from "../../../src/core/model/source";
import type { TaskPaneHost } from "../../../src/taskpane/host/host";
import { useSource } from "../../../src/taskpane/session/use-source";
import { agentReducer, initialAgentState } from "../../../src/taskpane/state/agent-reducer";

/**
 * A new sheet is parsed once, with the settings opened with it: the sample's own settings (its
 * EUR rate) change what parsing depends on in the same step as its sheet arrives, and parsing
 * waited 250 ms for such changes to settle, so the sample was parsed twice.
 */
const SHEET: SourceSheet = {
  name: "Transactions",
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

function sampleHost(settings: AgentDocument) {
  const parses: string[] = [];
  let open: string | null = null;
  const host = {
    kind: "browser",
    files: {
      openSample: async () => {
        open = "sample.xlsx";
        return [{ name: SHEET.name, kind: "sheet" }];
      },
      sampleAgent: async () => JSON.parse(JSON.stringify(settings)) as unknown,
      get fileName() {
        return open;
      },
    },
    readSource: async () => SHEET,
    listSources: async () => [{ name: SHEET.name, kind: "sheet" }],
    loadSheet: async () => SHEET,
    parseSource: async (_name: string, doc: AgentDocument) => {
      parses.push(JSON.stringify(doc.currency.rates));
      throw new Error("not parsed in this test");
    },
  } as unknown as TaskPaneHost;
  return { host, parses };
}

test("the sample is parsed once, with its own settings", async () => {
  const before = unprofitableAccountAgent();
  const settings: AgentDocument = {
    ...before,
    currency: { ...before.currency, rates: { EUR: 1.0832 } },
  };
  const { host, parses } = sampleHost(settings);
  const { result } = renderHook(() => {
    const [state, dispatch] = useReducer(agentReducer, before, initialAgentState);
    return useSource(host, state.doc, dispatch);
  });
  await act(async () => {
    await result.current.openSample();
  });
  await waitFor(() => expect(parses.length).toBeGreaterThan(0));
  // Longer than the 250 ms that edits wait for: a second parse would have started by now.
  await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
  expect(parses).toEqual([JSON.stringify({ EUR: 1.0832 })]);
});
