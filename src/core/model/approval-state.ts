/**
 * The approval vocabulary (SPEC, "Summary: ... an agent becomes active only after it is submitted
 * and approved"): the statuses, the steps the history records, and the state the history replays
 * to. The rules that move between them are in lifecycle/approval.ts.
 */

export type AgentStatus = "Draft" | "Submitted" | "Active";

export const APPROVAL_ACTIONS = [
  "Submitted",
  "Approved",
  "Rejected",
  "Definition changed",
] as const;
export type ApprovalAction = (typeof APPROVAL_ACTIONS)[number];

export interface ApprovalEntry {
  /** ISO instant, e.g. 2025-10-21T09:01:00.000Z. */
  readonly at: string;
  /** Name or email as the user gave it. */
  readonly by: string;
  readonly action: ApprovalAction;
  readonly note: string;
  /** documentHash() of the definition the entry is about. */
  readonly documentHash: string;
  /** IANA zone of the submitter, recorded on submission so every team member schedules alike. */
  readonly timeZone?: string;
  /** Check value chaining this row to the ones before (lifecycle/approval-seal.ts). */
  readonly seal?: string;
}

export interface ApprovalState {
  readonly status: AgentStatus;
  readonly history: readonly ApprovalEntry[];
  /** Hash of the submitted (and, when Active, approved) definition; null in Draft. */
  readonly documentHash: string | null;
  readonly submittedBy: string | null;
  readonly submittedAt: string | null;
  readonly approvedBy: string | null;
  readonly approvedAt: string | null;
  /** Zone the schedule runs in, from the latest submission; undefined = each machine's own. */
  readonly timeZone?: string;
}
