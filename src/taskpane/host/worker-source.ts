/**
 * The open file in its own Web Worker (read-worker.ts): unzipping, scanning the sheet XML,
 * splitting CSV and parsing rows all run there, so the page answers clicks while a 100,000-row
 * workbook is read. Every request has an id; progress comes back as messages. Cancel while
 * opening ends the worker (the file was never the pane's); Cancel of a later reading or parsing
 * asks the worker to stop between blocks, and the file stays open.
 */
import type { AgentDocument } from "../../core/model/document";
import { CancelledError } from "../../core/model/errors";
import type {
  GridHead,
  PageMessage,
  ParsedTable,
  ReadAnswers,
  ReadRequest,
  WorkerMessage,
} from "./read-protocol";
import { receivedError } from "./read-worker-handler";
import type { SheetEntry } from "./source-file";
import { pulledBlocks, type OpenedSource, type ReadOptions } from "./opened-source";

/** The worker as the page sees it (a Worker, or a stand-in in tests). */
export interface ReadPort {
  postMessage(message: PageMessage, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: ReadOptions["onProgress"];
}

export const WORKER_FAILED =
  "The file reader stopped unexpectedly (the browser may be out of memory); reload the page and open the file again.";

class ReadClient {
  private nextRequest = 0;
  private readonly pending = new Map<number, Pending>();
  sheets: readonly SheetEntry[] = [];
  private ended = false;

  constructor(private readonly port: ReadPort) {
    port.onmessage = (event) => this.received(event.data);
    port.onerror = (event) => {
      event.preventDefault?.();
      this.end(new Error(WORKER_FAILED));
    };
  }

  ask<K extends ReadRequest["type"]>(
    request: Extract<ReadRequest, { type: K }>,
    options: ReadOptions & { readonly onAbort?: "cancel" | "end" } = {},
    transfer: Transferable[] = []
  ): Promise<ReadAnswers[K]> {
    if (this.ended) return Promise.reject(new Error(WORKER_FAILED));
    if (options.signal?.aborted) return Promise.reject(new CancelledError());
    const id = ++this.nextRequest;
    return new Promise<ReadAnswers[K]>((resolve, reject) => {
      const abort = () => {
        if (options.onAbort === "end") this.end(new CancelledError());
        else this.port.postMessage({ type: "cancel", request: id });
      };
      options.signal?.addEventListener("abort", abort, { once: true });
      const settle = () => options.signal?.removeEventListener("abort", abort);
      this.pending.set(id, {
        resolve: (value) => (settle(), resolve(value as ReadAnswers[K])),
        reject: (error) => (settle(), reject(error)),
        onProgress: options.onProgress,
      });
      this.port.postMessage({ ...request, request: id } as PageMessage, transfer);
    });
  }

  private received(message: WorkerMessage): void {
    const pending = this.pending.get(message.request);
    if (!pending) return;
    if (message.type === "progress") {
      pending.onProgress?.(message.progress);
      return;
    }
    this.pending.delete(message.request);
    if (message.type === "done") {
      this.sheets = message.sheets;
      pending.resolve(message.value);
    } else pending.reject(receivedError(message.error));
  }

  /** Ends the worker: what was asked of it fails with `why`. */
  end(why: Error): void {
    if (this.ended) return;
    this.ended = true;
    this.port.terminate();
    for (const pending of this.pending.values()) pending.reject(why);
    this.pending.clear();
  }
}

/**
 * Opens the file in the worker behind `port`; Cancel meanwhile ends the worker. The bytes are
 * handed over, not copied.
 */
export async function workerSource(
  port: ReadPort,
  name: string,
  bytes: Uint8Array,
  options: ReadOptions = {}
): Promise<OpenedSource> {
  const client = new ReadClient(port);
  const kind = /\.(csv|txt|tsv)$/i.test(name) ? "csv" : "xlsx";
  const transfer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  try {
    await client.ask(
      { type: "open", name, bytes },
      { ...options, onAbort: "end" },
      transfer ? [bytes.buffer as ArrayBuffer] : []
    );
  } catch (error) {
    client.end(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
  return {
    name,
    kind,
    sheets: () => client.sheets,
    async read(sheet, options = {}) {
      const head: GridHead = await client.ask({ type: "grid", sheet }, options);
      return {
        name: head.name,
        headers: head.headers,
        rowCount: head.rowCount,
        blocks: pulledBlocks((index) => client.ask({ type: "block", sheet: head.name, index })),
      };
    },
    async parse(sheet, doc: AgentDocument, options = {}): Promise<ParsedTable> {
      return client.ask({ type: "parse", sheet, doc }, options);
    },
    close: () => client.end(new CancelledError()),
  };
}
