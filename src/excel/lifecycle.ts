/// <reference types="office-js" />
/**
 * The Office host's part of the agent's lifecycle (issue 6): a run, completed or failed, recorded
 * in the workbook the team works in.
 *
 * - Actions: patched in place when the add-in's sheet exists (only the engine's changed cells,
 *   new rows under the table), so nothing users typed is lost, even while co-authoring; written
 *   whole only when created, with a live conditional format for overdue open actions.
 * - Run Log: the run appended; Impact Tracking and Agent Status: rewritten (they are the engine's).
 * - New actions: a comment on their row @mentioning the assignee where Excel can (ExcelApi 1.11).
 * - Startup: the add-in opens with the workbook while the agent is Active.
 *
 * A failed run only adds its Run Log row. Three Excel.run calls: read, whole sheets, patch. The
 * Run Log entry is the run's record, so it is written last: a run that fails to record is tried
 * again (scheduled runs compare the log's last run), and is never logged twice.
 */
import type { AgentDocument } from "../core/model/document";
import type { AgentResult } from "../core/model/result";
import { actionComment } from "../core/lifecycle/action-comment";
import type { ActionRecord } from "../core/lifecycle/action-record";
import { actionsPatch } from "../core/lifecycle/actions-patch";
import { ACTION_COLUMNS } from "../core/lifecycle/actions-sheet";
import type { ApprovalState } from "../core/lifecycle/approval";
import type { ActionChanges } from "../core/lifecycle/reconcile-actions";
import { lastCompletedRun, type RunLogEntry, type RunTrigger } from "../core/lifecycle/run-log";
import { textOf } from "../core/lifecycle/sheet-table";
import {
  approvalOf,
  lifecycleSheets,
  recordFailedRun,
  recordRun,
  type RecordedRun,
  type RunContext,
} from "../core/lifecycle/workbook-lifecycle";
import { isoFromSerial } from "../core/model/excel-date";
import type { SheetDescription, SheetValue } from "../core/model/sheet";
import { MENTIONS_UNSUPPORTED, mentionSupport } from "./host-support";
import {
  columnLetters,
  headerOf,
  headingRuns,
  overdueFormula,
  rowBlocks,
  rowsByHeader,
  tableArea,
  updateRuns,
  type TableArea,
} from "./lifecycle-cells";
import {
  readLifecycleFromWorkbook,
  type LifecycleInWorkbook,
  type LifecycleSheet,
} from "./lifecycle-read";
import {
  LifecycleSheetChanged,
  writeLifecyclePatch,
  type CellComment,
  type LiveHighlight,
  type SheetPatch,
} from "./lifecycle-write";
import { layoutSheet } from "./sheet-layout";
import { applyStartupBehavior, type StartupOutcome } from "./startup-behavior";
import { writeResultSheets } from "./write-sheets";

export interface RecordOptions {
  readonly doc: AgentDocument;
  readonly trigger: RunTrigger;
  /** The scheduled time a scheduled or catch-up run fills. */
  readonly scheduledFor?: Date | null;
  /** When the run started; default now. */
  readonly at?: Date;
  /** Who ran it, when known (recorded if the run finds the definition changed). */
  readonly by?: string;
  /** Zone when none was recorded at submission; default this machine's. */
  readonly fallbackTimeZone?: string;
  /**
   * Scheduled runs: record only if the agent's last completed run is still this one. Someone else
   * with the workbook open may have run and recorded the same scheduled run meanwhile.
   */
  readonly expectLastRunAt?: Date | null;
}

export interface AddedComment {
  readonly key: string;
  readonly account: string;
  /** Where it is, e.g. `'Actions'!D7`. */
  readonly cell: string;
  /** Emails @mentioned (empty when the assignee is a name, not an email: a plain comment). */
  readonly mentioned: readonly string[];
}

