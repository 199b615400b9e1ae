/**
 * Where the task pane gets its data and puts its results. Inside Excel that is the open workbook
 * (ExcelHost); in a plain browser it is a file the user uploads and a workbook they download
 * (BrowserHost). The wizard only talks to this interface.
 */
import type { AgentDocument } from "../../core/model/document";
import type { AgentShelf } from "../../core/model/agent-shelf";
import type { AgentResult } from "../../core/model/result";
import type { ApprovalStep } from "../../core/agent/lifecycle";
import type { ActionChanges, DueAgent } from "../../core/agent/lifecycle";
import type { CollectOutcome, ReturnedWorkbook } from "../../core/agent/lifecycle";
import type { ActionTable } from "../../core/model/action-record";
import type { ApprovalState } from "../../core/model/approval-state";
import type { RunLogEntry } from "../../core/model/run-log-entry";
import type { RunProgress, SourceSheet } from "../../core/model/source";
import type { SheetDescription } from "../../core/model/sheet";
import type { TransactionTable } from "../../core/model/transactions";
import type { DataQualityReport } from "../../core/model/data-quality";

export type HostKind = "excel" | "browser";

/** Something the user can pick as the transaction source. */
export interface SourceChoice {
  /** What `source.sheet` in the agent document holds for it. */
  readonly name: string;
  readonly kind: "sheet" | "table";
  /** Shown beside the name, e.g. "5,012 rows" or "table on Sheet1". */
  readonly detail?: string;
}

export interface ProgressOptions {
  readonly onProgress?: (progress: RunProgress) => void;
  readonly isCancelled?: () => boolean;
  /** Aborting stops a read that waits on another thread (the reading worker), where polling cannot. */
  readonly signal?: AbortSignal;
}

/** Opening a file: which sheet to read before the file counts as open (null = the first). */
export interface OpenOptions extends ProgressOptions {
  readonly sheet?: string | null;
}

/** A sheet parsed into the transaction table, where the host parses off the page's thread. */
export interface ParsedTable {
  readonly table: TransactionTable;
  readonly quality: DataQualityReport;
}

export interface DeliveredResults {
  /** Worksheet names in the result, in order. */
  readonly sheets: readonly string[];
  /** Things the user should know, e.g. a result written under another name. */
  readonly notices: readonly string[];
  /** Browser only: the result workbook to offer as a download. */
  readonly download?: { readonly fileName: string; readonly url: string; readonly bytes: number };
}

export interface DeliverOptions extends ProgressOptions {
  /** `YYYY-MM-DD` of the run, for the download's file name. */
  readonly anchorDate: string;
  readonly agentName: string;
}

/** Browser only: where the source comes from when there is no open workbook. */
export interface FileSources {
  /**
   * Reads an uploaded .xlsx or .csv and its sheet `options.sheet` (else the first), with
   * progress; returns its sheets. The file is the open one only once this resolves: Cancel
   * (CancelledError) or an unreadable file (AgentInputError) leaves the previous file open.
   */
  openFile(file: File, options?: OpenOptions): Promise<readonly SourceChoice[]>;
  /** Loads the bundled sample workbook (assets/sample-transactions.xlsx), as openFile. */
  openSample(options?: OpenOptions): Promise<readonly SourceChoice[]>;
  /**
   * The sample's agent settings (assets/sample-agent.json, the file `npm run analyze` uses on the
   * sample), unchecked JSON: with them the pane gives the command line's figures on the sample.
   */
  sampleAgent(): Promise<unknown>;
  /** Name of the file currently open, or null. */
  readonly fileName: string | null;
}

/** One owner's workbook, rendered, under its safe file name. */
export interface OwnerWorkbookFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** A file the pane offers as a download. */
export interface Download {
  readonly fileName: string;
  readonly url: string;
  readonly bytes: number;
}

