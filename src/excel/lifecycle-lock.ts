/**
 * One lifecycle run at a time in this task pane: a run reads the Actions sheet, computes for a
 * while and writes back, and a second run interleaved with it would write over its reconciling.
 * The scheduler skips a check while anything runs; a manual run waits its turn.
 */

let tail: Promise<void> = Promise.resolve();
let pending = 0;

export function isLifecycleBusy(): boolean {
  return pending > 0;
}

/** Runs `task` after every task started before it has settled. */
export function runExclusive<T>(task: () => Promise<T>): Promise<T> {
  pending += 1;
  const result = tail.then(task);
  const settled = result.then(
    () => undefined,
    () => undefined
  );
  tail = settled.then(() => {
    pending -= 1;
  });
  return result;
}

/** Runs `task` now if nothing else runs; null (and `task` not called) otherwise. */
export function tryExclusive<T>(task: () => Promise<T>): Promise<T> | null {
  return isLifecycleBusy() ? null : runExclusive(task);
}