/** What became of the comments on new actions; the task pane says it when not "added". */
export type CommentsOutcome =
  | { readonly kind: "none" }
  | { readonly kind: "added"; readonly comments: readonly AddedComment[] }
  | { readonly kind: "unsupported"; readonly reason: string; readonly actions: number }
  | { readonly kind: "failed"; readonly message: string; readonly actions: number };

export type LifecycleSheetNames = Readonly<
  Record<"actions" | "impactTracking" | "runLog" | "agentStatus", string | null>
>;

export interface RecordedInWorkbook {
  /** Superseded: another copy of the workbook recorded the run first; nothing was written. */
  readonly outcome: "Completed" | "Failed" | "Superseded";
  readonly entry: RunLogEntry | null;
  readonly changes: ActionChanges | null;
  /** Actions this run added to the list. */
  readonly added: readonly ActionRecord[];
  readonly approval: ApprovalState;
  readonly comments: CommentsOutcome;
  /** Null when the run did not touch it (failed or superseded runs). */
  readonly startup: StartupOutcome | null;
  /** Worksheet names of the lifecycle sheets after the run (null: not in the workbook). */
  readonly sheets: LifecycleSheetNames;
  /** Things to tell the user, e.g. a lifecycle sheet written under another name. */
  readonly notices: readonly string[];
  readonly timeZone: string;
  /** One sentence for the task pane. */
  readonly message: string;
}

/** A completed run: the work list reconciled (SPEC re-creation rules) and written as above. */
export function recordRunInWorkbook(
  result: AgentResult,
  options: RecordOptions
): Promise<RecordedInWorkbook> {
  return withRetry(() => recordOnce(options, { result }));
}

/** A failed run: one Run Log row (highlighted); nothing else in the workbook changes. */
export function recordFailedRunInWorkbook(
  message: string,
  options: RecordOptions
): Promise<RecordedInWorkbook> {
  return withRetry(() => recordOnce(options, { failure: message }));
}

/** Rows moved under the patch (someone sorted the list meanwhile): read again and redo, once. */
async function withRetry<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof LifecycleSheetChanged)) throw error;
    return attempt();
  }
}

type RunOutcomeInput = { readonly result: AgentResult } | { readonly failure: string };

