/**
 * The reading worker's work, apart from the worker's global scope so tests can drive it: it holds
 * one opened file (source-file.ts), reads its sheets into blocks, hands blocks over one at a time
 * as the page asks, and parses a sheet into the transaction table in the worker, so neither
 * the unzipping nor the parsing of a 100,000-row workbook ever runs on the page's thread.
 */
import { parseSource } from "../../core/agent/run";
import { AgentInputError, CancelledError } from "../../core/model/errors";
import type {
  PageMessage,
  ReadAnswers,
  ReadRequest,
  SentError,
  WorkerMessage,
} from "./read-protocol";
import { gridSheet, openSourceFile, type ReadControl, type SourceFile } from "./source-file";
import type { WarmFile } from "./sample-assets";
import { warmUp, warmUpOn } from "./warm-up";
import { yieldingBlocks } from "./yielding-blocks";

export type Post = (message: WorkerMessage) => void;

/** The file the warm-up opened, while its reading may still be under way. */
interface Warmed {
  readonly bytes: Uint8Array;
  readonly file: Promise<SourceFile>;
}

export function createReadHandler(post: Post): (message: PageMessage) => Promise<void> {
  let file: SourceFile | null = null;
  let warmed: Warmed | null = null;
  const cancelled = new Set<number>();

  async function warm(sample: WarmFile | undefined) {
    if (!sample) return warmUp();
    const opening = openSourceFile(sample.name, sample.bytes);
    warmed = { bytes: sample.bytes, file: opening };
    await warmUpOn(await opening, sample.sheet);
  }

  /** The warm-up's file when these are its bytes (the sample, as a rule), else the bytes opened. */
  function open(name: string, bytes: Uint8Array): Promise<SourceFile> {
    const same = warmed !== null && sameBytes(warmed.bytes, bytes) ? warmed.file : null;
    warmed = null;
    return same ?? openSourceFile(name, bytes);
  }

  async function answer(request: ReadRequest, control: ReadControl) {
    if (request.type === "warm") {
      await warm(request.file);
      return null;
    }
    if (request.type === "open") {
      file = await open(request.name, request.bytes);
      return file.sheets();
    }
    if (!file) throw new Error("The reading worker has no file open.");
    const opened = file;
    switch (request.type) {
      case "grid": {
        const grid = await opened.grid(request.sheet, control);
        return { name: grid.name, headers: grid.headers, rowCount: grid.rowCount };
      }
      case "block":
        return (await opened.grid(request.sheet)).blocks[request.index] ?? null;
      case "parse": {
        const grid = await opened.grid(request.sheet, control);
        // A macrotask between blocks, so a cancel message is seen while the rows are parsed.
        return parseSource(yieldingBlocks(gridSheet(grid)), request.doc, {
          ...control,
          loadSheet: async (name) => gridSheet(await opened.grid(name)),
        });
      }
    }
  }

  return async (message) => {
    if (message.type === "cancel") {
      cancelled.add(message.request);
      return;
    }
    const { request } = message;
    const control: ReadControl = {
      onProgress: (progress) => post({ type: "progress", request, progress }),
      isCancelled: () => cancelled.has(request),
    };
    try {
      const value: ReadAnswers[keyof ReadAnswers] = await answer(message, control);
      post({ type: "done", request, value, sheets: file?.sheets() ?? [] });
    } catch (error) {
      post({ type: "failed", request, error: sentError(error) });
    } finally {
      cancelled.delete(request);
    }
  };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sentError(error: unknown): SentError {
  if (error instanceof CancelledError) return { kind: "cancelled", message: error.message };
  if (error instanceof AgentInputError) return { kind: "input", message: error.message };
  return { kind: "other", message: error instanceof Error ? error.message : String(error) };
}

/** The error the worker sent, as the class the pane's messages and Cancel handling expect. */
export function receivedError(error: SentError): Error {
  if (error.kind === "cancelled") return new CancelledError();
  if (error.kind === "input") return new AgentInputError(error.message);
  return new Error(error.message);
}