/** How the owners' workbooks reached the user. */
export type DeliveredWorkbooks =
  | { readonly kind: "opened"; readonly count: number }
  | {
      readonly kind: "download";
      readonly download: Download;
      /** Inside Excel: why the workbooks were not opened (ExcelApi 1.8 missing). */
      readonly why?: string;
    };

export interface TaskPaneHost {
  readonly kind: HostKind;
  /** Shown in the header: "Excel" or why the pane runs outside Office. */
  readonly description: string;
  readonly files?: FileSources;
  listSources(): Promise<readonly SourceChoice[]>;
  /** The source's header and rows; `name` null = the first sheet. */
  readSource(name: string | null, options?: ProgressOptions): Promise<SourceSheet>;
  /**
   * The source parsed with the agent's mapping where the host does it off the page's thread
   * (the browser's reading worker); absent: the pane parses `readSource`'s rows itself.
   */
  parseSource?(
    name: string | null,
    doc: AgentDocument,
    options?: ProgressOptions
  ): Promise<ParsedTable>;
  /**
   * Another sheet or table of the same workbook, whole (the customer profit contribution's
   * Activities, Cost Drivers and Customer Costs). Throws AgentInputError when there is none.
   */
  loadSheet(name: string): Promise<SourceSheet>;
  deliverResults(
    sheets: readonly SheetDescription[],
    options: DeliverOptions
  ): Promise<DeliveredResults>;
  /**
   * The sales leads' workbooks: inside Excel each opened as a new workbook where the API set
   * allows (ExcelApi 1.8), else, and outside Office, one zip to download named `zipName`.
   */
  deliverOwnerWorkbooks(
    files: readonly OwnerWorkbookFile[],
    zipName: string
  ): Promise<DeliveredWorkbooks>;
  /** The agents of this workbook (or browser), each with its document (core/model/agent-shelf.ts). */
  saveAgents(shelf: AgentShelf): Promise<void>;
  /**
   * What is stored as parsed JSON (not yet validated): the agents, or the one document of a
   * workbook from before several agents; null when nothing is stored.
   */
  loadDocument(): Promise<unknown | null>;
  /**
   * Excel: deletes a deleted agent's own sheets (those marked with its sheet prefix), returning
   * their names. Outside Office an agent's reports are files of their own: nothing to delete.
   */
  deleteAgentSheets?(sheetPrefix: string): Promise<string[]>;
  /** Where the document is kept, for the UI: "this workbook" or "this browser". */
  readonly documentStore: string;
  /**
   * The agent's lifecycle (action list, run log, schedule, approval), loaded on first
   * use so the pane opens without it; the same object every call.
   */
  lifecycle(): Promise<LifecycleHost>;
}

/** The lifecycle as the pane shows it: approval, where it runs, what ran. */
export interface LifecycleView {
  readonly approval: ApprovalState;
  /** The zone the schedule runs in: recorded at submission, else this machine's. */
  readonly timeZone: string;
  /** Every run recorded, oldest first (all agents of the store). */
  readonly runLog: readonly RunLogEntry[];
  /** This agent's actions in the work list, and how many are open. */
  readonly actions: { readonly total: number; readonly open: number };
  /** Browser: the report the team's work is carried on from; null = none uploaded. */
  readonly continuedFrom: string | null;
}

/** A submit, approve or reject as the user asks it (the core's approval step). */
export type ApprovalRequest = ApprovalStep;

/** What recording a run did to the work list, for the pane. */
export interface RunRecord {
  readonly outcome: "Completed" | "Failed" | "Superseded";
  readonly changes: ActionChanges | null;
  /** One sentence, e.g. "12 flagged; actions: 3 created, 0 re-created, 0 reopened, 9 kept, 1 no longer flagged." */
  readonly message: string;
  /** Things the user should know: assignees not notified, a sheet written under another name. */
  readonly notices: readonly string[];
  readonly view: LifecycleView;
}

export interface RunOutput {
  readonly result: AgentResult;
  readonly delivered: DeliveredResults;
}

/** Adds the lifecycle sheets to a run's result sheets, where the host delivers them together. */
export type AddLifecycleSheets = (
  result: AgentResult,
  sheets: readonly SheetDescription[]
) => SheetDescription[];

