/**
 * The cell references in the text of an Excel formula (A1 style, as files store them, without
 * the leading `=`), rewritten one by one: a shared formula's copies are its master's formula
 * moved, and a formula the team typed follows the cells it points at when the rows it sits in
 * move. Text in quotes, structured references in brackets, function names and other sheets'
 * names are left alone; whole-column (`A:A`) and whole-row (`1:1`) ranges are not rewritten.
 */
import { columnLetter, EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "./excel-limits";

export interface CellReference {
  /** The sheet named before `!` (quotes removed), or null for the formula's own sheet. */
  readonly sheet: string | null;
  readonly row: number;
  readonly column: number;
  readonly rowAbsolute: boolean;
  readonly columnAbsolute: boolean;
}

/** Where a reference goes: a new row and column, or null to leave it as it is. */
export type ReferenceMove = (reference: CellReference) => { row: number; column: number } | null;

const SHEET_PREFIX = /(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))!/y;
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![\w(!.])/y;

export function moveReferences(formula: string, move: ReferenceMove): string {
  let out = "";
  let at = 0;
  while (at < formula.length) {
    const char = formula[at];
    if (char === '"') {
      const end = closingQuote(formula, at);
      out += formula.slice(at, end);
      at = end;
      continue;
    }
    if (char === "[") {
      const end = closingBracket(formula, at);
      out += formula.slice(at, end);
      at = end;
      continue;
    }
    const found = startsReference(formula, at) ? referenceAt(formula, at) : null;
    if (!found) {
      out += char;
      at++;
      continue;
    }
    const target = move(found.reference);
    out += target === null ? formula.slice(at, found.end) : written(found, target);
    at = found.end;
  }
  return out;
}

/** Every relative part moved by the offset; `#REF!` where that leaves the sheet, as Excel does. */
export function shiftReferences(formula: string, rows: number, columns: number): string {
  return moveReferences(formula, (ref) => ({
    row: ref.rowAbsolute ? ref.row : ref.row + rows,
    column: ref.columnAbsolute ? ref.column : ref.column + columns,
  }));
}

interface FoundReference {
  readonly reference: CellReference;
  readonly prefix: string;
  readonly end: number;
}

function startsReference(text: string, at: number): boolean {
  return at === 0 || !/[\w.$'\u00C0-\uFFFF]/.test(text[at - 1]);
}

function referenceAt(text: string, at: number): FoundReference | null {
  SHEET_PREFIX.lastIndex = at;
  const sheetMatch = SHEET_PREFIX.exec(text);
  const cellAt = sheetMatch ? at + sheetMatch[0].length : at;
  CELL.lastIndex = cellAt;
  const cell = CELL.exec(text);
  if (!cell) return null;
  const column = columnNumber(cell[2]);
  const row = Number(cell[4]);
  if (column > EXCEL_MAX_COLUMNS || row < 1 || row > EXCEL_MAX_ROWS) return null;
  const sheet = sheetMatch ? (sheetMatch[1]?.replace(/''/g, "'") ?? sheetMatch[2]) : null;
  return {
    reference: {
      sheet,
      row,
      column,
      columnAbsolute: cell[1] === "$",
      rowAbsolute: cell[3] === "$",
    },
    prefix: sheetMatch ? sheetMatch[0] : "",
    end: cellAt + cell[0].length,
  };
}

function written(found: FoundReference, target: { row: number; column: number }): string {
  const { reference, prefix } = found;
  if (target.row < 1 || target.row > EXCEL_MAX_ROWS) return `${prefix}#REF!`;
  if (target.column < 1 || target.column > EXCEL_MAX_COLUMNS) return `${prefix}#REF!`;
  return (
    prefix +
    (reference.columnAbsolute ? "$" : "") +
    columnLetter(target.column - 1) +
    (reference.rowAbsolute ? "$" : "") +
    target.row
  );
}

function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

function closingQuote(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] !== '"') return i + 1;
      i += 2;
    } else i++;
  }
  return text.length;
}

function closingBracket(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    if (text[i] === "[") depth++;
    else if (text[i] === "]" && --depth === 0) return i + 1;
  }
  return text.length;
}
