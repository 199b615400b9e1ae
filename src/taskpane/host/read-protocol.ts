/**
 * What the pane and its reading worker (read-worker.ts) say to each other. Every request carries
 * a request id; the worker answers it with progress messages, then one `done` or `failed`. A
 * `cancel` names the request to stop; the worker checks it between blocks.
 */
import type { RowBlock } from "../../core/model/cells";
import type { AgentDocument } from "../../core/model/document";
import type { RunProgress } from "../../core/model/source";
import type { ParsedTable } from "./host";
import type { WarmFile } from "./sample-assets";
import type { SheetEntry } from "./source-file";

export type ReadRequest =
  /** Open the file (the worker keeps it); done: its sheets. */
  | { readonly type: "open"; readonly name: string; readonly bytes: Uint8Array }
  /** Read a sheet whole, once; done: its name, header and row count. */
  | { readonly type: "grid"; readonly sheet: string | null }
  /** One block of a sheet already read; done: the block, or null past the last. */
  | { readonly type: "block"; readonly sheet: string; readonly index: number }
  /** Parse a sheet with the agent's mapping, in the worker; done: the table and its quality. */
  | { readonly type: "parse"; readonly sheet: string | null; readonly doc: AgentDocument }
  /**
   * Before any file comes, read and parse `file` (the sample workbook, kept open: opening the
   * same bytes again takes it with its sheet read), or without one a small generated workbook
   * (warm-up.ts); done: null.
   */
  | { readonly type: "warm"; readonly file?: WarmFile };

export interface GridHead {
  readonly name: string;
  readonly headers: RowBlock["rows"][number];
  readonly rowCount: number;
}

export type { ParsedTable };

/** What `done` carries for each request type. */
export interface ReadAnswers {
  readonly open: readonly SheetEntry[];
  readonly grid: GridHead;
  readonly block: RowBlock | null;
  readonly parse: ParsedTable;
  readonly warm: null;
}

export type PageMessage =
  | (ReadRequest & { readonly request: number })
  | { readonly type: "cancel"; readonly request: number };

/** An error as it crosses to the page: which kind, so the page throws the same class again. */
export interface SentError {
  readonly kind: "input" | "cancelled" | "other";
  readonly message: string;
}

export type WorkerMessage =
  | { readonly type: "progress"; readonly request: number; readonly progress: RunProgress }
  | {
      readonly type: "done";
      readonly request: number;
      readonly value: ReadAnswers[keyof ReadAnswers];
      /** The file's sheets as known now (row counts of the sheets read so far). */
      readonly sheets: readonly SheetEntry[];
    }
  | { readonly type: "failed"; readonly request: number; readonly error: SentError };
