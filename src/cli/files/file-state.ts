/**
 * What a path is on disk: the file's identity (device and inode, so a symlinked folder, a hard
 * link or another spelling of the name on a case-insensitive disk is recognised as the same
 * file) and what changes when anyone saves it (size, modification time, content digest).
 */
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";

export interface FileState {
  readonly dev: number;
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
  /** Permission bits (0o644 ...). */
  readonly mode: number;
  readonly isFile: boolean;
}

/** The file at `path` (symlinks followed), or null when nothing is there. */
export async function fileState(path: string): Promise<FileState | null> {
  try {
    const found = await stat(path);
    return {
      dev: found.dev,
      ino: found.ino,
      size: found.size,
      mtimeMs: found.mtimeMs,
      mode: found.mode & 0o7777,
      isFile: found.isFile(),
    };
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

export function sameFile(a: FileState | null, b: FileState | null): boolean {
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

/** No write permission for anyone: the user made it read-only (checked by bits, root too). */
export function isReadOnly(state: FileState): boolean {
  return (state.mode & 0o222) === 0;
}

export function digestOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** A file as it was read: its state and content digest, to tell later whether anyone saved it. */
export interface FileSnapshot {
  readonly state: FileState | null;
  readonly digest: string | null;
}

export const ABSENT: FileSnapshot = { state: null, digest: null };

export async function snapshotOf(path: string): Promise<FileSnapshot> {
  const state = await fileState(path);
  if (state === null || !state.isFile) return { state, digest: null };
  try {
    return { state, digest: digestOf(await readFile(path)) };
  } catch (error) {
    if (isMissing(error)) return ABSENT;
    throw error;
  }
}

/** Whether the file is not what the snapshot saw: created, removed, replaced or saved since. */
export async function changedSince(path: string, before: FileSnapshot): Promise<boolean> {
  const now = await fileState(path);
  if (now === null || before.state === null) return now !== before.state;
  if (!sameFile(now, before.state) || now.size !== before.state.size) return true;
  if (now.mtimeMs !== before.state.mtimeMs) return true;
  return (await snapshotOf(path)).digest !== before.digest;
}

export function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
