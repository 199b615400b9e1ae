/**
 * The schedule's check, as the workbook makes it on open and while open and the command line on
 * every `--when-due`: from the store as read now (when the agent last completed a run, whether it
 * is approved), whether a run is due, and the run to record if so. A scheduled time whose run
 * failed or was cancelled in this session is held: not tried again until the next scheduled time
 * or the next session, so a missing source sheet does not fill the Run Log every few minutes.
 */
import type { AgentStatus } from "../model/approval-state";
import type { AgentDocument } from "../model/document";
import { documentHash } from "./document-hash";
import { decideScheduledRun, type ScheduledRunDecision } from "./run-decision";
import { lastCompletedRun } from "./run-log";
import { approvalOf, type WorkbookLifecycle } from "./workbook-lifecycle";

export interface ScheduledRun {
  readonly trigger: "schedule" | "catch-up";
  readonly scheduledFor: Date | null;
  readonly at: Date;
  /** Record only if the agent's last completed run is still this one (nobody ran it meanwhile). */
  readonly expectLastRunAt: Date | null;
}

export type ScheduledCheck =
  | { readonly kind: "not-due"; readonly decision: ScheduledRunDecision; readonly reason: string }
  | { readonly kind: "held"; readonly decision: ScheduledRunDecision; readonly reason: string }
  | { readonly kind: "due"; readonly decision: ScheduledRunDecision; readonly run: ScheduledRun };

export const HELD_REASON =
  "The run due now failed earlier in this session (see the Run Log); it is tried again at its next scheduled time or when the workbook is next opened.";

export interface CheckMoment {
  readonly now: Date;
  readonly timeZone: string;
  /** Scheduled times (ISO) held in this session (heldSlot). */
  readonly held?: ReadonlySet<string>;
}

/** Uses the recorded approval, so a changed definition is named as such rather than as a draft. */
export function checkSchedule(
  lifecycle: WorkbookLifecycle,
  doc: AgentDocument,
  moment: CheckMoment
): ScheduledCheck {
  const lastRunAt = lastCompletedRun(lifecycle.runLog, doc.name);
  const decision = decideScheduledRun({
    schedule: doc.schedule,
    approval: approvalOf(lifecycle),
    documentHash: documentHash(doc),
    lastRunAt,
    now: moment.now,
    timeZone: moment.timeZone,
  });
  if (!decision.run) return { kind: "not-due", decision, reason: decision.reason };
  if (moment.held?.has(decision.scheduledFor?.toISOString() ?? ""))
    return { kind: "held", decision, reason: HELD_REASON };
  return {
    kind: "due",
    decision,
    run: {
      trigger: decision.trigger ?? "schedule",
      scheduledFor: decision.scheduledFor,
      at: moment.now,
      expectLastRunAt: lastRunAt,
    },
  };
}

/**
 * The scheduled time a check's outcome holds for the rest of the session: that of a run that
 * failed (it is logged once) or was cancelled (the user stopped it); null otherwise.
 */
export function heldSlot(outcome: {
  readonly kind: string;
  readonly decision?: ScheduledRunDecision;
}): string | null {
  if (outcome.kind !== "failed" && outcome.kind !== "cancelled") return null;
  return outcome.decision?.scheduledFor?.toISOString() ?? null;
}

/**
 * Someone else with the workbook open recorded a run since the check read it (the agent's last
 * completed run is no longer the one the check saw): this run is not recorded. Undefined = a run
 * that expects nothing (a manual one).
 */
export function isSuperseded(
  lifecycle: WorkbookLifecycle,
  agent: string,
  expectLastRunAt: Date | null | undefined
): boolean {
  if (expectLastRunAt === undefined) return false;
  const last = lastCompletedRun(lifecycle.runLog, agent);
  return (last?.getTime() ?? null) !== (expectLastRunAt?.getTime() ?? null);
}

/**
 * Whether the workbook should open the add-in with it, so the schedule is checked on open: only
 * while the agent is Active (a draft costs nothing when the workbook opens).
 */
export function checksOnOpen(status: AgentStatus): boolean {
  return status === "Active";
}
