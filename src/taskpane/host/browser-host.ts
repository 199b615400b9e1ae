/**
 * The task pane outside Office: the source is an uploaded .xlsx / .csv file (or the bundled
 * sample), the result is a workbook to download (with the action list, run log and approval the
 * next run carries on, browser-lifecycle.ts), and the agent is kept in this browser's localStorage. Nothing leaves the machine: files are read and written in the page.
 */
import type { AgentDocument } from "../../core/model/document";
import type { AgentShelf } from "../../core/model/agent-shelf";
import type { SourceSheet } from "../../core/model/source";
import { AgentInputError, CancelledError } from "../../core/model/errors";
import type { SheetDescription } from "../../core/model/sheet";
import type { ReportFiles } from "./browser-lifecycle";
import type {
  DeliveredResults,
  DeliveredWorkbooks,
  DeliverOptions,
  Download,
  OwnerWorkbookFile,
  FileSources,
  LifecycleHost,
  OpenOptions,
  ParsedTable,
  ProgressOptions,
  SourceChoice,
  TaskPaneHost,
} from "./host";
import { resultFileName } from "./result-file-name";
import { localSource, type OpenedSource } from "./opened-source";
import { workerSource } from "./worker-source";
import { prepareReadWorker, takeReadWorker, whenIdle } from "./warm-read-worker";
import { previewedSource } from "./previewed-source";
import { SAMPLE_FILE_NAME, SampleAssets } from "./sample-assets";

export const DOCUMENT_STORAGE_KEY = "uaa.agentDocument";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ZIP_TYPE = "application/zip";

/** Opens a file where it will be read: its own Web Worker, or the page where there is none. */
export type SourceOpener = (
  name: string,
  bytes: Uint8Array,
  options: ProgressOptions
) => Promise<OpenedSource>;

export const openInWorker: SourceOpener = async (name, bytes, options) => {
  if (typeof Worker === "undefined") return localSource(name, bytes);
  return workerSource(await takeReadWorker(), name, bytes, options);
};

const loadXlsx = () => import(/* webpackChunkName: "xlsx" */ "./xlsx-files");

export class BrowserHost implements TaskPaneHost, FileSources {
  readonly kind = "browser" as const;
  readonly documentStore = "this browser";
  readonly files: FileSources = this;
  private open: OpenedSource | null = null;
  private downloadUrl: string | null = null;
  private lifecycleHost: Promise<LifecycleHost> | null = null;
  /** Object URLs of the owners' zip and the collected report, by what they are (one each). */
  private readonly offered = new Map<string, string>();
  private readonly sample = new SampleAssets();
  /** The session's report, which returned workbooks are collected into (browser-lifecycle.ts). */
  private readonly reports: ReportFiles = {
    current: null,
    patch: async (bytes, sheetName, cells) =>
      (await loadXlsx()).patchWorksheetCells(bytes, sheetName, cells),
    offer: (report) => this.offer("report", report.name, report.bytes, XLSX_TYPE),
  };

  constructor(
    /** Why the pane is not in Excel, e.g. "not running inside Office". */
    readonly description: string,
    private readonly storage: Storage | null = safeLocalStorage(),
    private readonly openSource: SourceOpener = openInWorker
  ) {
    // The first file's reading worker, ready and warm before "Try it with the sample" or an upload.
    whenIdle(() => this.prepareWorker());
  }

  /**
   * The pane's own opener reads in a worker: have one starting (warm-read-worker.ts), warmed up
   * on the sample workbook, whose files are fetched meanwhile (sample-assets.ts). Only when the
   * page is idle: one started as a file is asked for (tried) competed with the page showing the
   * mapping on a busy machine, and the mapping came later (770 ms against 455).
   */
  private prepareWorker(): void {
    if (this.openSource !== openInWorker || typeof Worker === "undefined") return;
    this.sample.prefetch();
    prepareReadWorker(this.sample.warmFile());
  }

  get fileName(): string | null {
    return this.open?.name ?? null;
  }

