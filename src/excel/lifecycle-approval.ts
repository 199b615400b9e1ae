/**
 * Approval in the workbook (issue 6: "The status and history are kept in the workbook"): submit,
 * approve or reject the saved agent, record it in the Agent Status sheet, and have the add-in
 * open with the workbook exactly while the agent is Active.
 */
import type { AgentDocument } from "../core/model/document";
import {
  approve,
  definitionChanged,
  reject,
  submit,
  type ApprovalState,
} from "../core/lifecycle/approval";
import { agentStatusSheet } from "../core/lifecycle/agent-status-sheet";
import { documentHash } from "../core/lifecycle/document-hash";
import { approvalOf } from "../core/lifecycle/workbook-lifecycle";
import { runExclusive } from "./lifecycle-lock";
import { readLifecycleFromWorkbook } from "./lifecycle-read";
import { applyStartupBehavior, type StartupOutcome } from "./startup-behavior";
import { writeResultSheets } from "./write-sheets";

export interface ApprovalStep {
  readonly kind: "submit" | "approve" | "reject";
  /** A name or email of a workbook user; the approver must not be the submitter. */
  readonly by: string;
  readonly note?: string;
}

export interface ApprovalOptions {
  readonly now?: Date;
  /** Zone recorded with a submission when none was recorded before; default this machine's. */
  readonly fallbackTimeZone?: string;
}

export interface ApprovalRecorded {
  readonly approval: ApprovalState;
  readonly startup: StartupOutcome;
  readonly sheet: string;
  readonly notices: readonly string[];
}

/**
 * Applies the step to the state the workbook records (a definition changed since submission
 * first sends it back to Draft) and writes the Agent Status sheet. A step the rules refuse throws
 * ApprovalError with a message for the user, and nothing is written.
 */
export function recordApprovalInWorkbook(
  doc: AgentDocument,
  step: ApprovalStep,
  options: ApprovalOptions = {}
): Promise<ApprovalRecorded> {
  return runExclusive(async () => {
    const at = options.now ?? new Date();
    const read = await readLifecycleFromWorkbook(options.fallbackTimeZone);
    const hash = documentHash(doc);
    const current = definitionChanged(approvalOf(read.lifecycle), hash, at, step.by);
    const actor = { by: step.by, at, ...(step.note !== undefined ? { note: step.note } : {}) };
    const approval =
      step.kind === "submit"
        ? submit(current, hash, actor, read.timeZone)
        : step.kind === "approve"
          ? approve(current, actor)
          : reject(current, actor);
    return writeApproval(doc, approval, at, approval.timeZone ?? read.timeZone);
  });
}

/**
 * After the saved definition changed: a submitted or active agent goes back to Draft in the
 * workbook at once (rather than at its next run), and stops opening with the workbook. Null when
 * nothing changed.
 */
export function recordDefinitionInWorkbook(
  doc: AgentDocument,
  by = "",
  options: ApprovalOptions = {}
): Promise<ApprovalRecorded | null> {
  return runExclusive(async () => {
    const at = options.now ?? new Date();
    const read = await readLifecycleFromWorkbook(options.fallbackTimeZone);
    const before = approvalOf(read.lifecycle);
    const after = definitionChanged(before, documentHash(doc), at, by);
    if (after === before) return null;
    return writeApproval(doc, after, at, read.timeZone);
  });
}

async function writeApproval(
  doc: AgentDocument,
  approval: ApprovalState,
  now: Date,
  timeZone: string
): Promise<ApprovalRecorded> {
  const [written] = await writeResultSheets([
    agentStatusSheet(approval.history, { agent: doc.name, schedule: doc.schedule, now, timeZone }),
  ]);
  const startup = await applyStartupBehavior(approval.status);
  return {
    approval,
    startup,
    sheet: written.sheet,
    notices: written.notice ? [written.notice] : [],
  };
}
