/**
 * One approval step as every host takes it (the workbook, the browser's report, the command
 * line): the definition is hashed, a definition changed since submission first sends the agent
 * back to Draft, then the step is applied for the person taking it. A step the rules refuse throws
 * ApprovalError with a message for the user, and the caller keeps nothing.
 */
import type { ApprovalState } from "../model/approval-state";
import type { AgentDocument } from "../model/document";
import { approve, definitionChanged, reject, submit, type Actor } from "./approval";
import { documentHash } from "./document-hash";
import { approvalOf, type WorkbookLifecycle } from "./workbook-lifecycle";

export interface ApprovalStep {
  readonly kind: "submit" | "approve" | "reject";
  /** A name or email of a workbook user; the approver must not be the submitter. */
  readonly by: string;
  readonly note?: string;
}

export interface ApprovalMoment {
  readonly at: Date;
  /** The zone the store schedules in now: recorded with a submission that has none yet. */
  readonly timeZone: string;
}

export interface ApprovalOutcome {
  readonly lifecycle: WorkbookLifecycle;
  readonly approval: ApprovalState;
  /** The zone the schedule runs in from now: the one recorded at submission, else the store's. */
  readonly timeZone: string;
  /** False when nothing was recorded (an unchanged definition). */
  readonly changed: boolean;
}

/**
 * The definition as it is now: a submitted or active agent whose definition changed goes back to
 * Draft, recorded as noticed by `by` (blank when nobody in particular).
 */
export function checkDefinition(
  lifecycle: WorkbookLifecycle,
  doc: AgentDocument,
  moment: ApprovalMoment,
  by = ""
): ApprovalOutcome {
  const before = approvalOf(lifecycle);
  const after = definitionChanged(before, documentHash(doc), moment.at, by);
  return outcome(lifecycle, after, moment, after !== before);
}

export function applyApprovalStep(
  lifecycle: WorkbookLifecycle,
  doc: AgentDocument,
  step: ApprovalStep,
  moment: ApprovalMoment
): ApprovalOutcome {
  const current = checkDefinition(lifecycle, doc, moment, step.by).approval;
  const actor: Actor = {
    by: step.by,
    at: moment.at,
    ...(step.note !== undefined ? { note: step.note } : {}),
  };
  const next =
    step.kind === "submit"
      ? submit(current, documentHash(doc), actor, moment.timeZone)
      : step.kind === "approve"
        ? approve(current, actor)
        : reject(current, actor);
  return outcome(lifecycle, next, moment, true);
}

function outcome(
  lifecycle: WorkbookLifecycle,
  approval: ApprovalState,
  moment: ApprovalMoment,
  changed: boolean
): ApprovalOutcome {
  return {
    lifecycle: changed ? { ...lifecycle, approvalHistory: approval.history } : lifecycle,
    approval,
    timeZone: approval.timeZone ?? moment.timeZone,
    changed,
  };
}
