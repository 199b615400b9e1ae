/**
 * A recorded run's WorkbookRecord, once every write is done: the whole sheets' worksheet names
 * and notices, and what the host did with the comments.
 */
import { approvalOf } from "../workbook-lifecycle";
import { commentsOutcome, type CommentsWritten, type MentionSupport } from "./new-action-comments";
import type { PlannedPatch } from "./patch-plan";
import type { RecordPlan } from "./record-plan";
import { writtenName, type WrittenSheetName } from "./stored-lifecycle";
import type { WorkbookRecord } from "./workbook-record";

export interface WritesDone {
  /** Every sheet written whole, in the order written. */
  readonly written: readonly WrittenSheetName[];
  readonly patch: PlannedPatch;
  readonly support: MentionSupport;
  readonly commentsWritten: CommentsWritten;
}

export function workbookRecord(plan: RecordPlan, done: WritesDone): WorkbookRecord {
  const { stored, recorded } = plan;
  const { completed, entry, sheets } = recorded;
  const name = (description: { readonly name: string }) =>
    writtenName(done.written, description.name);
  const added = completed?.added ?? [];
  return {
    outcome: completed ? "Completed" : "Failed",
    entry,
    changes: completed?.changes ?? null,
    added,
    approval: approvalOf(recorded.lifecycle),
    comments: commentsOutcome(
      added.length,
      done.support,
      done.patch.comments,
      done.commentsWritten
    ),
    sheets: {
      actions: stored.sheets.actions?.name ?? name(sheets.actions),
      impactTracking: name(sheets.impactTracking),
      runLog: stored.sheets.runLog?.name ?? name(sheets.runLog),
      agentStatus: name(sheets.agentStatus) ?? stored.sheets.agentStatus?.name ?? null,
    },
    notices: done.written.flatMap((w) => (w.notice ? [w.notice] : [])),
    timeZone: stored.timeZone,
    message: completed ? entry.message : `The run failed and was logged: ${entry.message}`,
  };
}
