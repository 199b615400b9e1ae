/**
 * One reading of a sheet, shared by every request that asks for it while it runs: the page asks
 * to parse the sheet again when the agent's settings change mid-read (the sample's own settings
 * arrive with it). Progress goes to every request; a cancelled request leaves at the next block
 * with CancelledError, and the reading itself stops only once no request is left waiting. So
 * Cancel of a stale request never leaves a newer one unfinished (issue 12: the newest request
 * always completes or shows an error). A finished reading is kept; a stopped or failed one is
 * not, so asking again reads the sheet again.
 */
import { CancelledError } from "../../core/model/errors";
import type { RunProgress } from "../../core/model/source";
import type { Yield } from "./yielding-blocks";

export interface ReadControl {
  readonly onProgress?: (progress: RunProgress) => void;
  readonly isCancelled?: () => boolean;
  /** Between blocks: a macrotask, so a cancel message (or a click, in the page) gets its turn. */
  readonly pause?: Yield;
}

interface Waiter<T> {
  readonly control: ReadControl;
  resolve(value: T): void;
  reject(error: unknown): void;
}

/** Reads by key (a sheet's name), each once, however many requests ask while it runs. */
export function sharedReadings<T>(
  read: (key: string, control: ReadControl) => Promise<T>
): (key: string, control?: ReadControl) => Promise<T> {
  const finished = new Map<string, Promise<T>>();
  const running = new Map<string, Set<Waiter<T>>>();

  function run(key: string, waiters: Set<Waiter<T>>): void {
    const current = () => running.get(key) === waiters;
    const shared: ReadControl = {
      pause: [...waiters][0]?.control.pause,
      onProgress: (progress) => {
        for (const waiter of waiters) waiter.control.onProgress?.(progress);
      },
      isCancelled: () => {
        for (const waiter of waiters) {
          if (!waiter.control.isCancelled?.()) continue;
          waiters.delete(waiter);
          waiter.reject(new CancelledError());
        }
        if (waiters.size > 0) return false;
        // Nobody waits any more: the reading stops, and whoever asks next starts a new one.
        if (current()) running.delete(key);
        return true;
      },
    };
    read(key, shared).then(
      (value) => {
        if (current()) {
          running.delete(key);
          finished.set(key, Promise.resolve(value));
        }
        for (const waiter of waiters) waiter.resolve(value);
      },
      (error: unknown) => {
        if (current()) running.delete(key);
        for (const waiter of waiters) waiter.reject(error);
      }
    );
  }

  return (key, control = {}) => {
    const done = finished.get(key);
    if (done) return done;
    const joined = running.get(key);
    const waiters = joined ?? new Set<Waiter<T>>();
    if (!joined) running.set(key, waiters);
    const answer = new Promise<T>((resolve, reject) => waiters.add({ control, resolve, reject }));
    if (!joined) run(key, waiters);
    return answer;
  };
}
