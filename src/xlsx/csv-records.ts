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

/**
 * Text is split a slice at a time (about 1 MB), so a large file is never held as one list of
 * records, and reading the header splits only the first slice. papaparse's own streaming rule
 * makes the slices agree with one pass over the whole text: a slice keeps only its complete
 * records, the next starts where they end, and a record longer than the slice (a quoted value
 * with many line breaks) widens the slice until it is whole.
 */
const SLICE_CHARS = 1 << 20;

export class CsvRecords {
  private readonly parser: Papa.Parser;
  private records: string[][] = [];
  private position = 0;
  /** Where the next slice starts in `text`. */
  private cursor: number;
  private sliceChars = SLICE_CHARS;
  /** The first record papaparse could not split (its place in `records`), and where it goes wrong. */
  private failure: { row: number; index: number; code: string } | null = null;

  constructor(
    private readonly text: string,
    delimiter: string,
    private readonly start = 0
  ) {
    this.cursor = start;
    // papaparse guesses the line break from the first megabyte, as one pass over the text would.
    const newline = Papa.parse<string[]>(text.slice(start, start + SLICE_CHARS), {
      delimiter,
      preview: 1,
    }).meta.linebreak as "\n" | "\r" | "\r\n";
    this.parser = new Papa.Parser({ delimiter, newline });
  }

  /** The next record's fields, or null at the end of the text. */
  next(): string[] | null {
    while (this.position >= this.records.length) {
      if (this.failure !== null) this.fail(this.failure);
      if (this.cursor >= this.text.length) return null;
      this.splitSlice();
    }
    if (this.failure !== null && this.position >= this.failure.row) this.fail(this.failure);
    return this.records[this.position++];
  }

  private splitSlice(): void {
    const end = Math.min(this.text.length, this.cursor + this.sliceChars);
    const last = end >= this.text.length;
    const slice = this.text.slice(this.cursor, end);
    const parsed = this.parser.parse(slice, 0, !last) as Papa.ParseResult<string[]>;
    const records = parsed.data;
    if (last) {
      // A file ending in a line break leaves one empty record after it, which is no record.
      const final = records[records.length - 1];
      if (final && final.length === 1 && final[0] === "" && /[\r\n]$/.test(slice)) records.pop();
    }
    // Errors of the unfinished last record are not errors yet: the next, wider slice decides.
    const error = parsed.errors.find(
      (e) =>
        (e.code === "MissingQuotes" || e.code === "InvalidQuotes") &&
        (last || (e.row ?? 0) < records.length)
    );
    if (error)
      this.failure = {
        row: error.row ?? 0,
        index: this.cursor + (error.index ?? 0),
        code: error.code,
      };
    // The last slice is used whole; another keeps its complete records (none: widen it).
    const used = last ? slice.length : parsed.meta.cursor;
    if (used === 0) {
      this.sliceChars *= 2;
      return;
    }
    this.sliceChars = SLICE_CHARS;
    this.records = records;
    this.position = 0;
    this.cursor += used;
  }

  private fail(failure: { index: number; code: string }): never {
    const line = countLineBreaks(this.text, this.start, failure.index) + 1;
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
