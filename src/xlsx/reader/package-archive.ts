/**
 * The parts of an .xlsx package straight from the file's bytes: the zip's central directory
 * (zip-directory.ts) says where each part is, and a part is decompressed and decoded as it is
 * read (the host's Inflater), so only the part being read is in memory, a piece at a time.
 * Part names are case-insensitive in a package (ECMA-376 Part 2, 9.1.1.1).
 */
import { fflateInflater, type Inflater } from "./inflate";
import { completeCharactersEnd, concatBytes } from "./utf8-pieces";
import { WorkbookReadError } from "./workbook-read-error";
import { entryDataOffset, readZipDirectory, type ZipEntry } from "./zip-directory";
import type { ZipArchive } from "./zip-archive";

export function openPackage(bytes: Uint8Array, inflater: Inflater = fflateInflater): ZipArchive {
  const byName = new Map<string, ZipEntry>();
  for (const entry of readZipDirectory(bytes))
    if (!entry.name.endsWith("/")) byName.set(entry.name.toLowerCase(), entry);
  const entry = (path: string) => byName.get(path.replace(/^\//, "").toLowerCase()) ?? null;
  return {
    has: (path) => entry(path) !== null,
    async text(path) {
      const found = entry(path);
      if (!found) return null;
      let text = "";
      for await (const piece of partText(bytes, found, inflater)) text += piece;
      return text;
    },
    chunks(path) {
      const found = entry(path);
      if (!found) throw new WorkbookReadError(`the part '${path}' is missing`);
      return partText(bytes, found, inflater);
    },
    byteChunks(path) {
      const found = entry(path);
      if (!found) throw new WorkbookReadError(`the part '${path}' is missing`);
      return partBytes(bytes, found, inflater);
    },
  };
}

/**
 * UTF-8 text piece by piece. Each piece is decoded whole up to its last complete character and
 * the rest carried to the next: TextDecoder's streaming mode is several times slower in Node.
 */
async function* partText(
  bytes: Uint8Array,
  entry: ZipEntry,
  inflater: Inflater
): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let carried: Uint8Array | null = null;
  for await (const piece of partBytes(bytes, entry, inflater)) {
    const whole: Uint8Array = carried === null ? piece : concatBytes(carried, piece);
    const end = completeCharactersEnd(whole);
    carried = end < whole.length ? whole.slice(end) : null;
    if (end > 0) yield decoder.decode(whole.subarray(0, end));
  }
  if (carried !== null) yield decoder.decode(carried);
}

async function* partBytes(
  bytes: Uint8Array,
  entry: ZipEntry,
  inflater: Inflater
): AsyncGenerator<Uint8Array> {
  if (entry.encrypted) throw new WorkbookReadError(`the part '${entry.name}' is encrypted`);
  const start = entryDataOffset(bytes, entry);
  const compressed = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    yield compressed;
    return;
  }
  if (entry.method !== 8)
    throw new WorkbookReadError(
      `the part '${entry.name}' is compressed with method ${entry.method}, not deflate`
    );
  try {
    yield* inflater(compressed);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw new WorkbookReadError(`the part '${entry.name}' is damaged: ${messageOf(error)}`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
