/**
 * Renders one wizard step as the pane does: the Fluent theme, the agent context over the real
 * agentReducer, and a session whose host, source, preview, run and lifecycle the test chooses.
 * `current()` is the agent state after the user's edits, so a test asserts what a click changed.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { useMemo, useReducer, type ReactElement } from "react";
import type { CellRow, CellValue } from "../../../src/core/model/cells";
import type { AgentDocument } from "../../../src/core/model/document";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import type { FileSources, TaskPaneHost } from "../../../src/taskpane/host/host";
import { computeAgent, parseSource } from "../../../src/taskpane/run/engine";
import { SessionContext, type SessionContextValue } from "../../../src/taskpane/session/context";
import type { Preview } from "../../../src/taskpane/session/use-preview";
import type { LifecycleSession } from "../../../src/taskpane/session/use-lifecycle";
import { INITIAL_SOURCE_STATE, type SourceState } from "../../../src/taskpane/session/source-state";
import type { SourceSession } from "../../../src/taskpane/session/use-source";
import {
  agentReducer,
  initialAgentState,
  type AgentState,
} from "../../../src/taskpane/state/agent-reducer";
import { AgentContext } from "../../../src/taskpane/state/context";

const noop = () => undefined;
const done = async () => undefined;

/** A browser host with nothing open: reading a source or a table is refused. */
export function fakeHost(overrides: Partial<TaskPaneHost> = {}): TaskPaneHost {
  return {
    kind: "browser",
    description: "Outside Office",
    documentStore: "this browser",
    listSources: async () => [],
    readSource: () => Promise.reject(new Error("no source in this test")),
    loadSheet: () => Promise.reject(new Error("no sheet in this test")),
    deliverResults: () => Promise.reject(new Error("no delivery in this test")),
    deliverOwnerWorkbooks: () => Promise.reject(new Error("no delivery in this test")),
    saveAgents: done,
    loadDocument: async () => null,
    lifecycle: () => new Promise(noop),
    ...overrides,
  };
}

/** Outside Office: the upload and the sample, opening nothing unless the test says so. */
export function browserFiles(overrides: Partial<FileSources> = {}): FileSources {
  return {
    openFile: () => new Promise(noop),
    openSample: () => new Promise(noop),
    sampleAgent: () => new Promise(noop),
    fileName: null,
    ...overrides,
  };
}

/** Inside Excel: the open workbook is the source (no files to upload). */
export function excelHost(overrides: Partial<TaskPaneHost> = {}): TaskPaneHost {
  return fakeHost({
    kind: "excel",
    description: "Excel",
    documentStore: "this workbook",
    ...overrides,
  });
}

/**
 * No source open yet (the first-run state). A `sheet` given in the overrides counts as read:
 * `state` then says so too (use-source keeps both, source-state.ts), unless the test gives it.
 */
export function emptySource(overrides: Partial<SourceSession> = {}): SourceSession {
  return {
    choices: [],
    fileName: null,
    busy: null,
    progress: null,
    sheet: null,
    sampleRows: [],
    checkRows: [],
    parsed: null,
    parsing: false,
    error: null,
    parseError: null,
    state: sourceState(overrides),
    refresh: done,
    openFile: done,
    openSample: done,
    select: done,
    cancel: noop,
    ...overrides,
  };
}

/** The sample workbook's columns, in its order: every field the agent needs is found by name. */
export const SAMPLE_HEADERS: readonly string[] = [
  "Customer Id",
  "Customer Name",
  "Customer Segment",
  "Pricing Date",
  "Invoice Price",
  "Gross Margin",
  "Calculated Rebate",
  "Quantity",
];

/** Three invoice lines under SAMPLE_HEADERS (dates as Excel serials: 2025-10-21 and before). */
export const SAMPLE_ROWS: readonly CellRow[] = [
  ["C1", "Acme", "Cooling", 45951, 2787.88, 214.88, 39.87, 21],
  ["C2", "Beta", "Packaging", 45950, 3780.14, 410.19, 23.81, 14],
  ["C3", "Cyan", "Cooling", 45949, 3730.68, 839.68, 0, 3],
];

