/* global Buffer */
/**
 * Streams one worksheet of an .xlsx file into the engine, row by row, with exceljs' streaming
 * reader. Loading a whole workbook (src/xlsx/read-source.ts, which the browser uses) takes about
 * five times the memory of the file's cells and a minute for 200,000 rows; streaming keeps the
 * command line fast and small on the large exports it is meant for. The streaming reader needs
 * Node streams, so it lives here rather than in src/xlsx.
 *
 * Same layout rule and cell conversion as read-source (header = first row with content, data down
 * to the last row with content, blank rows in between passed on as blank rows), except for
 * formula results the streaming reader cannot tell apart (see streamedCellValue).
 */
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { type SourceSheet } from "../core/model/source";
import { AgentInputError } from "../core/model/errors";
import type { CellRow, CellValue, RowBlock } from "../core/model/cells";
import { isBlankCell, toCellValue } from "../xlsx/cell-value";
import { ROWS_PER_BLOCK } from "../xlsx/read-source";

type StreamedSheet = ExcelJS.stream.xlsx.WorksheetReader & { readonly name?: string };

/**
 * Opens the named worksheet (exact name, or ignoring case as Excel does; null = the first in the
 * file) and reads up to its header. The returned sheet's blocks can be read once.
 */
export async function streamWorkbookSheet(
  bytes: Uint8Array,
  sheetName: string | null
): Promise<SourceSheet> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]),
    {
      worksheets: "emit",
      sharedStrings: "cache",
      // Date cells are told by their number format, so styles are needed.
      styles: "cache",
      hyperlinks: "ignore",
    }
  );
  const seen: string[] = [];
  const sheets = reader[Symbol.asyncIterator]();
  try {
    for (let next = await sheets.next(); !next.done; next = await sheets.next()) {
      const worksheet = next.value as StreamedSheet;
      const name = worksheet.name ?? `Sheet${seen.length + 1}`;
      seen.push(name);
      if (!isWanted(name, sheetName)) {
        // The rows must be read past for the zip stream to move on.
        for await (const row of worksheet) void row;
        continue;
      }
      return await openSheet(name, worksheet[Symbol.asyncIterator]());
    }
  } catch (error) {
    if (error instanceof AgentInputError) throw error;
    throw new AgentInputError(
      `The file could not be read as an .xlsx workbook (${error instanceof Error ? error.message : String(error)}). ` +
        "Save it from Excel as an .xlsx workbook, or export the sheet as .csv."
    );
  }
  throw new AgentInputError(
    seen.length === 0
      ? "The workbook has no worksheets."
      : `Sheet '${sheetName}' was not found in the workbook; its sheets are ${seen.map((name) => `'${name}'`).join(", ")}.`
  );
}

function isWanted(name: string, wanted: string | null): boolean {
  if (wanted === null || wanted === "") return true;
  // Excel does not allow two sheet names that differ only in case, so this is unambiguous.
  return name === wanted || name.toLowerCase() === wanted.toLowerCase();
}

async function openSheet(name: string, rows: AsyncIterator<ExcelJS.Row>): Promise<SourceSheet> {
  let header: { values: CellValue[]; rowNumber: number } | null = null;
  while (!header) {
    const next = await rows.next();
    if (next.done) {
      throw new AgentInputError(
        `Sheet '${name}' is empty: expected a header row with column labels (Customer Id, Invoice Price, ...) ` +
          "and one row per transaction below it."
      );
    }
    const values = rowValues(next.value, Number.POSITIVE_INFINITY);
    if (values.some((value) => !isBlankCell(value)))
      header = { values, rowNumber: next.value.number };
  }
  let columnCount = header.values.length;
  while (columnCount > 0 && isBlankCell(header.values[columnCount - 1])) columnCount--;
  const headers = header.values.slice(0, columnCount);
  const headerRow = header.rowNumber;
  let used = false;

  /**
   * Data rows, contiguous from the row under the header. Blank rows (missing from the file or
   * without content) wait until a row with content follows, so blanks at the end vanish as they
   * do in read-source.
   */
  async function* dataRows(): AsyncGenerator<CellRow> {
    let expected = headerRow + 1;
    let pendingBlank = 0;
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      const row = next.value;
      const values = rowValues(row, columnCount);
      pendingBlank += row.number - expected;
      expected = row.number + 1;
      if (values.every(isBlankCell)) {
        pendingBlank++;
        continue;
      }
      for (; pendingBlank > 0; pendingBlank--) yield new Array<CellValue>(columnCount).fill(null);
      yield values;
    }
  }

  async function* blocks(): AsyncGenerator<RowBlock> {
    if (used) throw new Error(`Sheet '${name}' is streamed and can be read only once.`);
    used = true;
    let block: CellRow[] = [];
    let firstRowNumber = headerRow + 1;
    for await (const row of dataRows()) {
      block.push(row);
      if (block.length < ROWS_PER_BLOCK) continue;
      yield { rows: block, firstRowNumber };
      firstRowNumber += block.length;
      block = [];
    }
    if (block.length > 0) yield { rows: block, firstRowNumber };
  }

  return { name, headers, blocks: { [Symbol.asyncIterator]: blocks } };
}

/** A streamed row as CellValues, `width` wide (Infinity: as wide as the row). */
function rowValues(row: ExcelJS.Row, width: number): CellValue[] {
  const raw = row.values as unknown[];
  const length = Number.isFinite(width) ? width : Math.max(0, raw.length - 1);
  const values = new Array<CellValue>(length);
  for (let column = 0; column < length; column++)
    values[column] = streamedCellValue(raw[column + 1]);
  return values;
}

/**
 * Stands for a formula's error result: exceljs' streaming reader drops a formula's cached value
 * when it is an error (`<c t="e"><f>..</f><v>#N/A</v></c>`), so which error it was is lost. The
 * row is still skipped as holding an error value, as it would be with the real one.
 */
export const FORMULA_ERROR = "#ERROR!";

/**
 * As toCellValue, except for what the streaming reader does to formula results: a missing
 * result (an error, or a formula saved without its value) becomes FORMULA_ERROR; TRUE / FALSE
 * arrive as 1 / 0 and dates as serial numbers, which the engine reads as such (1900 system).
 */
function streamedCellValue(content: unknown): CellValue {
  if (typeof content === "object" && content !== null && "formula" in content) {
    const result = (content as { result?: unknown }).result;
    if (result === undefined || (typeof result === "number" && Number.isNaN(result)))
      return { error: FORMULA_ERROR };
  }
  return toCellValue(content);
}
