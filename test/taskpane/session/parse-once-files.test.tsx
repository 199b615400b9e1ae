/** @jest-environment jsdom */
/**
 * A new file is parsed once, at once, with the mapping made for its headers (not the previous
 * file's override); only edits that change what parsing depends on (typing a column name) wait
 * for the key to settle. parse-once.test.tsx has the sample with its own settings.
 */
import { useReducer } from "react";
import { act, renderHook } from "@testing-library/react";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import type { AgentDocument } from "../../../src/core/model/document";
import type { SourceSheet } from "../../../src/core/model/source";
import type { TaskPaneHost } from "../../../src/taskpane/host/host";
import { agentReducer, initialAgentState } from "../../../src/taskpane/state/agent-reducer";
import { useSource } from "../../../src/taskpane/session/use-source";

// Fake timers: the test steps the clock past the debounce, it does not wait on it.
beforeEach(() => {
  jest.useFakeTimers();
  localStorage.clear();
});
afterEach(() => jest.useRealTimers());

const HEADERS: Record<string, readonly string[]> = {
  // The preset's own column names.
  "January.xlsx": [
    "Customer Id",
    "Customer Name",
    "Customer Segment",
    "Pricing Date",
    "Invoice Price",
    "Gross Margin",
  ],
  // Other headers: the January mapping override does not fit them (sheet-mappings.ts).
  "Other.xlsx": ["Account", "Name", "Segment", "Date", "Revenue", "Margin"],
};

function sheet(name: string): SourceSheet {
  return {
    name,
    headers: [...(HEADERS[name] ?? HEADERS["January.xlsx"]!)],
    blocks: [{ firstRowNumber: 2, rows: [["C1", "Acme", "Cooling", 45951, 100, 20]] }],
  };
}

/** A browser host that opens files at once and counts the parses asked of it, with the key's mapping. */
function countingHost() {
  let current: string | null = null;
  const parses: string[] = [];
  const host = {
    kind: "browser",
    files: {
      openFile: async (file: File) => {
        current = file.name;
        return [{ name: file.name, kind: "sheet" as const }];
      },
      get fileName() {
        return current;
      },
    },
    readSource: async (name: string | null) => sheet(name ?? ""),
    listSources: async () => (current ? [{ name: current, kind: "sheet" }] : []),
    loadSheet: async (name: string) => sheet(name),
    parseSource: async (name: string, doc: AgentDocument) => {
      parses.push(
        `${name} ${JSON.stringify(doc.source.mapping)} ${JSON.stringify(doc.currency.rates)}`
      );
      return { table: { rows: [] }, quality: {} };
    },
  } as unknown as TaskPaneHost;
  return { host, parses };
}

/** The pane's own wiring: the agent reducer's document, and the source session over it. */
function usePane(host: TaskPaneHost, doc: AgentDocument) {
  const [state, dispatch] = useReducer(agentReducer, doc, initialAgentState);
  return { source: useSource(host, state.doc, dispatch), doc: state.doc, dispatch };
}

const file = (name: string) => ({ name }) as File;

/** Lets the host's promises settle, then steps the clock well past the debounce. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => jest.advanceTimersByTime(400));
}

test("a file whose headers get a new mapping is parsed once, with that mapping", async () => {
  const { host, parses } = countingHost();
  const doc = unprofitableAccountAgent();
  // An override made for January's headers: Other.xlsx gets automatic detection instead.
  const withOverride: AgentDocument = {
    ...doc,
    source: { ...doc.source, mapping: { InvoicePrice: "Invoice Price" } },
  };
  const { result } = renderHook(() => usePane(host, withOverride));
  await act(async () => {
    await result.current.source.openFile(file("January.xlsx"));
  });
  await settle();
  expect(parses).toEqual([`January.xlsx {"InvoicePrice":"Invoice Price"} {}`]);

  await act(async () => {
    await result.current.source.openFile(file("Other.xlsx"));
  });
  await settle();
  expect(result.current.doc.source.mapping).toEqual({});
  expect(parses.slice(1)).toEqual(["Other.xlsx {} {}"]);
});

test("typing a column name parses once, after the key has settled", async () => {
  const { host, parses } = countingHost();
  const { result } = renderHook(() => usePane(host, unprofitableAccountAgent()));
  await act(async () => {
    await result.current.source.openFile(file("January.xlsx"));
  });
  await settle();
  expect(parses).toHaveLength(1);

  // Three keys, 100 ms apart: no parse while typing.
  for (const header of ["I", "In", "Inv"]) {
    act(() => result.current.dispatch({ type: "setFieldMapping", field: "InvoicePrice", header }));
    await act(async () => jest.advanceTimersByTime(100));
  }
  expect(parses).toHaveLength(1);
  await settle();
  expect(parses.slice(1)).toEqual([`January.xlsx {"InvoicePrice":"Inv"} {}`]);
});