/**
 * A sheet that was read: the overrides of a source whose sheet `name` holds `rows` under
 * `headers` (sample values and value checks alike), e.g. `emptySource(readSheet("Sales"))`.
 */
export function readSheet(
  name: string,
  headers: readonly CellValue[] = SAMPLE_HEADERS,
  rows: readonly CellRow[] = SAMPLE_ROWS
): Partial<SourceSession> {
  return {
    sheet: { name, headers, blocks: [{ firstRowNumber: 2, rows }], rowCount: rows.length },
    sampleRows: rows.slice(0, 3),
    checkRows: rows,
  };
}

/**
 * A sheet read and parsed with `doc`, and the agent computed on it, as use-source and
 * use-preview give them to the steps: `renderStep(step, { doc, session: await computed(doc) })`.
 * `today` stands in for the date of the preview (the windows count back from it).
 */
export async function computed(
  doc: AgentDocument,
  sheet: Partial<SourceSession> = readSheet("Sales"),
  today = new Date("2025-10-22T12:00:00Z")
): Promise<{ source: SourceSession; preview: Preview }> {
  if (!sheet.sheet) throw new Error("computed() needs a sheet: pass readSheet(...)");
  const { table, quality } = await parseSource(sheet.sheet, doc);
  const result = computeAgent(table, quality, doc, { today });
  return {
    source: emptySource({ ...sheet, parsed: { table, quality, key: "test" } }),
    preview: { status: "ready", result },
  };
}

/** The reading and parsing states that match what the overrides show. */
function sourceState(overrides: Partial<SourceSession>): SourceState {
  const sheet = overrides.sheet;
  if (!sheet) return INITIAL_SOURCE_STATE;
  const parsed = overrides.parsed;
  return {
    read: {
      status: "ready",
      requestId: 1,
      sheet,
      checkRows: overrides.checkRows ?? [],
      fileName: overrides.fileName ?? null,
    },
    parse: parsed ? { status: "parsed", requestId: 2, parsed } : { status: "idle" },
  };
}

export function idleLifecycle(overrides: Partial<LifecycleSession> = {}): LifecycleSession {
  return {
    host: null,
    view: null,
    error: null,
    scheduleStatus: null,
    events: [],
    user: "",
    setUser: noop,
    load: noop,
    decide: async () => ({ ok: true, notices: [] }),
    continueFrom: done,
    recorded: noop,
    definitionSaved: noop,
    addEvent: noop,
    setScheduleStatus: noop,
    ...overrides,
  };
}

export function fakeSession(overrides: Partial<SessionContextValue> = {}): SessionContextValue {
  return {
    host: fakeHost(),
    source: emptySource(),
    preview: { status: "noData" },
    run: {
      state: { status: "idle" },
      start: done,
      cancel: noop,
      runScheduled: () => Promise.reject(new Error("no scheduled run in this test")),
      attachRecord: noop,
    },
    lifecycle: idleLifecycle(),
    anchorDefault: { applied: null, keepToday: noop },
    tables: { generation: 0, reload: noop },
    goTo: noop,
    ...overrides,
  };
}

export interface StepOptions {
  readonly doc?: AgentDocument;
  readonly session?: Partial<SessionContextValue>;
}

export function renderStep(step: ReactElement, options: StepOptions = {}) {
  const latest: { state: AgentState | null } = { state: null };
  const session = fakeSession(options.session);
  function Harness() {
    const [state, dispatch] = useReducer(
      agentReducer,
      options.doc ?? unprofitableAccountAgent(),
      initialAgentState
    );
    latest.state = state;
    const agent = useMemo(() => ({ state, dispatch }), [state]);
    return (
      <AgentContext.Provider value={agent}>
        <SessionContext.Provider value={session}>{step}</SessionContext.Provider>
      </AgentContext.Provider>
    );
  }
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <Harness />
    </FluentProvider>
  );
  return {
    ...view,
    current(): AgentState {
      if (!latest.state) throw new Error("the step has not rendered");
      return latest.state;
    },
  };
}
