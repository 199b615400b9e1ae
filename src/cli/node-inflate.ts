/**
 * Node's zlib as the workbook reader's inflater: native code, about twice as fast as the
 * portable one (src/xlsx/reader/inflate.ts) on a large worksheet, and still piece by piece.
 */
import { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";
import type { Inflater } from "../xlsx/reader/inflate";

/** Decompressed bytes per piece: large pieces mean fewer hand-offs to the scanner. */
const CHUNK = 256 * 1024;

export const nodeInflater: Inflater = async function* (compressed) {
  const inflate = Readable.from([compressed]).pipe(createInflateRaw({ chunkSize: CHUNK }));
  for await (const chunk of inflate) yield chunk as Uint8Array;
};
