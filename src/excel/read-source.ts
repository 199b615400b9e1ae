/// <reference types="office-js" />
/* global Excel */
/**
 * Reads a transaction sheet (its used range) or an Excel table into a SourceSheet: the header
 * row at once, then the data streamed in blocks as the parser asks for them (issue 14, "In
 * Excel"): each block is one Excel.run with one sync, loading only `values` (value types only
 * for a block holding error-like text), sized by cells rather than rows so a wide sheet does not
 * hit Office's payload limit and a narrow one needs few round trips. Only one block is held at a
 * time; progress is reported and Cancel honoured between blocks. Number formats are not loaded:
 * the parser takes dates as Excel serial numbers, which `values` gives.
 */
import { type RunProgress, type SourceSheet } from "../core/model/source";
import { AgentInputError, CancelledError } from "../core/model/errors";
import type { CellValue, RowBlock } from "../core/model/cells";
import { anyErrorLikeText, toCellRows, type ExcelValueType } from "./cell-values";
import { isBlockTooLarge, isRangeTooLarge, shrunkBlockRows } from "./payload";

export interface SourceRef {
  /** Worksheet name; with neither this nor `table`, the workbook's first sheet. */
  readonly sheet?: string;
  /** Excel table name; wins over `sheet`. */
  readonly table?: string;
}

export interface ReadOptions {
  /** Cells per block at first (default 120,000); halved whenever Excel reports the block too large. */
  readonly blockCells?: number;
  /** Rows per block at first, instead of `blockCells` (tests). */
  readonly blockRows?: number;
  readonly onProgress?: (progress: RunProgress) => void;
  /** Checked before every block; when true the read stops with a CancelledError. */
  readonly isCancelled?: () => boolean;
}

/** About 10,000 rows of a 12-column export, a few MB of JSON: well under Office's 5 MB response. */
export const DEFAULT_READ_BLOCK_CELLS = 120_000;

/** Where the data sits: the header row, then `dataRows` rows below it. */
interface SourceArea {
  readonly name: string;
  /** The worksheet's name: each block finds it again in its own Excel.run. */
  readonly sheetName: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly columnCount: number;
  readonly dataRows: number;
}

export async function readSource(ref: SourceRef, options: ReadOptions = {}): Promise<SourceSheet> {
  const { area, headers } = await Excel.run(async (context) => {
    const area = ref.table
      ? await locateTable(context, ref.table)
      : await locateSheet(context, ref.sheet);
    return { area, headers: await readHeader(context, area) };
  });
  return {
    name: area.name,
    headers,
    rowCount: area.dataRows,
    blocks: streamedBlocks(area, options),
  };
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
  const sheet = table.worksheet;
  sheet.load("name");
  await context.sync();
  return {
    name: table.name,
    sheetName: sheet.name,
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
    return {
      name: sheet.name,
      sheetName: sheet.name,
      headerRow: 0,
      firstColumn: 0,
      columnCount: 0,
      dataRows: 0,
    };
  return {
    name: sheet.name,
    sheetName: sheet.name,
    headerRow: used.rowIndex,
    firstColumn: used.columnIndex,
    columnCount: used.columnCount,
    dataRows: used.rowCount - 1,
  };
}

/** The header row; a used range too wide for even one row says so. */
async function readHeader(context: Excel.RequestContext, area: SourceArea): Promise<CellValue[]> {
  if (area.columnCount === 0) return [];
  try {
    const range = loadValues(areaRows(context, area, -1, 1));
    await context.sync();
    return (await cellRows(context, range))[0] ?? [];
  } catch (error) {
    if (isRangeTooLarge(error)) throw new AgentInputError(tooWideMessage(area));
    throw error;
  }
}

/**
 * The data rows, block by block, each read when the parser asks for it; read again from the
 * workbook on every pass (the pane samples the first rows, then parses them all). A block Excel
 * finds too large is tried again at half the rows, and later blocks keep that size.
 */
function streamedBlocks(area: SourceArea, options: ReadOptions): AsyncIterable<RowBlock> {
  let blockRows = Math.max(
    1,
    options.blockRows ??
      Math.floor((options.blockCells ?? DEFAULT_READ_BLOCK_CELLS) / Math.max(1, area.columnCount))
  );
  const report = (done: number) =>
    options.onProgress?.({ phase: "reading", done, total: area.dataRows });
  async function* blocks(): AsyncGenerator<RowBlock> {
    if (area.columnCount === 0) return;
    report(0);
    let offset = 0;
    while (offset < area.dataRows) {
      if (options.isCancelled?.()) throw new CancelledError();
      const count = Math.min(blockRows, area.dataRows - offset);
      let rows: CellValue[][];
      try {
        rows = await readRows(area, offset, count);
      } catch (error) {
        const smaller = isBlockTooLarge(error) ? shrunkBlockRows(count) : 0;
        if (smaller > 0) {
          blockRows = smaller;
          continue;
        }
        if (isRangeTooLarge(error)) throw new AgentInputError(tooWideMessage(area));
        throw error;
      }
      offset += count;
      report(offset);
      yield { rows, firstRowNumber: area.headerRow + 2 + offset - count };
    }
  }
  return { [Symbol.asyncIterator]: blocks };
}

/** One block: its own Excel.run, one sync (two when it holds error-like text). */
function readRows(area: SourceArea, offset: number, count: number): Promise<CellValue[][]> {
  return Excel.run(async (context) => {
    const range = loadValues(areaRows(context, area, offset, count));
    await context.sync();
    return cellRows(context, range);
  });
}

/** `count` rows of the area from data row `offset` (-1: the header row). */
function areaRows(
  context: Excel.RequestContext,
  area: SourceArea,
  offset: number,
  count: number
): Excel.Range {
  return context.workbook.worksheets
    .getItem(area.sheetName)
    .getRangeByIndexes(area.headerRow + 1 + offset, area.firstColumn, count, area.columnCount);
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