/** One run of the agent as the pane performs it (read, compute, deliver); `add` as the host asks. */
export type PerformRun = (add: AddLifecycleSheets | null) => Promise<RunOutput>;

export type ManualRunOutcome =
  | { readonly kind: "ran"; readonly output: RunOutput; readonly record: RunRecord }
  | { readonly kind: "failed"; readonly error: unknown; readonly record: RunRecord };

/** Something the schedule did while the workbook was open, for the pane's list. */
export interface ScheduleEvent {
  readonly at: Date;
  readonly tone: "info" | "success" | "warning" | "error";
  readonly text: string;
  /** A run the schedule recorded. */
  readonly record?: RunRecord;
}

export interface ScheduleOptions {
  /** The saved agent, validated; null when there is none. */
  getDocument(): Promise<AgentDocument | null>;
  /** A run the schedule decided on, performed as the Run button does (read, compute, deliver); throws when it fails. */
  run(doc: AgentDocument): Promise<RunOutput>;
  onEvent(event: ScheduleEvent): void;
  /** The latest check's answer ("Not due until …"), shown as the schedule's state. */
  onStatus(text: string): void;
}

/** What collecting returned workbooks did to the master's Actions sheet. */
export interface CollectedReturns {
  readonly outcome: CollectOutcome;
  /** The report collected into: "this workbook" or the report's file name. */
  readonly into: string;
  /** Browser: the report with the changes taken, to download (null when nothing changed). */
  readonly download: Download | null;
  readonly view: LifecycleView;
}

export interface LifecycleHost {
  /** Where the action list, run log and approval are kept, for the UI. */
  readonly store: string;
  /** The action list as kept now (the master's Actions sheet), and the zone of its dates. */
  masterActions(doc: AgentDocument): Promise<{ actions: ActionTable; timeZone: string }>;
  /**
   * Returned owners' workbooks merged into the master's Actions sheet by action key (core
   * collectReturns): only the cells of changes taken are written; conflicts, added and deleted
   * rows are reported. Throws AgentInputError when there is no report to collect into.
   */
  collectReturned(
    doc: AgentDocument,
    returned: readonly ReturnedWorkbook[]
  ): Promise<CollectedReturns>;
  /** What this host cannot do, said up front (e.g. assignees cannot be notified in this Excel). */
  readonly limitations: readonly string[];
  read(doc: AgentDocument): Promise<LifecycleView>;
  /** Submit, approve or reject; throws ApprovalError (plain words) when the rules refuse it. */
  decide(
    doc: AgentDocument,
    request: ApprovalRequest
  ): Promise<{ readonly view: LifecycleView; readonly notices: readonly string[] }>;
  /** A run the user started: performed, then recorded (failed runs too); CancelledError is rethrown. */
  runManually(doc: AgentDocument, perform: PerformRun, by?: string): Promise<ManualRunOutcome>;
  /** After a changed definition was saved: a submitted or active agent goes back to Draft. Null when nothing changed. */
  definitionSaved(doc: AgentDocument): Promise<LifecycleView | null>;
  /** Excel: checks the schedule now and while the pane is open; returns how to stop. */
  startSchedule?(options: ScheduleOptions): { stop(): void };
  /**
   * Excel: every agent of the workbook whose scheduled run is due now, the longest-waiting first
   * (the core's dueAgents), the open one (`shelf.selected`) marked. Asked when the pane opens.
   */
  dueAgents?(shelf: AgentShelf): Promise<DueAgent[]>;
  /**
   * Excel: the agents changed (one was deleted): whether the workbook opens the add-in follows
   * the agents left. Returns what the user should know when Excel refused it, else null.
   */
  shelfChanged?(shelf: AgentShelf): Promise<string | null>;
  /** Browser: the previous report whose action list, run log and approval to carry on. */
  continueFrom?(file: File, doc: AgentDocument): Promise<LifecycleView>;
}
