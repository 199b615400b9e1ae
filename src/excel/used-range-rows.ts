/// <reference types="office-js" />
/* global Excel */
/**
 * A sheet's used range read in blocks of rows (row-blocks.ts), so that a sheet that grows every
 * run (the Run Log) stays within Excel on the web's 5 MB response limit and the cells one range
 * may hand over: one sync for where the range is, then one per block.
 */
import { inRowBlocks } from "./row-blocks";

/** Rows per block at first; halved whenever Excel reports a block too large. */
export const USED_RANGE_BLOCK_ROWS = 10_000;

export interface UsedRows {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: unknown[][];
  /** Loaded only when asked for; else empty. */
  readonly numberFormat: unknown[][];
}

/** Where each sheet's used range is (values only), in one sync; null where a sheet has none. */
export async function locateUsedRanges(
  context: Excel.RequestContext,
  sheets: readonly (Excel.Worksheet | null)[]
): Promise<(Excel.Range | null)[]> {
  // valuesOnly: cells that are merely formatted (a drop-down, a fill) do not stretch the area.
  const used = sheets.map((sheet) =>
    sheet
      ? sheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount")
      : null
  );
  if (used.some((range) => range !== null)) await context.sync();
  return used.map((range) => (range && !range.isNullObject ? range : null));
}

/** The used range's values (and number formats) in blocks of rows, joined in order. */
export async function readUsedRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  used: Excel.Range,
  withFormats: boolean
): Promise<UsedRows> {
  const values: unknown[][] = [];
  const numberFormat: unknown[][] = [];
  await inRowBlocks(
    { total: used.rowCount, blockRows: USED_RANGE_BLOCK_ROWS },
    async (offset, count) => {
      if (count === 0) return;
      const block = sheet.getRangeByIndexes(
        used.rowIndex + offset,
        used.columnIndex,
        count,
        used.columnCount
      );
      block.load("values");
      if (withFormats) block.load("numberFormat");
      // One sync per block of thousands of rows: a block is the unit that must fit the limit.
      await context.sync();
      values.push(...block.values);
      if (withFormats) numberFormat.push(...block.numberFormat);
    }
  );
  return { rowIndex: used.rowIndex, columnIndex: used.columnIndex, values, numberFormat };
}
