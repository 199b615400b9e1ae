/**
 * A host that lacks part of the add-in says what works and what does not (the manifest lets
 * every Excel open the pane), instead of a blank pane or functions that are silently missing.
 */
import {
  AGENT_UNSUPPORTED,
  FUNCTIONS_UNSUPPORTED,
  hostCapabilities,
} from "../../src/excel/host-capabilities";

function host(...supported: string[]): (set: string, version: string) => boolean {
  return (set, version) => supported.includes(`${set} ${version}`);
}

const EVERYTHING = ["ExcelApi 1.12", "CustomFunctionsRuntime 1.1", "SharedRuntime 1.1"];

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

test("Microsoft 365, Excel on the web or Mac: everything works, nothing to say", () => {
  expect(hostCapabilities(host(...EVERYTHING))).toEqual({
    runsAgent: true,
    functions: true,
    message: null,
  });
});

test("volume-licensed Office 2019/2021 (no shared runtime, no custom functions): the agent runs, the functions are said to be missing", () => {
  for (const supported of [["ExcelApi 1.12"], ["ExcelApi 1.12", "CustomFunctionsRuntime 1.1"]]) {
    const capabilities = hostCapabilities(host(...supported));
    expect(capabilities).toEqual({
      runsAgent: true,
      functions: false,
      message: FUNCTIONS_UNSUPPORTED,
    });
  }
  expect(FUNCTIONS_UNSUPPORTED).toContain("runs the agent in this pane");
  expect(FUNCTIONS_UNSUPPORTED).toContain(
    "=UAA worksheet functions, AGENTRESULT included, are not available"
  );
});

test("an Excel without ExcelApi 1.12 (Excel 2016, 2019): the pane says it cannot run the agent, and what still works", () => {
  const capabilities = hostCapabilities(host("CustomFunctionsRuntime 1.1", "SharedRuntime 1.1"));
  expect(capabilities).toMatchObject({ runsAgent: false, message: AGENT_UNSUPPORTED });
  expect(AGENT_UNSUPPORTED).toContain("cannot run the Unprofitable Account Agent");
  expect(AGENT_UNSUPPORTED).toContain("What still works");
  expect(AGENT_UNSUPPORTED).toContain("What does not");
});

test("by default Office.js answers (its requirements); no Office at all counts as nothing supported", () => {
  expect(hostCapabilities().runsAgent).toBe(false);
  (globalThis as unknown as { Office: unknown }).Office = {
    context: { requirements: { isSetSupported: (set: string) => set !== "SharedRuntime" } },
  };
  expect(hostCapabilities()).toMatchObject({ runsAgent: true, functions: false });
});
