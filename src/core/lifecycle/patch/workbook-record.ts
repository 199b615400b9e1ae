/**
 * What recording a run in a workbook did: the outcome, the work list's changes, the approval, what
 * became of the comments, where the lifecycle sheets are now and what to tell the user
 * (record-result.ts assembles it once every write is done).
 */
import type { ActionRecord } from "../../model/action-record";
import type { ApprovalState } from "../../model/approval-state";
import type { RunLogEntry } from "../../model/run-log-entry";
import type { ActionChanges } from "../reconcile-actions";
import { approvalOf } from "../workbook-lifecycle";
import type { CommentsOutcome } from "./new-action-comments";
import type { StoredLifecycle } from "./stored-lifecycle";

export type LifecycleSheetNames = Readonly<
  Record<"actions" | "impactTracking" | "runLog" | "agentStatus", string | null>
>;

export interface WorkbookRecord {
  /** Superseded: another copy of the workbook recorded the run first; nothing was written. */
  readonly outcome: "Completed" | "Failed" | "Superseded";
  readonly entry: RunLogEntry | null;
  readonly changes: ActionChanges | null;
  /** Actions this run added to the list. */
  readonly added: readonly ActionRecord[];
  readonly approval: ApprovalState;
  readonly comments: CommentsOutcome;
  /** Worksheet names of the lifecycle sheets after the run (null: not in the workbook). */
  readonly sheets: LifecycleSheetNames;
  /** Things to tell the user, e.g. a lifecycle sheet written under another name. */
  readonly notices: readonly string[];
  readonly timeZone: string;
  /** One sentence for the task pane. */
  readonly message: string;
}

/** Nothing written: someone else with the workbook open recorded the run first. */
export function supersededRecord(stored: StoredLifecycle): WorkbookRecord {
  return {
    outcome: "Superseded",
    entry: null,
    changes: null,
    added: [],
    approval: approvalOf(stored.lifecycle),
    comments: { kind: "none" },
    sheets: {
      actions: stored.sheets.actions?.name ?? null,
      impactTracking: null,
      runLog: stored.sheets.runLog?.name ?? null,
      agentStatus: stored.sheets.agentStatus?.name ?? null,
    },
    notices: [],
    timeZone: stored.timeZone,
    message: "Someone else with this workbook open ran the agent first; this run was not recorded.",
  };
}
