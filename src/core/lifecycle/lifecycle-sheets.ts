/**
 * The four lifecycle sheets as they stand after a run, described by report/lifecycle from what
 * the lifecycle works out here: the work list's counts, what Done actions realized, the times in
 * the schedule's zone, the approval replayed and the next scheduled runs.
 */
import type { ActionTable } from "../model/action-record";
import type { ApprovalEntry } from "../model/approval-state";
import type { AgentDocument } from "../model/document";
import type { RunLogEntry, RunTrigger } from "../model/run-log-entry";
import type { SheetDescription } from "../model/sheet";
import { agentSheetName, forAgent, lifecycleSheetNames } from "../report/agent-sheet-names";
import { actionsSheet } from "../report/lifecycle/actions-sheet";
import { agentStatusSheet } from "../report/lifecycle/agent-status-sheet";
import { impactTrackingSheet } from "../report/lifecycle/impact-tracking-sheet";
import { runLogSheet } from "../report/lifecycle/run-log-sheet";
import { replayApproval } from "./approval";
import { doneActionsRealized } from "./realized-impact";
import { describeSchedule, upcomingRuns } from "./schedule";
import { dateSerialAt, serialAt } from "./sheet-time";
import { formatWallClock, wallClockAt } from "./wall-clock";
import { actionsSheetFacts, statusGroups } from "./work-list";
import type { WorkbookLifecycle } from "./workbook-lifecycle";

export interface SheetContext {
  readonly doc: AgentDocument;
  readonly at: Date;
  readonly trigger: RunTrigger;
  readonly timeZone: string;
}

export interface LifecycleSheetSet {
  readonly actions: SheetDescription;
  readonly impactTracking: SheetDescription;
  readonly runLog: SheetDescription;
  readonly agentStatus: SheetDescription;
}

export function lifecycleSheetSet(
  lifecycle: WorkbookLifecycle,
  context: SheetContext
): LifecycleSheetSet {
  const agent = context.doc.name;
  const runLabel = runHeading(context);
  const [actions, impactTracking, runLog] = forAgent(
    [
      actionsSheetOn(
        lifecycle.actions,
        dateSerialAt(context.at, context.timeZone),
        runLabel,
        lifecycleSheetNames(context.doc).actions
      ),
      impactTrackingSheet({
        done: doneActionsRealized(lifecycle.actions.records, agent),
        byStatus: statusGroups(lifecycle.actions.records, agent),
      }),
      runLogSheetIn(lifecycle.runLog, context.timeZone),
    ],
    context.doc
  );
  return {
    actions,
    impactTracking,
    runLog,
    agentStatus: agentStatusSheetOf(
      lifecycle.approvalHistory,
      context.doc,
      context,
      lifecycle.approvalIgnored
    ),
  };
}

/** The heading of a run on the Actions sheet, e.g. "Run of 2025-10-21 11:01 (cli, Europe/Berlin)". */
export function runHeading(context: Pick<SheetContext, "at" | "trigger" | "timeZone">): string {
  return `Run of ${wallClockText(context.at, context.timeZone)} (${context.trigger}, ${context.timeZone})`;
}

/** The four lifecycle sheets, in the order they follow the result sheets. */
export function lifecycleSheets(
  lifecycle: WorkbookLifecycle,
  context: SheetContext
): SheetDescription[] {
  return sheetsInOrder(lifecycleSheetSet(lifecycle, context));
}

export function sheetsInOrder(sheets: LifecycleSheetSet): SheetDescription[] {
  return [sheets.actions, sheets.impactTracking, sheets.runLog, sheets.agentStatus];
}

/**
 * Result sheets and lifecycle sheets in one workbook order: Actions and Impact Tracking right
 * after Impact (what to do and whether it pays), Run Log and Agent Status last.
 */
export function withLifecycleSheets(
  resultSheets: readonly SheetDescription[],
  lifecycle: readonly SheetDescription[]
): SheetDescription[] {
  const [actions, tracking, ...rest] = lifecycle;
  const impactAt = resultSheets.findIndex(
    (sheet) => sheet.name === agentSheetName(sheet.agentPrefix ?? "", "Impact")
  );
  const at = impactAt < 0 ? resultSheets.length : impactAt + 1;
  return [...resultSheets.slice(0, at), actions, tracking, ...resultSheets.slice(at), ...rest];
}

/**
 * The Actions sheet on the run's day (a date serial in the schedule's zone); `sheetName` is the
 * agent's name for it, which the team's formulas use (report/lifecycle/action-formulas.ts).
 */
export function actionsSheetOn(
  table: ActionTable,
  runDate: number,
  runLabel: string,
  sheetName?: string
): SheetDescription {
  return actionsSheet(table, actionsSheetFacts(table, runDate, runLabel), sheetName);
}

function runLogSheetIn(log: readonly RunLogEntry[], timeZone: string): SheetDescription {
  const serial = (iso: string) => serialAt(new Date(iso), timeZone);
  return runLogSheet(
    log.map((entry) => ({
      entry,
      time: serial(entry.at),
      scheduledFor: entry.scheduledFor ? serial(entry.scheduledFor) : null,
    })),
    timeZone
  );
}

/** The Agent Status sheet: the approval replayed from its history, the schedule's next runs. */
export function agentStatusSheetOf(
  history: readonly ApprovalEntry[],
  doc: AgentDocument,
  moment: { readonly at: Date; readonly timeZone: string },
  ignored: readonly string[] = []
): SheetDescription {
  const { timeZone } = moment;
  const approval = replayApproval(history);
  const when = (iso: string | null) => (iso ? wallClockText(new Date(iso), timeZone) : "");
  const nextRuns = upcomingRuns(doc.schedule, moment.at, 3, timeZone);
  const [sheet] = forAgent(
    [agentStatusSheetFor(doc, approval, when, nextRuns, moment, history, ignored)],
    doc
  );
  return sheet;
}

function agentStatusSheetFor(
  doc: AgentDocument,
  approval: ReturnType<typeof replayApproval>,
  when: (iso: string | null) => string,
  nextRuns: readonly string[],
  { timeZone }: { readonly timeZone: string },
  history: readonly ApprovalEntry[],
  ignored: readonly string[]
): SheetDescription {
  return agentStatusSheet({
    agent: doc.name,
    approval,
    submittedAt: when(approval.submittedAt),
    approvedAt: when(approval.approvedAt),
    nextRuns,
    schedule: describeSchedule(doc.schedule),
    timeZone,
    ignored,
    history: history.map((entry, i) => ({
      entry,
      time: serialAt(new Date(entry.at), timeZone),
      statusAfter: replayApproval(history.slice(0, i + 1)).status,
    })),
  });
}

function wallClockText(instant: Date, timeZone: string): string {
  return formatWallClock(wallClockAt(instant, timeZone));
}
