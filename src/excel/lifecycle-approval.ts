/**
 * Approval in the workbook (SPEC, "Summary"): the core's approval step (or definition check)
 * applied to the history the Agent Status sheet keeps, the sheet written back, and the add-in set
 * to open with the workbook exactly while the agent is Active.
 */
import {
  applyApprovalStep,
  checkDefinition,
  type ApprovalOutcome,
  type ApprovalStep,
} from "../core/agent/lifecycle";
import { agentStatusSheetOf } from "../core/agent/lifecycle";
import type { ApprovalState } from "../core/model/approval-state";
import type { AgentDocument } from "../core/model/document";
import { runExclusive } from "./lifecycle-lock";
import { readLifecycleFromWorkbook } from "./lifecycle-read";
import { applyStartupBehavior, type StartupOutcome } from "./startup-behavior";
import { writeResultSheets } from "./write-sheets";

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

/** A step the rules refuse throws ApprovalError with a message for the user; nothing is written. */
export function recordApprovalInWorkbook(
  doc: AgentDocument,
  step: ApprovalStep,
  options: ApprovalOptions = {}
): Promise<ApprovalRecorded> {
  return runExclusive(async () => {
    const at = options.now ?? new Date();
    const read = await readLifecycleFromWorkbook(options.fallbackTimeZone, doc);
    const outcome = applyApprovalStep(read.lifecycle, doc, step, { at, timeZone: read.timeZone });
    return writeApproval(doc, outcome, at);
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
    const read = await readLifecycleFromWorkbook(options.fallbackTimeZone, doc);
    const outcome = checkDefinition(read.lifecycle, doc, { at, timeZone: read.timeZone }, by);
    return outcome.changed ? writeApproval(doc, outcome, at) : null;
  });
}

async function writeApproval(
  doc: AgentDocument,
  outcome: ApprovalOutcome,
  now: Date
): Promise<ApprovalRecorded> {
  const sheet = agentStatusSheetOf(
    outcome.lifecycle.approvalHistory,
    doc,
    { at: now, timeZone: outcome.timeZone },
    outcome.lifecycle.approvalIgnored
  );
  const [written] = await writeResultSheets([sheet]);
  const startup = await applyStartupBehavior({
    now,
    fallbackTimeZone: outcome.timeZone,
    current: doc,
    currentLifecycle: { lifecycle: outcome.lifecycle, timeZone: outcome.timeZone },
  });
  return {
    approval: outcome.approval,
    startup,
    sheet: written.sheet,
    notices: written.notice ? [written.notice] : [],
  };
}
