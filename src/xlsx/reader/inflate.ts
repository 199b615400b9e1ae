/**
 * Decompressing a zip entry piece by piece, so a large worksheet is never held whole. The host
 * picks how: the command line passes Node's zlib (native, the fastest here); without one,
 * fflate's streaming inflate runs anywhere (browser, worker, Node).
 */
import { Inflate } from "fflate";

/** Deflate-compressed bytes (raw deflate, RFC 1951) -> the decompressed bytes, in pieces. */
export type Inflater = (compressed: Uint8Array) => AsyncIterable<Uint8Array>;

/** Compressed bytes handed to the decompressor at a time. */
const PIECE = 64 * 1024;

export const fflateInflater: Inflater = async function* (compressed) {
  let out: Uint8Array[] = [];
  const inflate = new Inflate((chunk) => out.push(chunk));
  for (let at = 0; at < compressed.length || at === 0; at += PIECE) {
    const end = Math.min(compressed.length, at + PIECE);
    inflate.push(compressed.subarray(at, end), end >= compressed.length);
    if (out.length === 0) continue;
    yield* out;
    out = [];
    if (end >= compressed.length) break;
  }
  yield* out;
};
