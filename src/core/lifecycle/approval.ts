/**
 * Approval (SPEC, "Summary: ... an agent becomes active only after it is submitted and
 * approved"). Draft until submitted; submitting records who and when; another user approves,
 * which makes it Active and lets the schedule run it; any later change to the definition puts it
 * back to Draft.
 *
 * The workbook keeps only the history (the Agent Status sheet); the state is the history
 * replayed, so there is one source of truth and a team can read how the agent got where it is.
 */
import type { ApprovalEntry, ApprovalState } from "../model/approval-state";
import { AgentInputError } from "../model/errors";
import { sameUser, visibleName } from "./identity";
import { sealed } from "./approval-seal";

/** A request the approval rules refuse; the message says why and what to do instead. */
export class ApprovalError extends AgentInputError {
  constructor(message: string) {
    super(message);
    this.name = "ApprovalError";
  }
}

export const DRAFT: ApprovalState = {
  status: "Draft",
  history: [],
  documentHash: null,
  submittedBy: null,
  submittedAt: null,
  approvedBy: null,
  approvedAt: null,
};

export interface Actor {
  readonly by: string;
  readonly at: Date;
  readonly note?: string;
}

/** Submits the definition with this hash for approval. Only a Draft can be submitted. */
export function submit(
  state: ApprovalState,
  hash: string,
  actor: Actor,
  timeZone?: string
): ApprovalState {
  const by = requireName(actor.by, "submit");
  if (state.status === "Submitted") {
    throw new ApprovalError(
      `The agent was already submitted by ${state.submittedBy} on ${day(state.submittedAt)}; it needs approval or rejection first.`
    );
  }
  if (state.status === "Active" && state.documentHash === hash) {
    throw new ApprovalError(
      `The agent is already active (approved by ${state.approvedBy}); there is nothing to submit.`
    );
  }
  return record(state, {
    at: actor.at.toISOString(),
    by,
    action: "Submitted",
    note: actor.note ?? "",
    documentHash: hash,
    ...(timeZone ? { timeZone } : {}),
  });
}

/** Approves the submitted definition; the approver must be someone other than the submitter. */
export function approve(state: ApprovalState, actor: Actor): ApprovalState {
  const by = requireName(actor.by, "approve");
  if (state.status === "Draft")
    throw new ApprovalError(
      "The agent is a draft: it must be submitted before it can be approved."
    );
  if (state.status === "Active")
    throw new ApprovalError(
      `The agent is already active (approved by ${state.approvedBy} on ${day(state.approvedAt)}).`
    );
  if (sameUser(by, state.submittedBy ?? "")) {
    throw new ApprovalError(
      `${by} submitted the agent and cannot also approve it; another user of the workbook must approve it.`
    );
  }
  return record(state, {
    at: actor.at.toISOString(),
    by,
    action: "Approved",
    note: actor.note ?? "",
    documentHash: state.documentHash ?? "",
  });
}

/** Rejects a submission, or stops an active agent; either way it goes back to Draft. */
export function reject(state: ApprovalState, actor: Actor): ApprovalState {
  const by = requireName(actor.by, "reject");
  if (state.status === "Draft")
    throw new ApprovalError("The agent is a draft: there is no submission to reject.");
  return record(state, {
    at: actor.at.toISOString(),
    by,
    action: "Rejected",
    note: actor.note ?? "",
    documentHash: state.documentHash ?? "",
  });
}

/**
 * The definition now has this hash: a submitted or active agent whose definition changed goes
 * back to Draft (and must be submitted and approved again). A draft, or an unchanged definition,
 * is returned as it is.
 */
export function definitionChanged(
  state: ApprovalState,
  hash: string,
  at: Date,
  by = ""
): ApprovalState {
  if (state.status === "Draft" || state.documentHash === hash) return state;
  return record(state, {
    at: at.toISOString(),
    by,
    action: "Definition changed",
    note: "The definition changed after submission; submit it again for approval.",
    documentHash: hash,
  });
}

/** The state a history leads to (the workbook stores only the history). */
export function replayApproval(history: readonly ApprovalEntry[]): ApprovalState {
  return history.reduce(apply, DRAFT);
}

/** A new step, sealed as the next row of the history (approval-seal.ts), then applied. */
function record(state: ApprovalState, entry: ApprovalEntry): ApprovalState {
  return apply(state, sealed(state.history, entry));
}

function apply(state: ApprovalState, entry: ApprovalEntry): ApprovalState {
  const history = [...state.history, entry];
  switch (entry.action) {
    case "Submitted":
      return {
        ...DRAFT,
        history,
        status: "Submitted",
        documentHash: entry.documentHash,
        submittedBy: entry.by,
        submittedAt: entry.at,
        ...(entry.timeZone ? { timeZone: entry.timeZone } : {}),
      };
    case "Approved":
      return { ...state, history, status: "Active", approvedBy: entry.by, approvedAt: entry.at };
    case "Rejected":
    case "Definition changed":
      return { ...DRAFT, history, ...(state.timeZone ? { timeZone: state.timeZone } : {}) };
  }
}

function requireName(by: string, verb: string): string {
  const name = visibleName(by);
  if (name === "")
    throw new ApprovalError(
      `Say who is going to ${verb} the agent: a name or an email of a workbook user.`
    );
  return name;
}

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : "an unknown date";
}
