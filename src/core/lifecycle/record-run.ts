/**
 * What one run does to the lifecycle, for every host: a completed run reconciles the work list
 * (SPEC "Action" re-creation rules), logs the run and checks the definition against the approved
 * one; a failed run is logged and leaves the work list exactly as it was. The result carries the
 * four sheets the store is written as.
 */
import type { ActionRecord } from "../model/action-record";
import type { AgentDocument } from "../model/document";
import type { AgentResult } from "../model/result";
import type { RunLogEntry, RunTrigger } from "../model/run-log-entry";
import { checkDefinition } from "./approval-step";
import { lifecycleSheetSet, type LifecycleSheetSet } from "./lifecycle-sheets";
import { accountSnapshots, plannedActions } from "./planned-actions";
import { realizedProfitOf } from "./realized-impact";
import { reconcileActions, type ActionChanges } from "./reconcile-actions";
import { completedEntry, failedEntry } from "./run-log";
import { dateSerialAt } from "./sheet-time";
import type { WorkbookLifecycle } from "./workbook-lifecycle";

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
 * A completed run: the work list reconciled, the run logged, and the approval sent back to Draft
 * if the definition that ran is not the one submitted.
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
  const entry = completedEntry(
    { agent, at: context.at, trigger: context.trigger, scheduledFor: context.scheduledFor },
    result,
    reconciled.changes,
    realizedProfitOf(reconciled.table.records, agent)
  );
  const checked = checkDefinition(previous, context.doc, context, context.by ?? "");
  return {
    lifecycle: {
      actions: reconciled.table,
      runLog: [...previous.runLog, entry],
      approvalHistory: checked.lifecycle.approvalHistory,
      ...(previous.approvalIgnored ? { approvalIgnored: previous.approvalIgnored } : {}),
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

/** A run as it ended: its result, or why it failed. */
export type RunEnd = { readonly result: AgentResult } | { readonly failure: string };

export interface RecordedOutcome {
  readonly lifecycle: WorkbookLifecycle;
  /** The completed run; null when it failed. */
  readonly completed: RecordedRun | null;
  /** The Run Log entry this run added. */
  readonly entry: RunLogEntry;
  readonly sheets: LifecycleSheetSet;
}

/** A run recorded either way, with the four lifecycle sheets as they stand after it. */
export function recordOutcome(
  previous: WorkbookLifecycle,
  end: RunEnd,
  context: RunContext
): RecordedOutcome {
  const completed = "result" in end ? recordRun(previous, end.result, context) : null;
  const lifecycle = completed
    ? completed.lifecycle
    : recordFailedRun(previous, "failure" in end ? end.failure : "", context);
  return {
    lifecycle,
    completed,
    entry: lifecycle.runLog[lifecycle.runLog.length - 1],
    sheets: lifecycleSheetSet(lifecycle, context),
  };
}
