/**
 * What the workbook's lifecycle tells the pane: a scheduler check as the schedule's state line and
 * (when something happened) an event for the pane's list, and a recorded run as the pane's record
 * with everything the user should know (comments not added, the add-in not opening with the
 * workbook, a sheet written under another name).
 */
import type { RecordedInWorkbook } from "../../excel/lifecycle";
import type { SchedulerEvent } from "../../excel/lifecycle-scheduler";
import type { LifecycleView, RunRecord, ScheduleEvent } from "./host";

export interface DescribedEvent {
  readonly status: string;
  readonly event: ScheduleEvent | null;
}

/** The run a check recorded, completed or failed; null when it recorded none. */
export function recordedBy(event: SchedulerEvent): RecordedInWorkbook | null {
  if (event.kind !== "checked") return null;
  const outcome = event.outcome;
  return outcome.kind === "ran" || outcome.kind === "failed" ? outcome.recorded : null;
}

export function describeSchedulerEvent(
  event: SchedulerEvent,
  at: Date,
  record: RunRecord | undefined
): DescribedEvent {
  if (event.kind === "error") {
    const text = `The schedule could not be checked: ${event.message}`;
    return { status: text, event: { at, tone: "error", text } };
  }
  const outcome = event.outcome;
  switch (outcome.kind) {
    case "no-agent":
    case "busy":
    case "not-due":
      return { status: outcome.reason, event: null };
    case "held":
      return { status: outcome.reason, event: { at, tone: "warning", text: outcome.reason } };
    case "cancelled":
      return {
        status: outcome.reason,
        event: { at, tone: "warning", text: `The scheduled run was cancelled: ${outcome.reason}` },
      };
    case "ran":
    case "failed": {
      const label =
        outcome.decision.trigger === "catch-up" ? "A catch-up run" : "The scheduled run";
      const text =
        outcome.kind === "ran"
          ? `${label} ${outcome.recorded.outcome === "Superseded" ? "was recorded by someone else first" : `was recorded: ${outcome.recorded.message}`}`
          : `${label} failed and was logged in the Run Log: ${outcome.error}`;
      return {
        status: outcome.decision.reason,
        event: {
          at,
          tone: outcome.kind === "ran" ? "success" : "error",
          text,
          ...(record ? { record } : {}),
        },
      };
    }
  }
}

/** What recording a run in the workbook did, as the pane tells it. */
export function runRecord(
  recorded: RecordedInWorkbook,
  extraNotices: readonly string[],
  view: LifecycleView
): RunRecord {
  const notices = [...recorded.notices, ...extraNotices];
  if (recorded.comments.kind === "unsupported") notices.push(recorded.comments.reason);
  if (recorded.comments.kind === "failed") notices.push(recorded.comments.message);
  if (recorded.startup?.kind === "failed") notices.push(recorded.startup.message);
  return {
    outcome: recorded.outcome,
    changes: recorded.changes,
    message: recorded.message,
    notices,
    view,
  };
}
