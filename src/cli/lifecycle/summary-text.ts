/**
 * What the command line prints about the lifecycle after a run: what an approval step did (with
 * every setting on submission, so the approver sees what they approve), the work list's changes
 * and counts, and the agent's status with its next scheduled run.
 */
import type { ApprovalStep } from "../../core/agent/lifecycle";
import type { RecordedRun } from "../../core/agent/lifecycle";
import { upcomingRuns } from "../../core/agent/lifecycle";
import { dateSerialAt } from "../../core/agent/lifecycle";
import { overdueCount, workListCounts } from "../../core/agent/lifecycle";
import { approvalOf } from "../../core/agent/lifecycle";
import type { ApprovalState } from "../../core/model/approval-state";
import type { AgentDocument } from "../../core/model/document";
import { formatAgentSettings } from "./agent-settings";

interface Moment {
  readonly at: Date;
  readonly timeZone: string;
}

export function approvalText(
  step: ApprovalStep,
  approval: ApprovalState,
  doc: AgentDocument,
  moment: Moment
): string {
  switch (step.kind) {
    case "submit":
      return `Submitted for approval by ${step.by}; another user approves it with --approve NAME.\n${formatAgentSettings(doc, approval.documentHash ?? "", moment.at, moment.timeZone)}`;
    case "approve":
      return `Approved by ${step.by}: the agent is Active and runs on its schedule (--when-due).`;
    case "reject":
      return `Rejected by ${step.by}: the agent is a Draft again.`;
  }
}

export function summaryText(
  prepared: Moment & { readonly carriedFrom: string | null; readonly approvalText: string | null },
  recorded: RecordedRun,
  doc: AgentDocument
): string {
  const { changes, lifecycle } = recorded;
  const records = lifecycle.actions.records;
  const { open } = workListCounts(records, doc.name);
  const overdue = overdueCount(records, doc.name, dateSerialAt(prepared.at, prepared.timeZone));
  const lines = [
    `Actions: ${changes.created.length} created, ${changes.recreated.length} re-created, ${changes.reopened.length} reopened, ${changes.kept.length} kept, ${changes.noLongerFlagged.length} no longer flagged; ${open} open, ${overdue} overdue` +
      (prepared.carriedFrom ? ` (team's edits carried on from ${prepared.carriedFrom})` : ""),
    `Agent status: ${statusLine(approvalOf(lifecycle), doc, prepared)}`,
  ];
  if (prepared.approvalText) lines.unshift(prepared.approvalText);
  return `${lines.join("\n")}\n`;
}

function statusLine(state: ApprovalState, doc: AgentDocument, moment: Moment): string {
  if (state.status !== "Active")
    return `${state.status}${state.status === "Submitted" ? ` (submitted by ${state.submittedBy}, waiting for approval)` : ""}; the schedule does not run it until it is approved.`;
  const [next] = upcomingRuns(doc.schedule, moment.at, 1, moment.timeZone);
  const when = next ? `next run ${next} (${moment.timeZone})` : "no scheduled run left";
  return `Active (approved by ${state.approvedBy}); ${when}.`;
}
