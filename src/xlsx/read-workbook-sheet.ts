/**
 * One worksheet of an .xlsx file as the engine's SourceSheet, streamed row by row (reader/), so
 * a large export is read in one pass without loading the workbook. Used by the command line and
 * by the pane on an uploaded file.
 *
 * Layout rule: the header is the first row of the sheet with any content; every row below it,
 * down to the last row with content, is a data row (blank rows in between are passed on as blank
 * rows so the engine counts them; SPEC: "Nothing is silently dropped"). Any failure to read the
 * file, also halfway through the rows, is an AgentInputError saying what to do.
 */
import { type SourceSheet } from "../core/model/source";
import { AgentInputError } from "../core/model/errors";
import type { CellRow, CellValue, RowBlock } from "../core/model/cells";
import { isBlankCell } from "./cell-value";
import { ROWS_PER_BLOCK } from "./read-blocks";
import {
  openWorkbook,
  WorkbookReadError,
  type OpenOptions,
  type SheetRow,
} from "./reader/workbook-reader";

/**
 * Opens the named worksheet (null = the first) and reads up to its header. Reading its blocks
 * again streams the sheet again (a series in another currency reads the agent's sheet a second
 * time: core/agent/series-tables.ts). `options.inflater` is the host's decompressor (Node's zlib
 * in the command line).
 */
export async function readWorkbookSheet(
  bytes: Uint8Array,
  sheetName: string | null,
  options: OpenOptions = {}
): Promise<SourceSheet> {
  const workbook = await unlessUnreadable(openWorkbook(bytes, options));
  const sheet = workbook.find(sheetName);
  if (!sheet) {
    const list = workbook.sheetNames.map((name) => `'${name}'`).join(", ");
    throw new AgentInputError(
      workbook.sheetNames.length === 0
        ? "The workbook has no worksheets."
        : `Sheet '${sheetName}' was not found in the workbook; its sheets are ${list}.`
    );
  }
  const batches = workbook.rows(sheet);
  const header = await headerOf(sheet.name, batches);
  return {
    name: sheet.name,
    headers: header.values,
    blocks: blocksFrom({ header, batches }, async () => {
      const again = workbook.rows(sheet);
      return { header: await headerOf(sheet.name, again), batches: again };
    }),
  };
}

interface Header {
  readonly values: CellValue[];
  readonly rowNumber: number;
  /** The rows after the header in the batch it came in. */
  readonly rest: readonly SheetRow[];
}

/**
 * The reader's batches, one await each: rows are handled in a plain loop inside a batch, since
 * an await per row (100,000 rows, three generators deep) cost more than scanning them.
 */
async function nextBatch(batches: AsyncGenerator<SheetRow[]>): Promise<SheetRow[] | null> {
  const next = await unlessUnreadable(batches.next());
  return next.done ? null : next.value;
}

async function headerOf(name: string, batches: AsyncGenerator<SheetRow[]>): Promise<Header> {
  for (let batch = await nextBatch(batches); batch !== null; batch = await nextBatch(batches))
    for (let index = 0; index < batch.length; index++) {
      const { values, number } = batch[index];
      let width = values.length;
      while (width > 0 && isBlankCell(values[width - 1])) width--;
      if (width > 0)
        return { values: values.slice(0, width), rowNumber: number, rest: batch.slice(index + 1) };
    }
  throw new AgentInputError(
    `Sheet '${name}' is empty: expected a header row with column labels (Customer Id, Invoice Price, ...) ` +
      "and one row per transaction below it."
  );
}

/** Rows gathered into blocks of ROWS_PER_BLOCK, numbered from the sheet row of their first. */
class BlockBuilder {
  private rows: CellRow[] = [];

  constructor(private firstRowNumber: number) {}

  /** Adds a row; returns the block it completes, if it does. */
  add(row: CellRow): RowBlock | null {
    this.rows.push(row);
    return this.rows.length < ROWS_PER_BLOCK ? null : this.take();
  }

  take(): RowBlock | null {
    if (this.rows.length === 0) return null;
    const block = { rows: this.rows, firstRowNumber: this.firstRowNumber };
    this.firstRowNumber += this.rows.length;
    this.rows = [];
    return block;
  }
}

interface OpenedRows {
  readonly header: Header;
  readonly batches: AsyncGenerator<SheetRow[]>;
}

function blocksFrom(first: OpenedRows, reopen: () => Promise<OpenedRows>): AsyncIterable<RowBlock> {
  const width = first.header.values.length;
  let used = false;
  /**
   * Data rows, contiguous from the row under the header. Blank rows (missing from the file or
   * without content) wait until a row with content follows, so blanks at the end vanish.
   */
  async function* blocks(): AsyncGenerator<RowBlock> {
    const { header, batches } = used ? await reopen() : first;
    used = true;
    const builder = new BlockBuilder(header.rowNumber + 1);
    let expected = header.rowNumber + 1;
    let pendingBlank = 0;
    let batch: readonly SheetRow[] | null = header.rest;
    for (; batch !== null; batch = await nextBatch(batches))
      for (const row of batch) {
        const values = fitted(row.values, width);
        pendingBlank += row.number - expected;
        expected = row.number + 1;
        if (isBlankRow(values)) {
          pendingBlank++;
          continue;
        }
        for (; pendingBlank > 0; pendingBlank--) {
          const full = builder.add(new Array<CellValue>(width).fill(null));
          if (full) yield full;
        }
        const full = builder.add(values);
        if (full) yield full;
      }
    const last = builder.take();
    if (last) yield last;
  }
  return { [Symbol.asyncIterator]: blocks };
}

function isBlankRow(values: readonly CellValue[]): boolean {
  for (const value of values) if (!isBlankCell(value)) return false;
  return true;
}

function fitted(values: CellValue[], width: number): CellValue[] {
  if (values.length === width) return values;
  if (values.length > width) return values.slice(0, width);
  const row = values.slice();
  for (let i = values.length; i < width; i++) row.push(null);
  return row;
}

/** A reader failure as the advice the user gets for any unreadable file. */
export async function unlessUnreadable<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    throw new AgentInputError(
      `The file could not be read as an .xlsx workbook (${error.detail}). ` +
        "Save it from Excel as an .xlsx workbook, or export the sheet as .csv."
    );
  }
}
