/**
 * The task pane inside Excel: sources are the workbook's own sheets and tables, results are
 * written as sheets of the same workbook, and the agent is stored in the workbook's settings so
 * it travels with the file; so do the action list, run log and approval (excel-lifecycle.ts). All
 * Office calls live in src/excel/.
 */
import type { SourceSheet } from "../../core/model/source";
import type { SheetDescription } from "../../core/model/sheet";
// Each from its own module, not the index: the index also exports the lifecycle, which loads later.
import { readSource } from "../../excel/read-source";
import { loadAgentShelf, saveAgentShelf } from "../../excel/settings";
import { deleteAgentSheets } from "../../excel/agent-sheets";
import type { AgentShelf } from "../../core/model/agent-shelf";
import { listSources, type SourceList } from "../../excel/sources";
import { writeResultSheets } from "../../excel/write-sheets";
import {
  canOpenNewWorkbooks,
  NEW_WORKBOOKS_UNSUPPORTED,
  openAsNewWorkbooks,
} from "../../excel/open-workbooks";
import type { ExcelLifecycleOptions } from "./excel-lifecycle";
import type {
  DeliveredResults,
  DeliveredWorkbooks,
  DeliverOptions,
  OwnerWorkbookFile,
  LifecycleHost,
  ProgressOptions,
  SourceChoice,
  TaskPaneHost,
} from "./host";
import { yieldingBlocks } from "./yielding-blocks";

export class ExcelHost implements TaskPaneHost {
  readonly kind = "excel" as const;
  readonly documentStore = "this workbook";
  private sources: SourceList | null = null;
  private lifecycleHost: Promise<LifecycleHost> | null = null;
  private zipUrl: string | null = null;

  constructor(
    readonly description: string,
    private readonly lifecycleOptions: ExcelLifecycleOptions = {}
  ) {}

  async listSources(): Promise<readonly SourceChoice[]> {
    const sources = await listSources();
    this.sources = sources;
    return [
      ...sources.tables.map((table) => ({
        name: table.name,
        kind: "table" as const,
        detail: `table on ${table.sheet}`,
      })),
      ...sources.sheets.map((sheet) => ({ name: sheet, kind: "sheet" as const })),
    ];
  }

  async readSource(name: string | null, options: ProgressOptions = {}): Promise<SourceSheet> {
    const sources = this.sources ?? (await listSources());
    // Tables win: the document stores one name for either, and a table is the more precise pick.
    const isTable =
      name !== null &&
      sources.tables.some((table) => table.name.toLowerCase() === name.toLowerCase());
    const ref = name === null ? {} : isTable ? { table: name } : { sheet: name };
    return yieldingBlocks(await readSource(ref, options));
  }

  async loadSheet(name: string): Promise<SourceSheet> {
    this.sources = await listSources();
    return this.readSource(name);
  }

  async deliverResults(
    sheets: readonly SheetDescription[],
    options: DeliverOptions
  ): Promise<DeliveredResults> {
    const written = await writeResultSheets(sheets, {
      onProgress: options.onProgress,
      isCancelled: options.isCancelled,
    });
    return {
      sheets: written.map((sheet) => sheet.sheet),
      notices: written.flatMap((sheet) => (sheet.notice ? [sheet.notice] : [])),
    };
  }

  /** Each opened as a new workbook where this Excel can (ExcelApi 1.8), else one zip to download. */
  async deliverOwnerWorkbooks(
    files: readonly OwnerWorkbookFile[],
    zipName: string
  ): Promise<DeliveredWorkbooks> {
    if (canOpenNewWorkbooks()) return { kind: "opened", count: await openAsNewWorkbooks(files) };
    const { zipWorkbooks } = await import(/* webpackChunkName: "xlsx" */ "./xlsx-files");
    const zip = zipWorkbooks(files);
    if (this.zipUrl) URL.revokeObjectURL(this.zipUrl);
    this.zipUrl = URL.createObjectURL(
      new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" })
    );
    return {
      kind: "download",
      download: { fileName: zipName, url: this.zipUrl, bytes: zip.length },
      why: NEW_WORKBOOKS_UNSUPPORTED,
    };
  }

  saveAgents(shelf: AgentShelf): Promise<void> {
    return saveAgentShelf(shelf);
  }

  loadDocument(): Promise<unknown | null> {
    return loadAgentShelf();
  }

  deleteAgentSheets(sheetPrefix: string): Promise<string[]> {
    return deleteAgentSheets(sheetPrefix);
  }

  lifecycle(): Promise<LifecycleHost> {
    this.lifecycleHost ??= import(
      /* webpackChunkName: "lifecycle-excel" */ "./excel-lifecycle"
    ).then((m) => new m.ExcelLifecycle(this.lifecycleOptions));
    return this.lifecycleHost;
  }
}
