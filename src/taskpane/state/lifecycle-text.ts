/**
 * The schedule and the approval in words for the Run step: the next scheduled runs (or why there
 * are none) and the approval's status line, worded as the Agent Status sheet words it.
 */
import type { ScheduleDefinition } from "../../core/model/document";
import type { ApprovalState } from "../../core/model/approval-state";
import { nextRuns } from "../../core/agent/lifecycle";
import { formatWallClock, wallClockAt } from "../../core/agent/lifecycle";

export const UPCOMING_RUNS = 5;

/** The next scheduled runs after `now` as wall-clock times in the zone; the reason when the schedule has none. */
export function upcomingRuns(
  schedule: ScheduleDefinition,
  now: Date,
  timeZone: string,
  count = UPCOMING_RUNS
): { runs: string[]; error: string | null } {
  try {
    return {
      runs: nextRuns(schedule, now, count, timeZone).map((d) =>
        formatWallClock(wallClockAt(d, timeZone))
      ),
      error: null,
    };
  } catch (e) {
    return { runs: [], error: e instanceof Error ? e.message : String(e) };
  }
}

/** An ISO instant as a wall-clock time in the zone, e.g. 2025-10-21 11:01. */
export function wallTime(iso: string | null, timeZone: string): string {
  return iso ? formatWallClock(wallClockAt(new Date(iso), timeZone)) : "an unknown date";
}

export function approvalLine(approval: ApprovalState, timeZone: string): string {
  const when = (iso: string | null) => wallTime(iso, timeZone);
  switch (approval.status) {
    case "Active":
      return `Submitted by ${approval.submittedBy} on ${when(approval.submittedAt)}, approved by ${approval.approvedBy} on ${when(approval.approvedAt)}: it runs on its schedule.`;
    case "Submitted":
      return `Submitted by ${approval.submittedBy} on ${when(approval.submittedAt)}; another user of the workbook approves or rejects it.`;
    case "Draft":
      return "A draft: it runs on its schedule only once submitted and then approved by another user.";
  }
}
