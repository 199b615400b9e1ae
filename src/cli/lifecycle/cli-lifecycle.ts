/**
 * The lifecycle in the command line. The report workbook is the store: each run reads the
 * previous report's Actions, Run Log and Agent Status sheets (the --out file, or --actions-from),
 * records the run with the team's edits (recordOutcome) and writes them all into the new report.
 *
 * - Approval steps (--submit / --approve / --reject) are the core's approval step, recorded in the
 *   Agent Status sheet; a definition (--config, --months, --sheet) that differs from the
 *   submitted one sends the agent back to Draft.
 * - Manual runs always run (they are a person's decision) and refresh the action list;
 *   --when-due runs only when the core's schedule check says a run is due.
 */
import { applyApprovalStep, checkDefinition } from "../../core/agent/lifecycle";
import { sheetsInOrder } from "../../core/agent/lifecycle";
import { recordOutcome, type RecordedRun } from "../../core/agent/lifecycle";
import { checkSchedule } from "../../core/agent/lifecycle";
import { localTimeZone } from "../../core/agent/lifecycle";
import { EMPTY_LIFECYCLE, readLifecycle, type WorkbookLifecycle } from "../../core/agent/lifecycle";
import type { AgentDocument } from "../../core/model/document";
import { AgentInputError } from "../../core/model/errors";
import type { AgentResult } from "../../core/model/result";
import type { RunTrigger } from "../../core/model/run-log-entry";
import type { SheetDescription } from "../../core/model/sheet";
import { describeFileError, resolvePath, type CliIo } from "../io";
import type { LifecycleArguments } from "./arguments";
import { readLifecycleCells } from "./previous-report";
import { approvalText, summaryText } from "./summary-text";

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

/** The report the run replaces: where it really is, and the path as the user gave it. */
export interface ReportLocation {
  readonly path: string;
  readonly shownPath: string;
}

/** Everything decided before the input is read, so a run that is not due costs nothing. */
export async function prepareLifecycle(
  args: LifecycleArguments,
  doc: AgentDocument,
  report: ReportLocation,
  io: CliIo
): Promise<LifecyclePlan> {
  const at = io.now();
  const { lifecycle, timeZone, carriedFrom } = await loadPrevious(args, doc, report, io);
  const moment = { at, timeZone };
  const decided = args.approval
    ? applyApprovalStep(lifecycle, doc, args.approval, moment)
    : checkDefinition(lifecycle, doc, moment);
  const prepared = { lifecycle: decided.lifecycle, timeZone, at, carriedFrom };
  if (!args.whenDue) {
    const text = args.approval ? approvalText(args.approval, decided.approval, doc, moment) : null;
    return {
      run: true,
      prepared: { ...prepared, trigger: "cli", scheduledFor: null, approvalText: text },
    };
  }
  const check = checkSchedule(lifecycle, doc, { now: at, timeZone });
  if (check.kind !== "due") return { run: false, message: check.reason };
  return {
    run: true,
    prepared: {
      ...prepared,
      trigger: check.run.trigger,
      scheduledFor: check.run.scheduledFor,
      approvalText: check.decision.reason,
    },
  };
}

async function loadPrevious(
  args: LifecycleArguments,
  doc: AgentDocument,
  report: ReportLocation,
  io: CliIo
): Promise<{ lifecycle: WorkbookLifecycle; timeZone: string; carriedFrom: string | null }> {
  const fallbackZone = args.timeZone ?? localTimeZone();
  const fromReport = args.actionsFrom === undefined;
  const path = fromReport ? report.path : resolvePath(io, args.actionsFrom!);
  const shownPath = fromReport ? report.shownPath : path;
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const missing = (error as { code?: unknown }).code === "ENOENT";
    if (missing && fromReport)
      return { lifecycle: EMPTY_LIFECYCLE, timeZone: fallbackZone, carriedFrom: null };
    throw new AgentInputError(`Previous report '${shownPath}': ${describeFileError(error)}.`);
  }
  const read = readLifecycle(await readLifecycleCells(bytes, shownPath, doc), fallbackZone);
  return {
    lifecycle: read.lifecycle,
    timeZone: args.timeZone ?? read.timeZone,
    carriedFrom: shownPath,
  };
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
  const outcome = recordOutcome(
    prepared.lifecycle,
    { result },
    {
      doc,
      at: prepared.at,
      trigger: prepared.trigger,
      scheduledFor: prepared.scheduledFor,
      timeZone: prepared.timeZone,
    }
  );
  const recorded = outcome.completed!;
  return {
    recorded,
    sheets: sheetsInOrder(outcome.sheets),
    summary: summaryText(prepared, recorded, doc),
  };
}
