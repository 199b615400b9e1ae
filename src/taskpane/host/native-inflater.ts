/**
 * The browser's own decompressor for the workbook reader (issue 14): `DecompressionStream`
 * ("deflate-raw", the zip entries' format) is native code, warm from the first byte, where
 * fflate's JavaScript inflate runs cold in a fresh reading worker (in Node, inflating the
 * sample's sheet cold took ~150-200 ms with fflate, ~40 ms natively). Where the browser has no
 * such stream (jsdom, older browsers) the reader keeps its portable fflate.
 */
import type { Inflater } from "../../xlsx/reader/workbook-reader";

export function nativeInflater(): Inflater | undefined {
  if (typeof DecompressionStream === "undefined") return undefined;
  try {
    // "deflate-raw" came after "deflate" (Chromium 103): ask before relying on it.
    new DecompressionStream("deflate-raw");
  } catch {
    return undefined;
  }
  return streamInflater;
}

const streamInflater: Inflater = async function* (compressed) {
  const stream = new DecompressionStream("deflate-raw");
  // Written straight in, not through a Blob: a Blob's stream is read through the browser's
  // blob store, a round trip per piece.
  const writer = stream.writable.getWriter();
  writer.write(compressed as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
};