async function recordOnce(
  options: RecordOptions,
  outcome: RunOutcomeInput
): Promise<RecordedInWorkbook> {
  const read = await readLifecycleFromWorkbook(options.fallbackTimeZone);
  if (superseded(read, options)) return supersededRun(read);

  const context: RunContext = {
    doc: options.doc,
    at: options.at ?? new Date(),
    trigger: options.trigger,
    scheduledFor: options.scheduledFor ?? null,
    timeZone: read.timeZone,
    ...(options.by ? { by: options.by } : {}),
  };
  const completed = "result" in outcome ? recordRun(read.lifecycle, outcome.result, context) : null;
  const lifecycle = completed
    ? completed.lifecycle
    : recordFailedRun(read.lifecycle, "failure" in outcome ? outcome.failure : "", context);
  const [actions, tracking, runLog, agentStatus] = lifecycleSheets(lifecycle, context);
  const actionsArea = read.sheets.actions
    ? tableArea(read.sheets.actions.name, read.sheets.actions.cells, ["Agent", "Key"])
    : null;
  const runLogArea = read.sheets.runLog
    ? tableArea(read.sheets.runLog.name, read.sheets.runLog.cells, ["Trigger", "Outcome", "UTC"])
    : null;

  // A new Run Log goes with the other new sheets (keeping their order) unless the Actions patch
  // may still be refused (rows moved meanwhile) and the run redone: then it is written after it.
  const patchesActions = completed !== null && actionsArea !== null;
  const runLogFirst = !runLogArea && !patchesActions;
  const whole: SheetDescription[] = [];
  if (completed && !actionsArea) whole.push(withoutStaticOverdueFill(actions));
  if (completed) whole.push(tracking);
  if (runLogFirst) whole.push(runLog);
  if (completed) whole.push(agentStatus);
  const written = await writeResultSheets(whole);
  const writtenName = (name: string) => written.find((w) => w.name === name)?.sheet ?? null;

  const patches: SheetPatch[] = [];
  const highlights: LiveHighlight[] = [];
  let comments: NewActionComment[] = [];
  if (completed && read.sheets.actions && actionsArea) {
    patches.push(actionsSheetPatch(read, read.sheets.actions, actionsArea, completed, actions));
    comments = commentsOnAddedRows(read.sheets.actions.name, actionsArea, completed, (record) => ({
      added: completed.lifecycle.actions.records
        .filter((r) => r.sheetRow === undefined)
        .indexOf(record),
    }));
  } else if (completed) {
    const sheetName = writtenName(actions.name)!;
    const layout = layoutSheet(actions);
    const area = describedArea(actions, layout.headerRow);
    const formula = overdueFormula(area, layout.firstDataRow);
    if (formula)
      highlights.push({
        sheetName,
        firstRow: layout.firstDataRow,
        width: actions.table.columns.length,
        formula,
        style: "bad",
      });
    comments = commentsOnAddedRows(sheetName, area, completed, (record) => ({
      row: layout.firstDataRow + completed.lifecycle.actions.records.indexOf(record),
    }));
  }
  if (read.sheets.runLog && runLogArea)
    patches.push(runLogPatch(read.sheets.runLog, runLogArea, runLog));

  const support = mentionSupport();
  const patched = await writeLifecyclePatch(
    patches,
    highlights,
    support.supported ? comments.map((c) => c.comment) : []
  );
  if (!runLogArea && !runLogFirst) written.push(...(await writeResultSheets([runLog])));

  const entry = lifecycle.runLog[lifecycle.runLog.length - 1];
  const approval = approvalOf(lifecycle);
  const startup = completed ? await applyStartupBehavior(approval.status) : null;
  const added = completed?.added ?? [];
  return {
    outcome: completed ? "Completed" : "Failed",
    entry,
    changes: completed?.changes ?? null,
    added,
    approval,
    comments: commentsOutcome(added.length, support.supported, comments, patched),
    startup,
    sheets: {
      actions: read.sheets.actions?.name ?? writtenName(actions.name),
      impactTracking: writtenName(tracking.name),
      runLog: read.sheets.runLog?.name ?? writtenName(runLog.name),
      agentStatus: writtenName(agentStatus.name) ?? read.sheets.agentStatus?.name ?? null,
    },
    notices: written.flatMap((w) => (w.notice ? [w.notice] : [])),
    timeZone: read.timeZone,
    message: completed ? entry.message : `The run failed and was logged: ${entry.message}`,
  };
}

function superseded(read: LifecycleInWorkbook, options: RecordOptions): boolean {
  if (options.expectLastRunAt === undefined) return false;
  const last = lastCompletedRun(read.lifecycle.runLog, options.doc.name);
  return (last?.getTime() ?? null) !== (options.expectLastRunAt?.getTime() ?? null);
}

function supersededRun(read: LifecycleInWorkbook): RecordedInWorkbook {
  return {
    outcome: "Superseded",
    entry: null,
    changes: null,
    added: [],
    approval: approvalOf(read.lifecycle),
    comments: { kind: "none" },
    startup: null,
    sheets: {
      actions: read.sheets.actions?.name ?? null,
      impactTracking: null,
      runLog: read.sheets.runLog?.name ?? null,
      agentStatus: read.sheets.agentStatus?.name ?? null,
    },
    notices: [],
    timeZone: read.timeZone,
    message: "Someone else with this workbook open ran the agent first; this run was not recorded.",
  };
}

/**
 * The core marks overdue rows with a fill as of the run. The Excel sheet is never rewritten, so a
 * fill would stay after the action is done; the live conditional format replaces it.
 */
function withoutStaticOverdueFill(actions: SheetDescription): SheetDescription {
  return {
    ...actions,
    table: {
      ...actions.table,
      highlights: (actions.table.highlights ?? []).filter((rule) => rule.kind !== "rows"),
    },
  };
}

