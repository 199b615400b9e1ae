/**
 * RFC 4180 records, split by papaparse: fields in double quotes may hold delimiters, line breaks
 * and doubled quotes (`""` -> `"`); records end at LF, CRLF or CR (whichever the file uses). A
 * quote inside an unquoted field is kept as a character. What papaparse cannot split for sure is
 * refused with the line it starts on: a quoted value never closed, and text after a closing
 * quote (`"b"c`), which papaparse would read to the end of the file as one value.
 */
import Papa from "papaparse";
import { AgentInputError } from "../core/model/errors";

export type CsvDelimiter = "," | ";" | "\t";

export class CsvRecords {
  private readonly records: string[][];
  private readonly text: string;
  /** The first record papaparse could not split, and the offset in `text` where it goes wrong. */
  private readonly failure: { row: number; index: number; code: string } | null;
  private position = 0;

  constructor(text: string, delimiter: string, start = 0) {
    this.text = start === 0 ? text : text.slice(start);
    const parsed = Papa.parse<string[]>(this.text, { delimiter, skipEmptyLines: false });
    this.records = parsed.data;
    // A file ending in a line break leaves one empty record after it, which is no record.
    const last = this.records[this.records.length - 1];
    if (last && last.length === 1 && last[0] === "" && /[\r\n]$/.test(this.text))
      this.records.pop();
    const error = parsed.errors.find(
      (e) => e.code === "MissingQuotes" || e.code === "InvalidQuotes"
    );
    this.failure = error
      ? { row: error.row ?? 0, index: error.index ?? 0, code: error.code }
      : null;
  }

  get done(): boolean {
    return this.position >= this.records.length;
  }

  /** The next record's fields, or null at the end of the text. */
  next(): string[] | null {
    if (this.failure !== null && this.position >= this.failure.row) this.fail(this.failure);
    if (this.position >= this.records.length) return null;
    return this.records[this.position++];
  }

  private fail(failure: { index: number; code: string }): never {
    const line = countLineBreaks(this.text, 0, failure.index) + 1;
    throw new AgentInputError(
      failure.code === "MissingQuotes"
        ? `CSV line ${line}: a quoted value is never closed (a " is missing); fix the quoting and try again.`
        : `CSV line ${line}: text follows the closing quote of a quoted value; quote the whole value, doubling the quotes inside it ("ab""c" for ab"c), and try again.`
    );
  }
}

const LF = 10;
const CR = 13;

/** Line breaks in text[from, to), counting CRLF once. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === LF || (code === CR && text.charCodeAt(index + 1) !== LF)) count++;
  }
  return count;
}

/**
 * The delimiter of the first non-blank record of `text`: whichever of `,` `;` tab occurs most
 * often outside quotes (comma on a tie or when none occurs, i.e. a one-column file).
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let inQuotes = false;
  let sawContent = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === "\n" || char === "\r")) {
      if (sawContent) break;
      continue;
    } else if (!inQuotes && (char === "," || char === ";" || char === "\t")) counts[char]++;
    sawContent = true;
  }
  let best: CsvDelimiter = ",";
  for (const candidate of [";", "\t"] as const)
    if (counts[candidate] > counts[best]) best = candidate;
  return best;
}
