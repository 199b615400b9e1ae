/**
 * Whether the schedule should run the agent now: only an Active agent whose definition is the
 * approved one, only when a run is due, and once however many runs were missed. Both hosts ask
 * this on open and while open (Excel) or on every invocation of `--when-due` (the command line).
 */
import type { ScheduleDefinition } from "../model/document";
import type { ApprovalState } from "../model/approval-state";
import type { RunTrigger } from "../model/run-log-entry";
import { dueRun } from "./schedule";
import { formatWallClock, wallClockAt } from "./wall-clock";
import { nounFor, plural } from "../model/plural";

export interface ScheduledRunDecision {
  readonly run: boolean;
  /** `schedule` on time, `catch-up` when earlier scheduled runs were missed; null when not running. */
  readonly trigger: Extract<RunTrigger, "schedule" | "catch-up"> | null;
  readonly scheduledFor: Date | null;
  readonly missed: number;
  readonly nextAt: Date | null;
  /** One sentence for the task pane, the Run Log or the command line. */
  readonly reason: string;
}

export interface DecisionInput {
  readonly schedule: ScheduleDefinition;
  readonly approval: ApprovalState;
  /** documentHash() of the definition about to run. */
  readonly documentHash: string;
  readonly lastRunAt: Date | null;
  readonly now: Date;
  readonly timeZone: string;
}

export function decideScheduledRun(input: DecisionInput): ScheduledRunDecision {
  const { approval, timeZone } = input;
  const at = (d: Date) => `${formatWallClock(wallClockAt(d, timeZone))} (${timeZone})`;
  const idle = (reason: string, nextAt: Date | null = null): ScheduledRunDecision => ({
    run: false,
    trigger: null,
    scheduledFor: null,
    missed: 0,
    nextAt,
    reason,
  });
  if (approval.status === "Draft")
    return idle("The agent is a draft: it runs on its schedule only once submitted and approved.");
  if (approval.status === "Submitted")
    return idle(
      `The agent waits for approval (submitted by ${approval.submittedBy}); it runs on its schedule once approved.`
    );
  if (approval.documentHash !== input.documentHash)
    return idle("The definition changed since it was approved: submit it again for approval.");

  const due = dueRun(input.schedule, input.lastRunAt, input.now, timeZone);
  if (!due.due)
    return idle(
      due.nextAt
        ? `Not due until ${at(due.nextAt)}.`
        : "The schedule has no run left (its single run is done).",
      due.nextAt
    );
  const missed =
    due.missed === 0
      ? ""
      : `; ${plural(due.missed, "earlier scheduled run")} ${nounFor(due.missed, "was", "were")} missed and caught up once`;
  return {
    run: true,
    trigger: due.missed > 0 ? "catch-up" : "schedule",
    scheduledFor: due.scheduledFor,
    missed: due.missed,
    nextAt: due.nextAt,
    reason: `Due: scheduled for ${at(due.scheduledFor!)}${missed}.`,
  };
}
