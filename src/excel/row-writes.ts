/**
 * Rectangles of cells to write, cut into blocks of rows that each fit one Office.js request: the
 * writes are counted as one list of rows, in order, and a block takes the part of each write that
 * falls in its rows (row-blocks.ts halves the block when Excel says it was too large).
 */

/** Cells to write at `row`, `col` of a sheet, one array per row. */
export interface CellWrite<S, C> {
  readonly sheet: S;
  readonly row: number;
  readonly col: number;
  readonly rows: readonly (readonly C[])[];
}

export function writtenRows(writes: readonly CellWrite<unknown, unknown>[]): number {
  return writes.reduce((sum, write) => sum + write.rows.length, 0);
}

/** The writes' rows `offset` to `offset + count` of all of them, in order. */
export function writesInRows<S, C>(
  writes: readonly CellWrite<S, C>[],
  offset: number,
  count: number
): CellWrite<S, C>[] {
  const out: CellWrite<S, C>[] = [];
  let first = 0;
  for (const write of writes) {
    const from = Math.max(offset, first) - first;
    const to = Math.min(offset + count, first + write.rows.length) - first;
    if (from < to) out.push({ ...write, row: write.row + from, rows: write.rows.slice(from, to) });
    first += write.rows.length;
  }
  return out;
}
