/**
 * The Run Log's entries: what a run, completed or failed, leaves in the log, and when the agent
 * last completed a run (what a scheduled check reads back). The sheet is report/lifecycle's.
 */
import type { AgentResult } from "../model/result";
import type { RunLogEntry, RunTrigger } from "../model/run-log-entry";
import type { ActionChanges } from "./reconcile-actions";

export interface RunDescription {
  readonly agent: string;
  readonly at: Date;
  readonly trigger: RunTrigger;
  readonly scheduledFor?: Date | null;
}

export function completedEntry(
  run: RunDescription,
  result: AgentResult,
  changes: ActionChanges,
  realizedProfit: number | null
): RunLogEntry {
  return {
    at: run.at.toISOString(),
    agent: run.agent,
    trigger: run.trigger,
    scheduledFor: run.scheduledFor ? run.scheduledFor.toISOString() : null,
    rowsRead: result.dataQuality.rowsRead,
    accounts: result.join.length,
    flagged: result.flagged.length,
    created: changes.created.length,
    recreated: changes.recreated.length,
    reopened: changes.reopened.length,
    kept: changes.kept.length,
    expectedRevenue: result.impact.expectedByType.Revenue,
    expectedProfit: result.impact.expectedByType.Profit,
    realizedProfit,
    outcome: "Completed",
    message: `${result.flagged.length} flagged; actions: ${changes.created.length} created, ${changes.recreated.length} re-created, ${changes.reopened.length} reopened, ${changes.kept.length} kept, ${changes.noLongerFlagged.length} no longer flagged.`,
  };
}

export function failedEntry(run: RunDescription, message: string): RunLogEntry {
  return {
    at: run.at.toISOString(),
    agent: run.agent,
    trigger: run.trigger,
    scheduledFor: run.scheduledFor ? run.scheduledFor.toISOString() : null,
    rowsRead: null,
    accounts: null,
    flagged: null,
    created: null,
    recreated: null,
    reopened: null,
    kept: null,
    expectedRevenue: null,
    expectedProfit: null,
    realizedProfit: null,
    outcome: "Failed",
    message,
  };
}

/**
 * When the agent last completed a run (any trigger: a manual run refreshes the work list as
 * well as a scheduled one). Failed runs do not count, so the next check tries again.
 */
export function lastCompletedRun(log: readonly RunLogEntry[], agent: string): Date | null {
  let last: number | null = null;
  for (const entry of log) {
    if (entry.agent !== agent || entry.outcome !== "Completed") continue;
    const at = Date.parse(entry.at);
    if (Number.isFinite(at) && (last === null || at > last)) last = at;
  }
  return last === null ? null : new Date(last);
}
