/**
 * The agent's lifecycle as a store holds it between runs (the Actions, Run Log and Agent Status
 * sheets of the workbook, or of the previous report), read back from the cells the host found.
 * What a run does to it is record-run.ts; the sheets it is written as, lifecycle-sheets.ts.
 * Nothing here touches Office, files or the clock.
 */
import { EMPTY_ACTION_TABLE, type ActionTable } from "../model/action-record";
import type { ApprovalEntry, ApprovalState } from "../model/approval-state";
import type { CellRow } from "../model/cells";
import type { RunLogEntry } from "../model/run-log-entry";
import { replayApproval } from "./approval";
import { readActionsSheet } from "./read-actions";
import { readAgentStatusSheet } from "./read-agent-status";
import { readRunLogSheet } from "./read-run-log";
import { verifyHistory } from "./approval-seal";
import { localTimeZone } from "./wall-clock";

export interface WorkbookLifecycle {
  readonly actions: ActionTable;
  readonly runLog: readonly RunLogEntry[];
  readonly approvalHistory: readonly ApprovalEntry[];
  /** Agent Status rows read back but ignored, one sentence each (approval-seal.ts). */
  readonly approvalIgnored?: readonly string[];
}

export const EMPTY_LIFECYCLE: WorkbookLifecycle = {
  actions: EMPTY_ACTION_TABLE,
  runLog: [],
  approvalHistory: [],
};

/** The cells of the lifecycle sheets as the host found them (from A1; null = no such sheet). */
export interface LifecycleCells {
  readonly actions?: readonly CellRow[] | null;
  /** Number formats of the Actions range, when the host reads dates as plain numbers (Office.js). */
  readonly actionsNumberFormats?: readonly (readonly string[])[];
  /** Formulas of the Actions range without `=` (null where a cell holds none), when the host reads them. */
  readonly actionsFormulas?: readonly (readonly (string | null)[])[];
  readonly runLog?: readonly CellRow[] | null;
  readonly agentStatus?: readonly CellRow[] | null;
}

/**
 * The zone times are read and written in: the zone recorded at submission, else the caller's.
 * Reading the Agent Status sheet needs no zone (its UTC column is exact).
 */
export function readLifecycle(
  cells: LifecycleCells,
  fallbackTimeZone: string = localTimeZone()
): { lifecycle: WorkbookLifecycle; timeZone: string } {
  const { history: approvalHistory, ignored } = verifyHistory(
    cells.agentStatus ? readAgentStatusSheet(cells.agentStatus, fallbackTimeZone) : []
  );
  const timeZone = replayApproval(approvalHistory).timeZone ?? fallbackTimeZone;
  return {
    lifecycle: {
      actions: cells.actions
        ? readActionsSheet(cells.actions, {
            numberFormats: cells.actionsNumberFormats,
            formulas: cells.actionsFormulas,
          })
        : EMPTY_ACTION_TABLE,
      runLog: cells.runLog ? readRunLogSheet(cells.runLog, timeZone) : [],
      approvalHistory,
      ...(ignored.length > 0 ? { approvalIgnored: ignored } : {}),
    },
    timeZone,
  };
}

export function approvalOf(lifecycle: WorkbookLifecycle): ApprovalState {
  return replayApproval(lifecycle.approvalHistory);
}
