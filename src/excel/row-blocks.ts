/**
 * Going through many rows in blocks that each fit one Office.js request: a block is queued and
 * synced by the caller; when Excel says it was too large (payload.ts), nothing of it landed, so
 * the same rows are tried again in a block half the size, and later blocks keep that size.
 */
import { isBlockTooLarge, shrunkBlockRows } from "./payload";

export interface RowBlockLoop {
  /** Rows to go through. */
  readonly total: number;
  /** Rows per block at first. */
  readonly blockRows: number;
  /** Called before every block, e.g. to stop when the user cancelled. */
  readonly beforeBlock?: () => void;
}

/** Queues rows `offset` to `offset + count` (and whatever rides along) and syncs. */
export type BlockAttempt = (offset: number, count: number) => Promise<void>;

/**
 * Calls `attempt` for every block, in order; at least once, with `count` 0 when there are no rows,
 * so that what rides along with the first block (a header) is read all the same. Rethrows when a
 * single row is already too large, or on any other error. Returns the block size it ended with.
 */
export async function inRowBlocks(loop: RowBlockLoop, attempt: BlockAttempt): Promise<number> {
  let blockRows = Math.max(1, Math.floor(loop.blockRows));
  let offset = 0;
  let first = true;
  while (first || offset < loop.total) {
    loop.beforeBlock?.();
    const count = Math.min(blockRows, loop.total - offset);
    try {
      await attempt(offset, count);
    } catch (error) {
      const smaller = isBlockTooLarge(error) ? shrunkBlockRows(count) : 0;
      if (smaller === 0) throw error;
      blockRows = smaller;
      continue;
    }
    first = false;
    offset += count;
  }
  return blockRows;
}