function actionsSheetPatch(
  read: LifecycleInWorkbook,
  sheet: LifecycleSheet,
  area: TableArea,
  completed: RecordedRun,
  description: SheetDescription
): SheetPatch {
  const patch = actionsPatch(read.lifecycle.actions, completed.lifecycle.actions);
  const engineColumns = ACTION_COLUMNS.map((c) => c.column);
  const statusColumn = engineColumns.find((c) => c.header === headerOf("status"))!;
  const statusAt = area.columnOf(statusColumn.header);
  const keyAt = area.columnOf(headerOf("key"));
  return {
    sheetName: sheet.name,
    tables: sheet.tables,
    area,
    runs: [...headingRuns(area, sheet.cells, description), ...updateRuns(area, patch.updates)],
    add: {
      count: patch.appended.length,
      blocks: rowBlocks(area, engineColumns, patch.appended),
      validations: statusAt < 0 ? [] : [{ column: statusColumn, col: statusAt }],
      fill: null,
    },
    verify: { col: keyAt, keys: sheet.cells.map((row) => textOf(row[keyAt] ?? null).trim()) },
  };
}

function runLogPatch(
  sheet: LifecycleSheet,
  area: TableArea,
  description: SheetDescription
): SheetPatch {
  const rows = description.table.rows;
  const last = rows.slice(-1);
  const failed = last[0]?.Outcome === "Failed";
  return {
    sheetName: sheet.name,
    tables: sheet.tables,
    area,
    runs: headingRuns(area, sheet.cells, description),
    add: {
      count: last.length,
      blocks: rowBlocks(area, description.table.columns, rowsByHeader(description, last)),
      validations: [],
      fill: failed ? "bad" : null,
    },
    verify: null,
  };
}

/** A sheet the host is about to write whole: its headers where the description puts them. */
function describedArea(description: SheetDescription, headerRow: number): TableArea {
  const headers = description.table.columns.map((c) => c.header.trim().toLowerCase());
  return {
    headerRow,
    columnOf: (header) => headers.indexOf(header.trim().toLowerCase()),
    rowsRead: 0,
  };
}

interface NewActionComment {
  readonly record: ActionRecord;
  readonly comment: CellComment;
}

/** A comment on each new action's Account cell (the account's row in the work list). */
function commentsOnAddedRows(
  sheetName: string,
  area: TableArea,
  completed: RecordedRun,
  rowOf: (record: ActionRecord) => CellComment["at"]
): NewActionComment[] {
  const col = Math.max(0, area.columnOf(headerOf("account")));
  return completed.added.map((record) => ({
    record,
    comment: {
      sheetName,
      at: rowOf(record),
      col,
      comment: actionComment(record, dueText(record.dueDate)),
    },
  }));
}

function dueText(due: SheetValue): string {
  if (typeof due === "number") return isoFromSerial(due);
  return due === null ? "" : String(due);
}

function commentsOutcome(
  actions: number,
  supported: boolean,
  comments: readonly NewActionComment[],
  patched: Awaited<ReturnType<typeof writeLifecyclePatch>>
): CommentsOutcome {
  if (actions === 0) return { kind: "none" };
  if (!supported) return { kind: "unsupported", reason: MENTIONS_UNSUPPORTED, actions };
  if (patched.commentsError !== null)
    return {
      kind: "failed",
      message: `Excel did not add the comments that notify assignees of new actions: ${patched.commentsError}`,
      actions,
    };
  return {
    kind: "added",
    comments: comments.flatMap(({ record, comment }, i) => {
      const row = patched.commentRows[i];
      if (row === null) return [];
      const sheet = `'${comment.sheetName.replace(/'/g, "''")}'`;
      return [
        {
          key: record.key,
          account: record.account,
          cell: `${sheet}!${columnLetters(comment.col)}${row + 1}`,
          mentioned: comment.comment.mentions.map((m) => m.email),
        },
      ];
    }),
  };
}
