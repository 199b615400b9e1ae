/**
 * The agent's lifecycle outside Excel, where the store is the report itself, as for the command
 * line (src/cli/lifecycle): the user uploads the previous report, its Actions, Run Log and Agent
 * Status sheets are read (readLifecycle), each run is recorded with them (recordOutcome) and the
 * download carries them on (withLifecycleSheets). Approval steps (applyApprovalStep) are kept in
 * the same store and reach the Agent Status sheet of the next report downloaded. Without an
 * upload the pane starts from an empty work list and carries its own runs on within the session.
 */
import type { AgentDocument } from "../../core/model/document";
import { applyApprovalStep, checkDefinition } from "../../core/agent/lifecycle";
import { sheetsInOrder, withLifecycleSheets } from "../../core/agent/lifecycle";
import {
  recordFailedRun,
  recordOutcome,
  type RecordedOutcome,
  type RunContext,
} from "../../core/agent/lifecycle";
import { localTimeZone } from "../../core/agent/lifecycle";
import {
  EMPTY_LIFECYCLE,
  readLifecycle,
  type LifecycleCells,
  type WorkbookLifecycle,
} from "../../core/agent/lifecycle";
import { collectCells, collectReturns, type CellWrite } from "../../core/agent/lifecycle";
import type { ReturnedWorkbook } from "../../core/agent/lifecycle";
import type { ActionTable } from "../../core/model/action-record";
import { AgentInputError, CancelledError } from "../../core/model/errors";
import { LIFECYCLE_SHEETS } from "../../core/report/lifecycle/sheet-names";
import { errorText } from "../session/error-text";
import type {
  ApprovalRequest,
  CollectedReturns,
  Download,
  LifecycleHost,
  LifecycleView,
  ManualRunOutcome,
  PerformRun,
} from "./host";
import { lifecycleView } from "./lifecycle-view";

export type LifecycleCellsReader = (bytes: Uint8Array, fileName: string) => Promise<LifecycleCells>;

/** A report workbook in the page: the one the last run made, or the one the user uploaded. */
export interface ReportBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The report returned workbooks are collected into, and what the host does with files. */
export interface ReportFiles {
  /** The session's latest report; the run's download and the upload set it. */
  current: ReportBytes | null;
  patch(bytes: Uint8Array, sheetName: string, cells: readonly CellWrite[]): Promise<Uint8Array>;
  /** The report with the collected changes, offered as a download. */
  offer(report: ReportBytes): Download;
}

export const NO_REPORT_TO_COLLECT_INTO =
  "There is no report to collect into yet: run the agent (or continue from the previous report), then collect the returned workbooks.";

export const KEPT_IN_THE_REPORT =
  "Kept in the report's Agent Status sheet: run the agent and download the report to keep it.";

export class BrowserLifecycle implements LifecycleHost {
  readonly store = "the report";
  readonly limitations = [
    "Outside Excel the action list, run log and approval travel in the report you download: to carry the team's edits on, upload the previous report before the run. Assignees are not notified from the browser.",
  ];
  private lifecycle: WorkbookLifecycle = EMPTY_LIFECYCLE;
  private timeZone: string;
  private continuedFrom: string | null = null;

  constructor(
    private readonly readCells: LifecycleCellsReader,
    private readonly now: () => Date = () => new Date(),
    private readonly fallbackTimeZone: string = localTimeZone(),
    private readonly files: ReportFiles | null = null
  ) {
    this.timeZone = fallbackTimeZone;
  }

  /** The approval as of this definition: a submitted or active agent whose definition changed is a draft again (recorded). */
  private sync(doc: AgentDocument): void {
    const moment = { at: this.now(), timeZone: this.timeZone };
    this.lifecycle = checkDefinition(this.lifecycle, doc, moment).lifecycle;
  }

  private view(doc: AgentDocument): LifecycleView {
    return lifecycleView(this.lifecycle, doc, this.timeZone, this.continuedFrom);
  }

  async read(doc: AgentDocument): Promise<LifecycleView> {
    this.sync(doc);
    return this.view(doc);
  }

