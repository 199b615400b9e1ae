/**
 * The parts of an .xlsx package, found through the zip's central directory (jszip reads it; both
 * Node and browsers). A streaming unzip that walks the local headers instead stops at the first
 * bytes inside a compressed part that look like a data-descriptor marker, which large files
 * written by streaming zip writers do contain, and loses every later part without an error.
 */
import JSZip from "jszip";
import { WorkbookReadError } from "./workbook-read-error";

/** jszip's chunked reader of one entry; its typings leave it out. */
interface EntryStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): EntryStream;
  on(event: "end", listener: () => void): EntryStream;
  on(event: "error", listener: (error: Error) => void): EntryStream;
  pause(): EntryStream;
  resume(): EntryStream;
}

export interface ZipArchive {
  has(path: string): boolean;
  /** A whole part as text (small parts: relationships, workbook, styles). */
  text(path: string): Promise<string | null>;
  /** A part as text in pieces, decompressed as it is read (worksheets, shared strings). */
  chunks(path: string): AsyncIterable<string>;
  /** The same part's UTF-8 bytes in pieces, where the archive can give them (sheet-bytes.ts). */
  byteChunks?(path: string): AsyncIterable<Uint8Array>;
}

export async function openArchive(bytes: Uint8Array): Promise<ZipArchive> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new WorkbookReadError(`not a zip package: ${messageOf(error)}`);
  }
  // Part names are case-insensitive in a package (ECMA-376 Part 2, 9.1.1.1).
  const byLowerCase = new Map(Object.keys(zip.files).map((name) => [name.toLowerCase(), name]));
  const entry = (path: string) => {
    const name = byLowerCase.get(path.replace(/^\//, "").toLowerCase());
    return name === undefined || zip.files[name].dir ? null : zip.files[name];
  };
  return {
    has: (path) => entry(path) !== null,
    async text(path) {
      const file = entry(path);
      if (!file) return null;
      let text = "";
      for await (const piece of streamText(file, path)) text += piece;
      return text;
    },
    chunks(path) {
      const file = entry(path);
      if (!file) throw new WorkbookReadError(`the part '${path}' is missing`);
      return streamText(file, path);
    },
  };
}

/** Most chunks held while the reader is behind; the entry's stream is paused beyond this. */
const MAX_QUEUED = 8;

async function* streamText(file: JSZip.JSZipObject, path: string): AsyncGenerator<string> {
  const stream = (
    file as unknown as { internalStream(type: "uint8array"): EntryStream }
  ).internalStream("uint8array");
  const decoder = new TextDecoder("utf-8");
  const queue: Uint8Array[] = [];
  let ended = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  stream
    .on("data", (chunk) => {
      queue.push(chunk);
      if (queue.length >= MAX_QUEUED) stream.pause();
      notify();
    })
    .on("end", () => {
      ended = true;
      notify();
    })
    .on("error", (error) => {
      failure = error;
      notify();
    });
  stream.resume();
  for (;;) {
    if (failure)
      throw new WorkbookReadError(`the part '${path}' is damaged: ${messageOf(failure)}`);
    const chunk = queue.shift();
    if (chunk) {
      if (queue.length === 0 && !ended) stream.resume();
      yield decoder.decode(chunk, { stream: true });
      continue;
    }
    if (ended) break;
    await new Promise<void>((resolve) => (wake = resolve));
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
