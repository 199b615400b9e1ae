/**
 * The lifecycle in the command line. The report workbook is the store: each run reads the
 * previous report's Actions, Run Log and Agent Status sheets (the --out file, or --actions-from),
 * reconciles the team's edits with what it found, and writes them all back into the new report.
 *
 * - Approval steps (--submit / --approve / --reject) are recorded in the Agent Status sheet; a
 *   definition (--config, --months, --sheet) that differs from the submitted one sends the agent
 *   back to Draft.
 * - Manual runs always run (they are a person's decision) and refresh the action list;
 *   --when-due runs only an Active agent, only when its schedule has a run due, once for any
 *   number of missed runs.
 */
import type { AgentDocument } from "../../core/model/document";
import type { AgentResult } from "../../core/model/result";
import { statusOf } from "../../core/lifecycle/action-record";
import { isOverdue } from "../../core/lifecycle/actions-sheet";
import {
  approve,
  definitionChanged,
  reject,
  replayApproval,
  submit,
  type ApprovalState,
} from "../../core/lifecycle/approval";
import { documentHash } from "../../core/lifecycle/document-hash";
import { lastCompletedRun, type RunTrigger } from "../../core/lifecycle/run-log";
import { decideScheduledRun } from "../../core/lifecycle/run-decision";
import { nextRuns } from "../../core/lifecycle/schedule";
import { dateSerialAt } from "../../core/lifecycle/sheet-time";
import { formatWallClock, localTimeZone, wallClockAt } from "../../core/lifecycle/wall-clock";
import {
  EMPTY_LIFECYCLE,
  lifecycleSheets,
  readLifecycle,
  recordRun,
  type RecordedRun,
  type WorkbookLifecycle,
} from "../../core/lifecycle/workbook-lifecycle";
import { AgentInputError } from "../../core/model/errors";
import type { SheetDescription } from "../../core/model/sheet";
import { describeFileError, resolvePath, type CliIo } from "../io";
import type { LifecycleArguments } from "./arguments";
import { formatAgentSettings } from "./agent-settings";
import { readLifecycleCells } from "./previous-report";

export interface PreparedLifecycle {
  readonly lifecycle: WorkbookLifecycle;
  readonly timeZone: string;
  readonly trigger: RunTrigger;
  readonly scheduledFor: Date | null;
  readonly at: Date;
  /** The report the team's work was carried on from, if any. */
  readonly carriedFrom: string | null;
  /** Printed after the run: what an approval step did, with the full settings on submission. */
  readonly approvalText: string | null;
}

export type LifecyclePlan =
  | { readonly run: true; readonly prepared: PreparedLifecycle }
  | { readonly run: false; readonly message: string };

/** Everything decided before the input is read, so a run that is not due costs nothing. */
export async function prepareLifecycle(
  args: LifecycleArguments,
  doc: AgentDocument,
  reportPath: string,
  io: CliIo
): Promise<LifecyclePlan> {
  const at = io.now();
  const { lifecycle, timeZone, carriedFrom } = await loadPrevious(args, reportPath, io);
  const hash = documentHash(doc);
  const recorded = replayApproval(lifecycle.approvalHistory);
  let approval = definitionChanged(recorded, hash, at);
  let approvalText: string | null = null;
  if (args.approval) {
    const actor = { by: args.approval.by, at, note: args.approval.note };
    switch (args.approval.kind) {
      case "submit":
        approval = submit(approval, hash, actor, timeZone);
        approvalText = `Submitted for approval by ${actor.by}; another user approves it with --approve NAME.\n${formatAgentSettings(doc, hash, at, timeZone)}`;
        break;
      case "approve":
        approval = approve(approval, actor);
        approvalText = `Approved by ${actor.by}: the agent is Active and runs on its schedule (--when-due).`;
        break;
      case "reject":
        approval = reject(approval, actor);
        approvalText = `Rejected by ${actor.by}: the agent is a Draft again.`;
        break;
    }
  }
  const withApproval: WorkbookLifecycle = { ...lifecycle, approvalHistory: approval.history };

  if (!args.whenDue)
    return {
      run: true,
      prepared: {
        lifecycle: withApproval,
        timeZone,
        trigger: "cli",
        scheduledFor: null,
        at,
        carriedFrom,
        approvalText,
      },
    };
  // The recorded state, so a changed definition is named as such rather than as a draft.
  const decision = decideScheduledRun({
    schedule: doc.schedule,
    approval: recorded,
    documentHash: hash,
    lastRunAt: lastCompletedRun(lifecycle.runLog, doc.name),
    now: at,
    timeZone,
  });
  if (!decision.run) return { run: false, message: decision.reason };
  return {
    run: true,
    prepared: {
      lifecycle: withApproval,
      timeZone,
      trigger: decision.trigger ?? "schedule",
      scheduledFor: decision.scheduledFor,
      at,
      carriedFrom,
      approvalText: decision.reason,
    },
  };
}