  async continueFrom(file: File, doc: AgentDocument): Promise<LifecycleView> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const cells = await this.readCells(bytes, file.name);
    const read = readLifecycle(cells, this.fallbackTimeZone);
    this.lifecycle = read.lifecycle;
    this.timeZone = read.timeZone;
    this.continuedFrom = file.name;
    if (this.files) this.files.current = { name: file.name, bytes };
    return this.read(doc);
  }

  async masterActions(): Promise<{ actions: ActionTable; timeZone: string }> {
    return { actions: this.lifecycle.actions, timeZone: this.timeZone };
  }

  /**
   * Into the session's report (the last run's, or the upload): only the changed cells of its
   * Actions sheet are rewritten, the result offered as a download and carried on by the next run.
   */
  async collectReturned(
    doc: AgentDocument,
    returned: readonly ReturnedWorkbook[]
  ): Promise<CollectedReturns> {
    const report = this.files?.current;
    if (!this.files || !report) throw new AgentInputError(NO_REPORT_TO_COLLECT_INTO);
    const cells = await this.readCells(report.bytes, report.name);
    const master = readLifecycle(cells, this.fallbackTimeZone).lifecycle.actions;
    const outcome = collectReturns(master, returned);
    const writes = collectCells(cells.actions ?? [], outcome.updates);
    if (writes.length === 0)
      return { outcome, into: report.name, download: null, view: this.view(doc) };
    const bytes = await this.files.patch(report.bytes, LIFECYCLE_SHEETS.actions, writes);
    const patched = { name: report.name, bytes };
    // The report with the changes is the store now: the next run carries them on.
    const read = readLifecycle(await this.readCells(bytes, report.name), this.fallbackTimeZone);
    this.lifecycle = read.lifecycle;
    this.files.current = patched;
    return {
      outcome,
      into: report.name,
      download: this.files.offer(patched),
      view: this.view(doc),
    };
  }

  async decide(
    doc: AgentDocument,
    request: ApprovalRequest
  ): Promise<{ view: LifecycleView; notices: readonly string[] }> {
    // The approval rules (core) refuse with ApprovalError and a message; nothing is kept then.
    const decided = applyApprovalStep(this.lifecycle, doc, request, {
      at: this.now(),
      timeZone: this.timeZone,
    });
    this.lifecycle = decided.lifecycle;
    this.timeZone = decided.timeZone;
    return { view: this.view(doc), notices: [KEPT_IN_THE_REPORT] };
  }

  async runManually(
    doc: AgentDocument,
    perform: PerformRun,
    by?: string
  ): Promise<ManualRunOutcome> {
    const context: RunContext = {
      doc,
      at: this.now(),
      trigger: "manual",
      timeZone: this.timeZone,
      ...(by ? { by } : {}),
    };
    const recording: { run?: RecordedOutcome } = {};
    try {
      const output = await perform((result, sheets) => {
        const run = recordOutcome(this.lifecycle, { result }, context);
        recording.run = run;
        return withLifecycleSheets(sheets, sheetsInOrder(run.sheets));
      });
      const run = recording.run?.completed;
      if (!run)
        throw new Error(
          "The run's report was built without its Actions, Run Log and Agent Status sheets."
        );
      // The report just built is the store now: a further run continues from it.
      this.lifecycle = run.lifecycle;
      const record = {
        outcome: "Completed" as const,
        changes: run.changes,
        message: run.entry.message,
        notices: [],
        view: this.view(doc),
      };
      return { kind: "ran", output, record };
    } catch (error) {
      if (error instanceof CancelledError) throw error;
      this.lifecycle = recordFailedRun(this.lifecycle, errorText(error), context);
      const message = "The failed run is logged in the Run Log of the next report you download.";
      return {
        kind: "failed",
        error,
        record: { outcome: "Failed", changes: null, message, notices: [], view: this.view(doc) },
      };
    }
  }

  async definitionSaved(doc: AgentDocument): Promise<LifecycleView | null> {
    const before = this.lifecycle;
    this.sync(doc);
    return this.lifecycle === before ? null : this.view(doc);
  }
}
