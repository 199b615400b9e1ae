/**
 * The engine reads blocks with `for await`, which on an in-memory list never gives the browser a
 * turn: the progress bar would not move and Cancel could not be clicked until the whole parse is
 * done. Handing the blocks over through a macrotask after each one keeps the pane responsive.
 */
import type { SourceSheet } from "../../core/model/source";
import type { RowBlock } from "../../core/model/cells";

export type Yield = () => Promise<void>;

export const nextTask: Yield = () => new Promise((resolve) => setTimeout(resolve, 0));

export function yieldingBlocks(sheet: SourceSheet, pause: Yield = nextTask): SourceSheet {
  const source = sheet.blocks;
  async function* blocks(): AsyncGenerator<RowBlock> {
    for await (const block of source as AsyncIterable<RowBlock>) {
      yield block;
      await pause();
    }
  }
  return { ...sheet, blocks: { [Symbol.asyncIterator]: blocks } };
}

/** The first `count` data rows, for sample values beside the field mapping. */
export async function firstRows(sheet: SourceSheet, count: number): Promise<RowBlock["rows"]> {
  const rows: RowBlock["rows"][number][] = [];
  for await (const block of sheet.blocks as AsyncIterable<RowBlock>) {
    for (const row of block.rows) {
      if (rows.length >= count) return rows;
      rows.push(row);
    }
    if (rows.length >= count) break;
  }
  return rows;
}
