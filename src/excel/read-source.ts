/// <reference types="office-js" />
/* global Excel */
/**
 * Reads a transaction sheet (its used range) or an Excel table into a SourceSheet: the header
 * row, then the data in blocks of rows, loading only `values`. One Excel.run for the whole read;
 * one sync per block.
 */
import { type RunProgress, type SourceSheet } from "../core/model/source";
import { AgentInputError, CancelledError } from "../core/model/errors";
import type { CellValue, RowBlock } from "../core/model/cells";
import { anyErrorLikeText, toCellRows, type ExcelValueType } from "./cell-values";
import { isRangeTooLarge } from "./payload";
import { inRowBlocks } from "./row-blocks";

export interface SourceRef {
  /** Worksheet name; with neither this nor `table`, the workbook's first sheet. */
  readonly sheet?: string;
  /** Excel table name; wins over `sheet`. */
  readonly table?: string;
}

export interface ReadOptions {
  /** Rows per block at first (default 10,000); halved whenever Excel reports the block too large. */
  readonly blockRows?: number;
  readonly onProgress?: (progress: RunProgress) => void;
  /** Checked before every block; when true the read stops with a CancelledError. */
  readonly isCancelled?: () => boolean;
}

export const DEFAULT_READ_BLOCK_ROWS = 10_000;

/** Where the data sits: the header row, then `dataRows` rows below it. */
interface SourceArea {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly columnCount: number;
  readonly dataRows: number;
}

export async function readSource(ref: SourceRef, options: ReadOptions = {}): Promise<SourceSheet> {
  return Excel.run(async (context) => {
    const area = ref.table
      ? await locateTable(context, ref.table)
      : await locateSheet(context, ref.sheet);
    return readArea(context, area, options);
  });
}

async function locateTable(context: Excel.RequestContext, name: string): Promise<SourceArea> {
  const table = context.workbook.tables.getItemOrNullObject(name);
  table.load("name");
  await context.sync();
  // Checked before going further: a method called on a null object fails the whole batch.
  if (table.isNullObject)
    throw new AgentInputError(`There is no table named '${name}' in this workbook.`);
  const header = table.getHeaderRowRange();
  header.load("rowIndex, columnIndex, columnCount");
  const body = table.getDataBodyRange();
  body.load("rowCount");
  await context.sync();
  return {
    name: table.name,
    sheet: table.worksheet,
    headerRow: header.rowIndex,
    firstColumn: header.columnIndex,
    columnCount: header.columnCount,
    dataRows: body.rowCount,
  };
}

async function locateSheet(
  context: Excel.RequestContext,
  name: string | undefined
): Promise<SourceArea> {
  const worksheets = context.workbook.worksheets;
  const sheet = name === undefined ? worksheets.getFirst() : worksheets.getItemOrNullObject(name);
  sheet.load("name");
  await context.sync();
  // Checked before going further: a method called on a null object fails the whole batch.
  if (sheet.isNullObject)
    throw new AgentInputError(`There is no sheet named '${name}' in this workbook.`);
  // valuesOnly: cells that are merely formatted do not stretch the area.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex, columnIndex, rowCount, columnCount");
  await context.sync();
  if (used.isNullObject)
    return { name: sheet.name, sheet, headerRow: 0, firstColumn: 0, columnCount: 0, dataRows: 0 };
  return {
    name: sheet.name,
    sheet,
    headerRow: used.rowIndex,
    firstColumn: used.columnIndex,
    columnCount: used.columnCount,
    dataRows: used.rowCount - 1,
  };
}

async function readArea(
  context: Excel.RequestContext,
  area: SourceArea,
  options: ReadOptions
): Promise<SourceSheet> {
  if (area.columnCount === 0) return { name: area.name, headers: [], blocks: [], rowCount: 0 };
  const report = (done: number) =>
    options.onProgress?.({ phase: "reading", done, total: area.dataRows });
  report(0);

  let headers: CellValue[] | null = null;
  const blocks: RowBlock[] = [];
  const loop = {
    total: area.dataRows,
    blockRows: options.blockRows ?? DEFAULT_READ_BLOCK_ROWS,
    beforeBlock: () => {
      if (options.isCancelled?.()) throw new CancelledError();
    },
  };
  const readBlock = async (offset: number, count: number) => {
    // The header rides along with the first block: one sync fewer.
    const headerRange = headers === null ? loadValues(areaRows(area, -1, 1)) : null;
    const range = count > 0 ? loadValues(areaRows(area, offset, count)) : null;
    // One sync per block of thousands of rows, by design: a block is the unit that must fit
    // Office's payload limit, and progress and cancelling happen between blocks.
    await context.sync();
    if (headerRange) headers = (await cellRows(context, headerRange))[0] ?? [];
    if (!range) return;
    const rows = await cellRows(context, range);
    blocks.push({ rows, firstRowNumber: area.headerRow + 2 + offset });
    report(offset + count);
  };
  try {
    await inRowBlocks(loop, readBlock);
  } catch (error) {
    if (isRangeTooLarge(error)) throw new AgentInputError(tooWideMessage(area));
    throw error;
  }
  return { name: area.name, headers: headers ?? [], blocks, rowCount: area.dataRows };
}

/** `count` rows of the area from data row `offset` (-1: the header row). */
function areaRows(area: SourceArea, offset: number, count: number): Excel.Range {
  return area.sheet.getRangeByIndexes(
    area.headerRow + 1 + offset,
    area.firstColumn,
    count,
    area.columnCount
  );
}

/** Even one row is more cells than Excel hands over: the used range reaches far to the right. */
function tooWideMessage(area: SourceArea): string {
  return (
    `The sheet '${area.name}' is too wide to read: its used range spans ` +
    `${area.columnCount.toLocaleString("en-US")} columns. A cell far to the right of the data ` +
    `probably stretches it; clear the cells beyond the data and run again.`
  );
}

function loadValues(range: Excel.Range): Excel.Range {
  range.load("values");
  return range;
}

/**
 * The loaded values as engine cells. Error values arrive as strings ("#N/A"); only when a block
 * holds such a string is `valueTypes` loaded to tell real errors from text that reads the same.
 */
async function cellRows(context: Excel.RequestContext, range: Excel.Range): Promise<CellValue[][]> {
  const values = range.values;
  if (!anyErrorLikeText(values)) return toCellRows(values);
  range.load("valueTypes");
  await context.sync();
  return toCellRows(values, range.valueTypes as ExcelValueType[][]);
}
