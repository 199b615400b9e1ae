/**
 * RFC 4180 record splitting: fields in double quotes may hold delimiters, line breaks and doubled
 * quotes (`""` -> `"`); records end at LF, CRLF or a lone CR. Lenient where Excel is: a quote
 * inside an unquoted field is kept as a character, text after a closing quote is kept too.
 */
import { AgentInputError } from "../core/model/errors";

export type CsvDelimiter = "," | ";" | "\t";

export class CsvRecords {
  private position = 0;
  /** Physical line (1-based) where the next record starts, for messages. */
  private line = 1;

  constructor(
    private readonly text: string,
    private readonly delimiter: string,
    start = 0
  ) {
    this.position = start;
  }

  get done(): boolean {
    return this.position >= this.text.length;
  }

  /** The next record's fields, or null at the end of the text. */
  next(): string[] | null {
    const { text, delimiter } = this;
    if (this.position >= text.length) return null;
    const startLine = this.line;
    const fields: string[] = [];
    let at = this.position;
    for (;;) {
      let value: string;
      if (text.charCodeAt(at) === QUOTE) {
        const parsed = this.quotedField(at, startLine);
        value = parsed.value;
        at = parsed.end;
      } else {
        let end = at;
        while (end < text.length && text[end] !== delimiter && !isLineBreak(text.charCodeAt(end)))
          end++;
        value = text.slice(at, end);
        at = end;
      }
      fields.push(value);
      if (at < text.length && text[at] === delimiter) {
        at++;
        continue;
      }
      at = this.skipLineBreak(at);
      break;
    }
    this.position = at;
    return fields;
  }

  /** Reads `"..."` starting at `at` plus anything up to the next delimiter or line break. */
  private quotedField(at: number, startLine: number): { value: string; end: number } {
    const { text, delimiter } = this;
    const parts: string[] = [];
    let segmentStart = at + 1;
    let index = at + 1;
    for (;;) {
      const next = text.indexOf('"', index);
      if (next < 0) {
        throw new AgentInputError(
          `CSV line ${startLine}: a quoted value is never closed (a " is missing); fix the quoting and try again.`
        );
      }
      this.line += countLineBreaks(text, index, next);
      if (text.charCodeAt(next + 1) === QUOTE) {
        parts.push(text.slice(segmentStart, next + 1));
        index = next + 2;
        segmentStart = index;
        continue;
      }
      parts.push(text.slice(segmentStart, next));
      let end = next + 1;
      while (end < text.length && text[end] !== delimiter && !isLineBreak(text.charCodeAt(end)))
        end++;
      parts.push(text.slice(next + 1, end));
      return { value: parts.join(""), end };
    }
  }

  private skipLineBreak(at: number): number {
    const { text } = this;
    if (at >= text.length) return at;
    this.line++;
    if (text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF) return at + 2;
    return at + 1;
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

function isLineBreak(code: number): boolean {
  return code === LF || code === CR;
}

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
