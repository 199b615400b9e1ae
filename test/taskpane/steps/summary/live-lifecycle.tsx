/**
 * The Summary's lifecycle panels as a team member meets them: the pane's own lifecycle hook
 * (use-lifecycle.ts) over the browser's lifecycle store (browser-lifecycle.ts, the core's rules),
 * with a clock the test moves, and a report of an earlier run to continue from.
 */
import { useEffect, type ReactNode } from "react";
import type { AgentDocument } from "../../../../src/core/model/document";
import type { SheetDescription } from "../../../../src/core/model/sheet";
import { buildResultSheets } from "../../../../src/core/report/result-sheets";
import { BrowserLifecycle } from "../../../../src/taskpane/host/browser-lifecycle";
import type { ManualRunOutcome, PerformRun } from "../../../../src/taskpane/host/host";
import { readLifecycleCells } from "../../../../src/taskpane/host/previous-report";
import { SessionContext, useSession } from "../../../../src/taskpane/session/context";
import { useLifecycle } from "../../../../src/taskpane/session/use-lifecycle";
import { useAgent } from "../../../../src/taskpane/state/context";
import { renderReport } from "../../../../src/xlsx/render-workbook";
import { resultOf, WEEK_1 } from "../../../excel/lifecycle-fixtures";

/** Provides the real lifecycle hook on the session's host to `children`, read when it mounts. */
export function LiveLifecycle(props: { children: ReactNode }) {
  const session = useSession();
  const { state } = useAgent();
  const lifecycle = useLifecycle(session.host, state.doc);
  const { load } = lifecycle;
  useEffect(() => load(), [load]);
  return (
    <SessionContext.Provider value={{ ...session, lifecycle }}>
      {props.children}
    </SessionContext.Provider>
  );
}

/** The browser's lifecycle store in `zone`, its clock read through `now`. */
export function browserStore(now: () => Date, zone: string): BrowserLifecycle {
  return new BrowserLifecycle(readLifecycleCells, now, zone);
}

/** A manual run of `doc` over `lines` at `at`, recorded in `store`; the report it would download. */
export async function recordedRun(
  store: BrowserLifecycle,
  doc: AgentDocument,
  at: Date,
  lines = WEEK_1
): Promise<{ outcome: ManualRunOutcome; report: Uint8Array }> {
  let sheets: SheetDescription[] = [];
  const perform: PerformRun = async (add) => {
    const result = resultOf(lines, doc, at);
    const built = buildResultSheets(result, doc);
    sheets = add ? add(result, built) : built;
    return { result, delivered: { sheets: sheets.map((s) => s.name), notices: [] } };
  };
  const outcome = await store.runManually(doc, perform, "ann@example.com");
  return { outcome, report: await renderReport(sheets) };
}

/** An uploaded file as the file input gives it. */
export function upload(name: string, bytes: Uint8Array): File {
  return {
    name,
    arrayBuffer: async () =>
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  } as unknown as File;
}
