/**
 * The open file as the browser host uses it, wherever it is read: in a Web Worker
 * (worker-source.ts, the pane's way) or in the page itself where there is no Worker
 * (localSource, for jsdom tests and old browsers). Both read a sheet whole once, with progress
 * and Cancel, then hand its blocks out as often as the pane asks, and parse it with the agent.
 */
import type { RowBlock } from "../../core/model/cells";
import type { AgentDocument } from "../../core/model/document";
import { CancelledError } from "../../core/model/errors";
import type { RunProgress, SourceSheet } from "../../core/model/source";
import { loadEngine } from "../run/load-engine";
import type { ParsedTable } from "./host";
import { gridSheet, openSourceFile, type SheetEntry } from "./source-file";
import { yieldingBlocks } from "./yielding-blocks";

export interface ReadOptions {
  readonly onProgress?: (progress: RunProgress) => void;
  /** Aborting stops the reading or parsing; it rejects with a CancelledError. */
  readonly signal?: AbortSignal;
  readonly isCancelled?: () => boolean;
}

export interface OpenedSource {
  readonly name: string;
  readonly kind: "xlsx" | "csv";
  /** The file's sheets, with the row counts of those read so far. */
  sheets(): readonly SheetEntry[];
  /** The sheet read whole (null = the first); its blocks can be read again and again. */
  read(sheet: string | null, options?: ReadOptions): Promise<SourceSheet>;
  /** The sheet parsed into the transaction table with the agent's mapping. */
  parse(sheet: string | null, doc: AgentDocument, options?: ReadOptions): Promise<ParsedTable>;
  /** Lets the file go (the worker ends). */
  close(): void;
}

/** The file read in the page's own thread, yielding between blocks. */
export async function localSource(name: string, bytes: Uint8Array): Promise<OpenedSource> {
  const file = await openSourceFile(name, bytes);
  const control = (options: ReadOptions) => ({
    onProgress: options.onProgress,
    isCancelled: () => cancelled(options),
  });
  return {
    name,
    kind: file.kind,
    sheets: () => file.sheets(),
    async read(sheet, options = {}) {
      return yieldingBlocks(gridSheet(await file.grid(sheet, control(options))));
    },
    async parse(sheet, doc, options = {}) {
      const grid = yieldingBlocks(gridSheet(await file.grid(sheet, control(options))));
      const engine = await loadEngine();
      return engine.parseSource(grid, doc, {
        ...control(options),
        loadSheet: async (other) => gridSheet(await file.grid(other)),
      });
    },
    close: () => undefined,
  };
}

export function cancelled(options: ReadOptions): boolean {
  return options.signal?.aborted === true || options.isCancelled?.() === true;
}

export function throwIfCancelled(options: ReadOptions): void {
  if (cancelled(options)) throw new CancelledError();
}

/** Blocks pulled one at a time (`block(i)`), so the sheet is never copied whole at once. */
export function pulledBlocks(
  block: (index: number) => Promise<RowBlock | null>
): AsyncIterable<RowBlock> {
  return {
    async *[Symbol.asyncIterator]() {
      for (let index = 0; ; index++) {
        const next = await block(index);
        if (next === null) return;
        yield next;
      }
    },
  };
}