async function loadPrevious(
  args: LifecycleArguments,
  reportPath: string,
  io: CliIo
): Promise<{ lifecycle: WorkbookLifecycle; timeZone: string; carriedFrom: string | null }> {
  const fallbackZone = args.timeZone ?? localTimeZone();
  const path = args.actionsFrom === undefined ? reportPath : resolvePath(io, args.actionsFrom);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const missing = (error as { code?: unknown }).code === "ENOENT";
    if (missing && args.actionsFrom === undefined)
      return { lifecycle: EMPTY_LIFECYCLE, timeZone: fallbackZone, carriedFrom: null };
    throw new AgentInputError(`Previous report '${path}': ${describeFileError(error)}.`);
  }
  const read = readLifecycle(await readLifecycleCells(bytes, path), fallbackZone);
  return { lifecycle: read.lifecycle, timeZone: args.timeZone ?? read.timeZone, carriedFrom: path };
}

export interface LifecycleOutcome {
  readonly recorded: RecordedRun;
  readonly sheets: SheetDescription[];
  readonly summary: string;
}

/** The run recorded: the action list reconciled, the run logged, the four sheets described. */
export function completeLifecycle(
  prepared: PreparedLifecycle,
  result: AgentResult,
  doc: AgentDocument
): LifecycleOutcome {
  const context = {
    doc,
    at: prepared.at,
    trigger: prepared.trigger,
    scheduledFor: prepared.scheduledFor,
    timeZone: prepared.timeZone,
  };
  const recorded = recordRun(prepared.lifecycle, result, context);
  return {
    recorded,
    sheets: lifecycleSheets(recorded.lifecycle, context),
    summary: summaryText(prepared, recorded, doc),
  };
}

function summaryText(
  prepared: PreparedLifecycle,
  recorded: RecordedRun,
  doc: AgentDocument
): string {
  const { changes, lifecycle } = recorded;
  const runDate = dateSerialAt(prepared.at, prepared.timeZone);
  const mine = lifecycle.actions.records.filter((r) => r.agent === doc.name && r.key !== "");
  const open = mine.filter((r) => statusOf(r) === "Open").length;
  const overdue = mine.filter((r) => isOverdue(r, runDate)).length;
  const lines = [
    `Actions: ${changes.created.length} created, ${changes.recreated.length} re-created, ${changes.reopened.length} reopened, ${changes.kept.length} kept, ${changes.noLongerFlagged.length} no longer flagged; ${open} open, ${overdue} overdue` +
      (prepared.carriedFrom ? ` (team's edits carried on from ${prepared.carriedFrom})` : ""),
    `Agent status: ${statusLine(replayApproval(lifecycle.approvalHistory), doc, prepared)}`,
  ];
  if (prepared.approvalText) lines.unshift(prepared.approvalText);
  return `${lines.join("\n")}\n`;
}

function statusLine(state: ApprovalState, doc: AgentDocument, prepared: PreparedLifecycle): string {
  if (state.status !== "Active")
    return `${state.status}${state.status === "Submitted" ? ` (submitted by ${state.submittedBy}, waiting for approval)` : ""}; the schedule does not run it until it is approved.`;
  const [next] = nextRuns(doc.schedule, prepared.at, 1, prepared.timeZone);
  const when = next
    ? `next run ${formatWallClock(wallClockAt(next, prepared.timeZone))} (${prepared.timeZone})`
    : "no scheduled run left";
  return `Active (approved by ${state.approvedBy}); ${when}.`;
}
