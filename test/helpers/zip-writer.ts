/**
 * A minimal zip writer for tests that need packages no spreadsheet program writes the same way:
 * parts in any order, any names, stored or deflated, with data descriptors after the data (as
 * streaming zip writers do: sizes 0 in the local header, the real ones after the data and in the
 * central directory).
 */
import { crc32, deflateRawSync } from "node:zlib";

export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array | string;
  readonly method?: "store" | "deflate";
  readonly dataDescriptor?: boolean;
}

export function zipOf(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw =
      typeof entry.data === "string" ? Buffer.from(entry.data, "utf8") : Buffer.from(entry.data);
    const deflate = (entry.method ?? "deflate") === "deflate";
    const body = deflate ? deflateRawSync(raw) : raw;
    const crc = crc32(raw);
    const name = Buffer.from(entry.name, "utf8");
    const flags = 0x0800 | (entry.dataDescriptor ? 0x0008 : 0);
    const method = deflate ? 8 : 0;
    const sizes = (buffer: Buffer, at: number, known: boolean) => {
      buffer.writeUInt32LE(known ? crc : 0, at);
      buffer.writeUInt32LE(known ? body.length : 0, at + 4);
      buffer.writeUInt32LE(known ? raw.length : 0, at + 8);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    sizes(local, 14, !entry.dataDescriptor);
    local.writeUInt16LE(name.length, 26);
    const parts = [local, name, body];
    if (entry.dataDescriptor) {
      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(0x08074b50, 0);
      sizes(descriptor, 4, true);
      parts.push(descriptor);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    sizes(central, 16, true);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    for (const part of parts) {
      locals.push(part);
      offset += part.length;
    }
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
