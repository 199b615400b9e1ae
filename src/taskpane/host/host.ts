/**
 * Where the task pane gets its data and puts its results. Inside Excel that is the open workbook
 * (ExcelHost); in a plain browser it is a file the user uploads and a workbook they download
 * (BrowserHost). The wizard only talks to this interface.
 */
import type { AgentDocument } from "../../core/agent/document";
import type { RunProgress, SourceSheet } from "../../core/run/api";
import type { SheetDescription } from "../../core/sheets/sheet";

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
  /** Reads an uploaded .xlsx or .csv; returns its sheets. Throws AgentInputError for an unreadable file. */
  openFile(file: File): Promise<readonly SourceChoice[]>;
  /** Loads the bundled sample workbook (assets/sample-transactions.xlsx). */
  openSample(): Promise<readonly SourceChoice[]>;
  /** Name of the file currently open, or null. */
  readonly fileName: string | null;
}

export interface TaskPaneHost {
  readonly kind: HostKind;
  /** Shown in the header: "Excel" or why the pane runs outside Office. */
  readonly description: string;
  readonly files?: FileSources;
  listSources(): Promise<readonly SourceChoice[]>;
  /** The source's header and rows; `name` null = the first sheet. */
  readSource(name: string | null, options?: ProgressOptions): Promise<SourceSheet>;
  /**
   * Another sheet or table of the same workbook, whole (the customer profit contribution's
   * Activities, Cost Drivers and Customer Costs). Throws AgentInputError when there is none.
   */
  loadSheet(name: string): Promise<SourceSheet>;
  deliverResults(sheets: readonly SheetDescription[], options: DeliverOptions): Promise<DeliveredResults>;
  saveDocument(doc: AgentDocument): Promise<void>;
  /** The stored document as parsed JSON (not yet validated), or null when none is stored. */
  loadDocument(): Promise<unknown | null>;
  /** Where the document is kept, for the UI: "this workbook" or "this browser". */
  readonly documentStore: string;
}