  async openFile(file: File, options: OpenOptions = {}): Promise<readonly SourceChoice[]> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return this.openBytes(file.name, bytes, options);
  }

  /**
   * The sample opens on its shipped first screen (sample-head.ts): the field mapping shows at
   * once, while the workbook is fetched and read in the worker for the rest. Without the head
   * (an older deployment) it opens as any uploaded file.
   */
  async openSample(options: OpenOptions = {}): Promise<readonly SourceChoice[]> {
    const workbook = this.sample.workbook();
    workbook.catch(() => undefined);
    const head = await this.sample.head();
    if (options.signal?.aborted) throw new CancelledError();
    if (!head) return this.openBytes(SAMPLE_FILE_NAME, await workbook, options);
    const reading = workbook.then((bytes) => this.openSource(SAMPLE_FILE_NAME, bytes, {}));
    // The head's sheet is read as soon as the workbook is open: the parse the pane asks for
    // once the mapping is shown joins that reading (shared-reading.ts) instead of starting it.
    // (Reading already in the worker while the page renders the mapping was tried: on the busy
    // 2-core machine it only delayed the mapping, by 250-600 ms, and the rows no sooner.)
    reading.then((source) => source.read(head.sheet.name)).catch(() => undefined);
    const opened = previewedSource(SAMPLE_FILE_NAME, head, reading);
    this.open?.close();
    this.open = opened;
    return this.listSources();
  }

  sampleAgent(): Promise<unknown> {
    return this.sample.agent();
  }

  /**
   * The file and its sheet are read (off the page's thread) before the file becomes the open
   * one: Cancel while reading, or a file that is no workbook, leaves the previous file open and
   * its data as it was. A sheet that cannot be used (an empty first sheet) still opens the file,
   * so its other sheets can be picked; reading that sheet says what is wrong.
   */
  private async openBytes(
    name: string,
    bytes: Uint8Array,
    options: OpenOptions
  ): Promise<readonly SourceChoice[]> {
    const opened = await this.openSource(name, bytes, options);
    const wanted = options.sheet ?? null;
    const sheet = opened.sheets().some((entry) => entry.name === wanted) ? wanted : null;
    // Cancel ends the new file's worker at once: nothing of it is the pane's yet.
    const stop = () => opened.close();
    options.signal?.addEventListener("abort", stop, { once: true });
    try {
      await opened.read(sheet, options);
    } catch (error) {
      if (!(error instanceof AgentInputError)) {
        opened.close();
        throw error;
      }
    } finally {
      options.signal?.removeEventListener("abort", stop);
    }
    this.open?.close();
    this.open = opened;
    return this.listSources();
  }

  async listSources(): Promise<readonly SourceChoice[]> {
    return (this.open?.sheets() ?? []).map((sheet) => ({
      name: sheet.name,
      kind: "sheet" as const,
      detail: rowsDetail(sheet.rowCount),
    }));
  }

  private opened(): OpenedSource {
    if (!this.open)
      throw new AgentInputError(
        "No file is open yet: upload an .xlsx or .csv file, or use the sample workbook."
      );
    return this.open;
  }

  /** The sheet as read when the file was opened (read once, off the page's thread). */
  async readSource(name: string | null, options: ProgressOptions = {}): Promise<SourceSheet> {
    return this.opened().read(name, options);
  }

  parseSource(
    name: string | null,
    doc: AgentDocument,
    options: ProgressOptions = {}
  ): Promise<ParsedTable> {
    return this.opened().parse(name, doc, options);
  }

  async loadSheet(name: string): Promise<SourceSheet> {
    const open = this.opened();
    if (open.kind === "csv") {
      throw new AgentInputError(
        `The agent needs sheet '${name}', but a CSV file holds a single sheet: upload the workbook (.xlsx) that has it.`
      );
    }
    return open.read(name);
  }

  async deliverResults(
    sheets: readonly SheetDescription[],
    options: DeliverOptions
  ): Promise<DeliveredResults> {
    options.onProgress?.({ phase: "writing", done: 0, total: sheets.length });
    const xlsx = await loadXlsx();
    // The same file the command line writes: the workbook plus the charts the sheets ask for.
    const bytes = await xlsx.renderReport(sheets, { creator: options.agentName });
    options.onProgress?.({ phase: "writing", done: sheets.length, total: sheets.length });
    const fileName = resultFileName(options.agentName, options.anchorDate);
    this.reports.current = { name: fileName, bytes };
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = URL.createObjectURL(
      new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE })
    );
    return {
      sheets: sheets.map((sheet) => sheet.name),
      notices: [],
      download: { fileName, url: this.downloadUrl, bytes: bytes.length },
    };
  }

  /** Outside Office the owners' workbooks come as one zip to download. */
  async deliverOwnerWorkbooks(
    files: readonly OwnerWorkbookFile[],
    zipName: string
  ): Promise<DeliveredWorkbooks> {
    const zip = (await loadXlsx()).zipWorkbooks(files);
    return { kind: "download", download: this.offer("owners", zipName, zip, ZIP_TYPE) };
  }

  private offer(what: string, fileName: string, bytes: Uint8Array, type: string): Download {
    const earlier = this.offered.get(what);
    if (earlier) URL.revokeObjectURL(earlier);
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
    this.offered.set(what, url);
    return { fileName, url, bytes: bytes.length };
  }

  async saveAgents(shelf: AgentShelf): Promise<void> {
    if (!this.storage)
      throw new Error(
        "This browser does not allow the page to store data, so the agent cannot be kept between visits."
      );
    this.storage.setItem(DOCUMENT_STORAGE_KEY, JSON.stringify(shelf));
  }

  /** The action list, run log and approval, kept in the report (browser-lifecycle.ts); loaded on first use. */
  lifecycle(): Promise<LifecycleHost> {
    this.lifecycleHost ??= import(
      /* webpackChunkName: "lifecycle-browser" */ "./browser-lifecycle"
    ).then(
      (m) =>
        new m.BrowserLifecycle(
          async (bytes, fileName) => (await loadXlsx()).readLifecycleCells(bytes, fileName),
          undefined,
          undefined,
          this.reports
        )
    );
    return this.lifecycleHost;
  }

  async loadDocument(): Promise<unknown | null> {
    const text = this.storage?.getItem(DOCUMENT_STORAGE_KEY) ?? null;
    if (text === null) return null;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new Error(
        "The agent kept in this browser is damaged (not valid JSON); the built-in agent is used instead."
      );
    }
  }
}

function rowsDetail(rowCount: number | undefined): string | undefined {
  return rowCount === undefined ? undefined : `${rowCount.toLocaleString("en-US")} rows`;
}

/** localStorage, or null where the browser refuses it (private modes, sandboxed frames). */
function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
