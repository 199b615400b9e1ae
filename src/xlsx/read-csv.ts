/**
 * Reads a CSV transaction file into the engine's SourceSheet. Values stay text (the engine parses
 * numbers and dates in text, with the user's locale rules); only empty fields become null.
 *
 * Layout rule, as for workbooks: the first non-blank record is the header; every record below it,
 * down to the last non-blank one, is a data row. Row numbers are record numbers, as Excel shows
 * them when it opens the file (a leading `sep=;` line is not counted, Excel hides it too).
 */
import { type SourceSheet } from "../core/model/source";
import { AgentInputError } from "../core/model/errors";
import type { CellRow, CellValue, RowBlock } from "../core/model/cells";
import { CsvRecords, detectDelimiter, type CsvDelimiter } from "./csv-records";
import { ROWS_PER_BLOCK } from "./read-blocks";
import { EXCEL_MAX_COLUMNS } from "../core/model/excel-limits";

export interface CsvOptions {
  /** Overrides detection. */
  readonly delimiter?: CsvDelimiter;
}

export function readCsv(text: string, name: string, options: CsvOptions = {}): SourceSheet {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let delimiter: string | undefined = options.delimiter;
  const separatorLine = /^sep=(.)\r?\n/.exec(text.slice(start, start + 8));
  if (separatorLine) {
    delimiter ??= separatorLine[1];
    start += separatorLine[0].length;
  }
  delimiter ??= detectDelimiter(text.slice(start, start + 65_536));
  const fieldDelimiter = delimiter;

  const head = new CsvRecords(text, fieldDelimiter, start);
  let recordNumber = 0;
  let headerFields: string[] | null = null;
  while (!headerFields) {
    const fields = head.next();
    if (fields === null) {
      throw new AgentInputError(
        `File '${name}' is empty: expected a header line with column labels (Customer Id, Invoice Price, ...) ` +
          "and one line per transaction below it."
      );
    }
    recordNumber++;
    if (!isBlankRecord(fields)) headerFields = fields;
  }
  const headerRowNumber = recordNumber;
  const headers = trimTrailingEmpty(headerFields).map(toCellValue);
  const columnCount = headers.length;
  checkHeaderWidth(name, headerRowNumber, columnCount);

  // Re-iterable: each pass restarts from the top with a fresh cursor.
  function* dataRows(): Generator<CellRow> {
    const records = new CsvRecords(text, fieldDelimiter, start);
    for (let skipped = 0; skipped < headerRowNumber; skipped++) records.next();
    let rowNumber = headerRowNumber;
    // Blank records are held back until a non-blank one follows, so trailing blank lines vanish.
    let pendingBlank = 0;
    for (let fields = records.next(); fields !== null; fields = records.next()) {
      rowNumber++;
      if (isBlankRecord(fields)) {
        pendingBlank++;
        continue;
      }
      for (; pendingBlank > 0; pendingBlank--) yield new Array<CellValue>(columnCount).fill(null);
      yield toRow(fields, columnCount, rowNumber, fieldDelimiter);
    }
  }

  function* blocks(): Generator<RowBlock> {
    let rows: CellRow[] = [];
    let firstRowNumber = headerRowNumber + 1;
    for (const row of dataRows()) {
      rows.push(row);
      if (rows.length < ROWS_PER_BLOCK) continue;
      yield { rows, firstRowNumber };
      firstRowNumber += rows.length;
      rows = [];
    }
    if (rows.length > 0) yield { rows, firstRowNumber };
  }

  return {
    name,
    headers,
    blocks: { [Symbol.iterator]: blocks },
    rowCount: countRecords(text, start) - headerRowNumber,
  };
}

/**
 * A header wider than Excel's sheet (16,384 columns) is refused before any row is read: no
 * workbook could hold the file, it nearly always means a wrong delimiter or a file that is not
 * a transaction list, and matching a million labels would keep the run busy for minutes.
 */
function checkHeaderWidth(name: string, rowNumber: number, columnCount: number): void {
  if (columnCount <= EXCEL_MAX_COLUMNS) return;
  const count = new Intl.NumberFormat("en-US");
  throw new AgentInputError(
    `File '${name}': the header (row ${rowNumber}) has ${count.format(columnCount)} columns; ` +
      `Excel has at most ${count.format(EXCEL_MAX_COLUMNS)}. Check the delimiter, or keep only the ` +
      "columns of the transactions."
  );
}

function toCellValue(field: string): CellValue {
  return field === "" ? null : field;
}

function isBlankRecord(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === "");
}

function trimTrailingEmpty(fields: readonly string[]): string[] {
  let length = fields.length;
  while (length > 0 && fields[length - 1].trim() === "") length--;
  return fields.slice(0, length);
}

/**
 * A record as wide as the header: short records are padded with empty cells, extra empty fields
 * (a trailing delimiter) are dropped. Extra values are refused rather than dropped: they nearly
 * always mean a wrong delimiter (a decimal comma in a comma-separated file), and reading on would
 * give wrong amounts.
 */
function toRow(
  fields: readonly string[],
  columnCount: number,
  rowNumber: number,
  delimiter: string
): CellRow {
  const row: CellValue[] = new Array<CellValue>(columnCount);
  for (let column = 0; column < columnCount; column++)
    row[column] = toCellValue(fields[column] ?? "");
  for (let column = columnCount; column < fields.length; column++) {
    if (fields[column].trim() === "") continue;
    throw new AgentInputError(
      `CSV row ${rowNumber} has ${trimTrailingEmpty(fields).length} values but the header has ${columnCount} columns ` +
        `(delimiter ${describeDelimiter(delimiter)}); quote values that contain the delimiter, e.g. "1,50".`
    );
  }
  return row;
}

function describeDelimiter(delimiter: string): string {
  return delimiter === "\t" ? "tab" : `'${delimiter}'`;
}

/** Records in text[start..] ignoring trailing line breaks (a quick scan, for progress only). */
function countRecords(text: string, start: number): number {
  let end = text.length;
  while (end > start && (text[end - 1] === "\n" || text[end - 1] === "\r")) end--;
  if (end === start) return 0;
  let count = 1;
  let inQuotes = false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 34) inQuotes = !inQuotes;
    else if (!inQuotes && (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)))
      count++;
  }
  return count;
}
