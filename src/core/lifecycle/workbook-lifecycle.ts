/**
 * The agent's lifecycle as a workbook holds it between runs (Actions, Run Log, Agent Status
 * sheets), and what one run does to it. Hosts read the three sheets' cells, call recordRun (or
 * recordFailedRun) and write back the sheets lifecycleSheets describes; nothing here touches
 * Office, files or the clock.
 */
import type { AgentDocument } from "../model/document";
import type { AgentResult } from "../model/result";
import { exactSum } from "../model/exact-sums";
import type { SheetDescription } from "../model/sheet";
import type { CellRow } from "../model/cells";
import { EMPTY_ACTION_TABLE, type ActionRecord, type ActionTable } from "./action-record";
import { actionsSheet } from "./actions-sheet";
import { agentStatusSheet, readAgentStatusSheet } from "./agent-status-sheet";
import {
  definitionChanged,
  replayApproval,
  type ApprovalEntry,
  type ApprovalState,
} from "./approval";
import { documentHash } from "./document-hash";
import { impactTrackingSheet } from "./impact-tracking-sheet";
import { accountSnapshots, plannedActions } from "./planned-actions";
import { readActionsSheet } from "./read-actions";
import { doneActions, realizedImpact } from "./realized-impact";
import { reconcileActions, type ActionChanges } from "./reconcile-actions";
import {
  completedEntry,
  failedEntry,
  readRunLogSheet,
  runLogSheet,
  type RunLogEntry,
  type RunTrigger,
} from "./run-log";
import { dateSerialAt } from "./sheet-time";
import { formatWallClock, localTimeZone, wallClockAt } from "./wall-clock";

export const LIFECYCLE_SHEETS = {
  actions: "Actions",
  impactTracking: "Impact Tracking",
  runLog: "Run Log",
  agentStatus: "Agent Status",
} as const;

export interface WorkbookLifecycle {
  readonly actions: ActionTable;
  readonly runLog: readonly RunLogEntry[];
  readonly approvalHistory: readonly ApprovalEntry[];
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
  const approvalHistory = cells.agentStatus
    ? readAgentStatusSheet(cells.agentStatus, fallbackTimeZone)
    : [];
  const timeZone = replayApproval(approvalHistory).timeZone ?? fallbackTimeZone;
  return {
    lifecycle: {
      actions: cells.actions
        ? readActionsSheet(cells.actions, { numberFormats: cells.actionsNumberFormats })
        : EMPTY_ACTION_TABLE,
      runLog: cells.runLog ? readRunLogSheet(cells.runLog, timeZone) : [],
      approvalHistory,
    },
    timeZone,
  };
}

export function approvalOf(lifecycle: WorkbookLifecycle): ApprovalState {
  return replayApproval(lifecycle.approvalHistory);
}

export interface RunContext {
  readonly doc: AgentDocument;
  readonly at: Date;
  readonly trigger: RunTrigger;
  /** The scheduled time a scheduled or catch-up run fills. */
  readonly scheduledFor?: Date | null;
  readonly timeZone: string;
  /** Who ran it, when known (recorded if the run notices a changed definition). */
  readonly by?: string;
}

export interface RecordedRun {
  readonly lifecycle: WorkbookLifecycle;
  readonly changes: ActionChanges;
  /** Rows added by this run: each gets a comment mentioning its assignee where the host can. */
  readonly added: readonly ActionRecord[];
  readonly entry: RunLogEntry;
}

/**
 * A completed run: the work list reconciled (SPEC re-creation rules), the run logged, and the
 * approval sent back to Draft if the definition that ran is not the one submitted.
 */
export function recordRun(
  previous: WorkbookLifecycle,
  result: AgentResult,
  context: RunContext
): RecordedRun {
  const agent = context.doc.name;
  const reconciled = reconcileActions(previous.actions, plannedActions(result, context.doc), {
    agent,
    schedule: context.doc.schedule,
    runDate: dateSerialAt(context.at, context.timeZone),
    snapshot: accountSnapshots(result),
  });
  const realized = doneActions(reconciled.table.records, agent)
    .map((r) => realizedImpact(r).profitChange)
    .filter((v): v is number => v !== null);
  const entry = completedEntry(
    { agent, at: context.at, trigger: context.trigger, scheduledFor: context.scheduledFor },
    result,
    reconciled.changes,
    realized.length > 0 ? exactSum(realized) : null
  );
  return {
    lifecycle: {
      actions: reconciled.table,
      runLog: [...previous.runLog, entry],
      approvalHistory: checkedApproval(previous.approvalHistory, context),
    },
    changes: reconciled.changes,
    added: reconciled.added,
    entry,
  };
}

/** A run that failed: logged (and highlighted), the work list left exactly as it was. */
export function recordFailedRun(
  previous: WorkbookLifecycle,
  message: string,
  context: RunContext
): WorkbookLifecycle {
  const entry = failedEntry(
    {
      agent: context.doc.name,
      at: context.at,
      trigger: context.trigger,
      scheduledFor: context.scheduledFor,
    },
    message
  );
  return { ...previous, runLog: [...previous.runLog, entry] };
}

function checkedApproval(
  history: readonly ApprovalEntry[],
  context: RunContext
): readonly ApprovalEntry[] {
  const before = replayApproval(history);
  const after = definitionChanged(before, documentHash(context.doc), context.at, context.by ?? "");
  return after.history;
}

/** The four lifecycle sheets, in the order they follow the result sheets. */
export function lifecycleSheets(
  lifecycle: WorkbookLifecycle,
  context: Pick<RunContext, "doc" | "at" | "trigger" | "timeZone">
): SheetDescription[] {
  const agent = context.doc.name;
  const runLabel = `Run of ${formatWallClock(wallClockAt(context.at, context.timeZone))} (${context.trigger}, ${context.timeZone})`;
  return [
    actionsSheet(lifecycle.actions, {
      runDate: dateSerialAt(context.at, context.timeZone),
      runLabel,
    }),
    impactTrackingSheet(lifecycle.actions, agent),
    runLogSheet(lifecycle.runLog, context.timeZone),
    agentStatusSheet(lifecycle.approvalHistory, {
      agent,
      schedule: context.doc.schedule,
      now: context.at,
      timeZone: context.timeZone,
    }),
  ];
}

/**
 * Result sheets and lifecycle sheets in one workbook order: Actions and Impact Tracking right
 * after Impact (what to do and whether it pays), Run Log and Agent Status last.
 */
export function withLifecycleSheets(
  resultSheets: readonly SheetDescription[],
  lifecycle: readonly SheetDescription[]
): SheetDescription[] {
  const [actions, tracking, ...rest] = lifecycle;
  const impactAt = resultSheets.findIndex((sheet) => sheet.name === "Impact");
  const at = impactAt < 0 ? resultSheets.length : impactAt + 1;
  return [...resultSheets.slice(0, at), actions, tracking, ...resultSheets.slice(at), ...rest];
}
