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
import { warmUp } from "./warm-up";
import { yieldingBlocks } from "./yielding-blocks";

export type Post = (message: WorkerMessage) => void;

export function createReadHandler(post: Post): (message: PageMessage) => Promise<void> {
  let file: SourceFile | null = null;
  const cancelled = new Set<number>();

  async function answer(request: ReadRequest, control: ReadControl) {
    if (request.type === "warm") {
      await warmUp();
      return null;
    }
    if (request.type === "open") {
      file = await openSourceFile(request.name, request.bytes);
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
