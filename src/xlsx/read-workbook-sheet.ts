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
import { ROWS_PER_BLOCK } from "./read-source";
import {
  openWorkbook,
  WorkbookReadError,
  type OpenOptions,
  type SheetRow,
} from "./reader/workbook-reader";

/**
 * Opens the named worksheet (null = the first) and reads up to its header; its blocks can be
 * read once. `options.inflater` is the host's decompressor (Node's zlib in the command line).
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
  const rows = rowsOf(workbook.rows(sheet));
  const header = await headerOf(sheet.name, rows);
  return { name: sheet.name, headers: header.values, blocks: blocksFrom(sheet.name, header, rows) };
}

interface Header {
  readonly values: CellValue[];
  readonly rowNumber: number;
}

async function* rowsOf(batches: AsyncGenerator<SheetRow[]>): AsyncGenerator<SheetRow> {
  for (;;) {
    const next = await unlessUnreadable(batches.next());
    if (next.done) return;
    yield* next.value;
  }
}

async function headerOf(name: string, rows: AsyncGenerator<SheetRow>): Promise<Header> {
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    const values = next.value.values;
    let width = values.length;
    while (width > 0 && isBlankCell(values[width - 1])) width--;
    if (width > 0) return { values: values.slice(0, width), rowNumber: next.value.number };
  }
  throw new AgentInputError(
    `Sheet '${name}' is empty: expected a header row with column labels (Customer Id, Invoice Price, ...) ` +
      "and one row per transaction below it."
  );
}

function blocksFrom(
  name: string,
  header: Header,
  rows: AsyncGenerator<SheetRow>
): AsyncIterable<RowBlock> {
  const width = header.values.length;
  let used = false;
  /**
   * Data rows, contiguous from the row under the header. Blank rows (missing from the file or
   * without content) wait until a row with content follows, so blanks at the end vanish.
   */
  async function* dataRows(): AsyncGenerator<CellRow> {
    let expected = header.rowNumber + 1;
    let pendingBlank = 0;
    for await (const row of rows) {
      const values = fitted(row.values, width);
      pendingBlank += row.number - expected;
      expected = row.number + 1;
      if (values.every(isBlankCell)) {
        pendingBlank++;
        continue;
      }
      for (; pendingBlank > 0; pendingBlank--) yield new Array<CellValue>(width).fill(null);
      yield values;
    }
  }
  async function* blocks(): AsyncGenerator<RowBlock> {
    if (used) throw new Error(`Sheet '${name}' is streamed and can be read only once.`);
    used = true;
    let block: CellRow[] = [];
    let firstRowNumber = header.rowNumber + 1;
    for await (const row of dataRows()) {
      block.push(row);
      if (block.length < ROWS_PER_BLOCK) continue;
      yield { rows: block, firstRowNumber };
      firstRowNumber += block.length;
      block = [];
    }
    if (block.length > 0) yield { rows: block, firstRowNumber };
  }
  return { [Symbol.asyncIterator]: blocks };
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
