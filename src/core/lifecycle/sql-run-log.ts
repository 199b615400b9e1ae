/**
 * The Run Log of a report the agent wrote as SQL (--engine duckdb, --database). The SQL path
 * carries no work list or approval on, but it logs its run: the Run Log is what marks a report
 * as the agent's own, so a later run may replace it (SPEC: nothing that is not the agent's is
 * overwritten), and the log of the report it replaces is carried on.
 */
import type { AgentResult } from "../model/result";
import type { SheetDescription } from "../model/sheet";
import { lifecycleSheetSet, type SheetContext } from "./lifecycle-sheets";
import type { ActionChanges } from "./reconcile-actions";
import { completedEntry } from "./run-log";
import { EMPTY_LIFECYCLE, type WorkbookLifecycle } from "./workbook-lifecycle";

const NO_CHANGES: ActionChanges = {
  created: [],
  recreated: [],
  reopened: [],
  kept: [],
  noLongerFlagged: [],
};

export function sqlRunLogSheet(
  previous: WorkbookLifecycle,
  result: AgentResult,
  context: SheetContext,
  engine: string
): SheetDescription {
  const run = { agent: context.doc.name, at: context.at, trigger: context.trigger };
  const entry = {
    ...completedEntry(run, result, NO_CHANGES, null),
    message: `${result.flagged.length} flagged; run as SQL in ${engine}, which keeps no actions.`,
  };
  const lifecycle = { ...EMPTY_LIFECYCLE, runLog: [...previous.runLog, entry] };
  return lifecycleSheetSet(lifecycle, context).runLog;
}
