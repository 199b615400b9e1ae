/* global process */
/**
 * Files that must not outlive the process (a report's temporary copy, the lock beside it): each
 * is removed by whoever made it, and, should the process end first (a second Ctrl+C, SIGTERM, an
 * uncaught error), by the exit handler here. Only SIGKILL skips it; the next run on the same
 * report clears what a killed run left (report-lock.ts).
 */
import { rmSync } from "node:fs";

const pending = new Set<string>();
let installed = false;

/** Registers `path` for removal at exit; the returned function forgets it (once it is gone or kept). */
export function removeAtExit(path: string): () => void {
  if (!installed) {
    installed = true;
    process.on("exit", removeAll);
  }
  pending.add(path);
  return () => pending.delete(path);
}

function removeAll(): void {
  for (const path of pending) {
    try {
      rmSync(path, { force: true });
    } catch {
      // Nothing more can be done while exiting; the next run clears stale files.
    }
  }
  pending.clear();
}
