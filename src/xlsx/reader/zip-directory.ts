/**
 * The entries of a zip file, read from its central directory (APPNOTE 6.3.10, 4.3.12-4.3.16):
 * where each entry's compressed bytes start and how many there are. Reading the directory, not
 * walking the local headers, is what a streaming writer's data descriptors require (a walk stops
 * at the first bytes inside a part that look like a descriptor). Zip64 sizes and offsets
 * (4.3.14, 4.5.3) are read; encrypted entries and methods other than stored and deflate are not.
 */
import { WorkbookReadError } from "./workbook-read-error";

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflate. */
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the entry's local header. */
  readonly headerOffset: number;
  readonly encrypted: boolean;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_32 = 0xffffffff;

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const locator = end - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
    const end64 = Number(view.getBigUint64(locator + 8, true));
    if (end64 + 56 > bytes.length || view.getUint32(end64, true) !== ZIP64_END)
      throw new WorkbookReadError("not a zip package: its zip64 directory is damaged");
    count = Number(view.getBigUint64(end64 + 32, true));
    offset = Number(view.getBigUint64(end64 + 48, true));
  }
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  for (let at = offset, i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY)
      throw new WorkbookReadError("not a zip package: its central directory is damaged");
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const sizes = {
      size: view.getUint32(at + 24, true),
      compressedSize: view.getUint32(at + 20, true),
      headerOffset: view.getUint32(at + 42, true),
    };
    const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      ...withZip64Sizes(sizes, extra),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's compressed bytes start: after its local header's name and extra field. */
export function entryDataOffset(bytes: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.headerOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER)
    throw new WorkbookReadError(`the part '${entry.name}' is damaged: no local header`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length)
    throw new WorkbookReadError(`the part '${entry.name}' is damaged: the file is cut short`);
  return start;
}

/** The end-of-central-directory record, searched back over a comment of up to 64 KB. */
function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--)
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  throw new WorkbookReadError("not a zip package: it has no central directory");
}

type Sizes = { size: number; compressedSize: number; headerOffset: number };

/** Zip64 extended information (id 0x0001): the 64-bit values of the fields stored as 0xFFFFFFFF, in this order. */
function withZip64Sizes(sizes: Sizes, extra: Uint8Array): Sizes {
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let at = 0; at + 4 <= extra.length;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      const next = (value: number) => {
        if (value !== MAX_32 || field + 8 > at + 4 + length) return value;
        field += 8;
        return Number(view.getBigUint64(field - 8, true));
      };
      const size = next(sizes.size);
      const compressedSize = next(sizes.compressedSize);
      return { size, compressedSize, headerOffset: next(sizes.headerOffset) };
    }
    at += 4 + length;
  }
  return sizes;
}
