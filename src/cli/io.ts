/* global process */
/**
 * Everything the command line touches outside itself, passed in so tests run `main` in-process
 * with captured output and a fixed clock.
 */
import { chmod, open, rename, rm } from "node:fs/promises";
import { resolve } from "node:path";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** A terminal redraws one progress line in place; logs get an occasional plain line instead. */
  readonly stderrIsTTY: boolean;
  /** Relative paths are resolved against this. */
  readonly cwd: string;
  /** Today, for a document without an anchor date; also the progress clock. */
  readonly now: () => Date;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** Creates a new file (never over an existing one) with `mode` (default 0o666 less the umask), flushed to disk. */
  readonly writeFile: (path: string, data: Uint8Array | string, mode?: number) => Promise<void>;
  /** Set by the host on Ctrl+C; the run stops between blocks. */
  readonly isCancelled?: () => boolean;
  /** Replaces `to` by `from` in one step; outputs are written beside themselves, then renamed. */
  readonly rename: (from: string, to: string) => Promise<void>;
  readonly removeFile: (path: string) => Promise<void>;
}

export function nodeIo(overrides: Partial<CliIo> = {}): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
    now: () => new Date(),
    readFile: (path) => readOrdinaryFile(path),
    writeFile: (path, data, mode) => writeNewFile(path, data, mode),
    rename: (from, to) => rename(from, to),
    removeFile: (path) => rm(path, { force: true }),
    ...overrides,
  };
}

async function writeNewFile(path: string, data: Uint8Array | string, mode?: number): Promise<void> {
  const file = await open(path, "wx", mode ?? 0o666);
  try {
    await file.writeFile(data);
    await file.sync();
  } finally {
    await file.close();
  }
  // The umask may have taken bits the file it replaces had.
  if (mode !== undefined) await chmod(path, mode);
}

/**
 * A file's bytes. A device (/dev/zero, /dev/urandom, a terminal) never ends, so reading it would
 * hang until memory runs out: it is refused by what it is. A pipe (`<(command)`) is read.
 */
async function readOrdinaryFile(path: string): Promise<Uint8Array> {
  const file = await open(path, "r");
  try {
    const info = await file.stat();
    if (info.isCharacterDevice() || info.isBlockDevice() || info.isSocket())
      throw new Error("is a device, not a file");
    return ownBytes(await file.readFile());
  } finally {
    await file.close();
  }
}

/**
 * The bytes as a plain Uint8Array (not a Buffer, whose slice() is a view). A file's Buffer owns
 * its memory whole: it is wrapped, not copied (a 1M-row workbook is 74 MB); a small one from
 * Node's shared pool is copied.
 */
function ownBytes(data: Buffer): Uint8Array {
  return data.byteOffset === 0 && data.byteLength === data.buffer.byteLength
    ? new Uint8Array(data.buffer)
    : new Uint8Array(data);
}

export function resolvePath(io: CliIo, path: string): string {
  return resolve(io.cwd, path);
}

/** A one-line reason for a failed file operation, from Node's error codes. */
export function describeFileError(error: unknown): string {
  const code =
    typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case "ENOENT":
      return "not found";
    case "EISDIR":
      return "is a folder, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EBUSY":
      return "in use by another program (is it open in Excel?)";
    case "ENOTDIR":
      return "a folder in the path does not exist";
    default:
      return error instanceof Error ? error.message.split("\n")[0] : String(error);
  }
}
