/**
 * Builds a dictionary-encoded text column: each distinct key is stored once, in order of first
 * appearance, and each row holds its key's index.
 */
import type { CellValue } from "../../model/cells";
import type { DictionaryColumn } from "../../model/transactions";
import { keyText } from "./cell-text";
import { GrowableInt32 } from "./growable";

/** What the last cell is before the first row: no cell is this object. */
const NO_CELL = Object.freeze({});

export class DictionaryBuilder {
  private readonly codeOfKey = new Map<string, number>();
  /** Numeric ids skip the number-to-text conversion after their first row. */
  private readonly codeOfNumber = new Map<number, number>();
  /** Text cells as they are, untrimmed (a sheet repeats its spellings); blank ones as ~code. */
  private readonly codeOfText = new Map<string, number>();
  private readonly values: string[] = [];
  private readonly codes: GrowableInt32;
  /**
   * The previous row's cell and code: exports list an account's lines together, so a cell
   * equal to the one above takes its code without a lookup. Starts as a value no cell is.
   */
  private lastCell: unknown = NO_CELL;
  private lastCode = 0;

  /**
   * @param blankKey what a blank cell is stored as, e.g. "(blank)".
   * @param expectedRows the sheet's row count when the host knows it (growable.ts).
   */
  constructor(
    private readonly blankKey: string,
    expectedRows = 0
  ) {
    this.codes = new GrowableInt32(expectedRows);
  }

  /**
   * Appends a row's cell (see keyText for how non-text cells become keys). Returns whether the
   * cell was blank (stored as the blank key), so the caller's tally needs no second look.
   */
  pushCell(cell: CellValue | undefined): boolean {
    if (cell !== this.lastCell) {
      this.lastCell = cell;
      this.lastCode = this.codeOfCell(cell);
    }
    const code = this.lastCode;
    // Blank cells are kept as the complement of their code (see codeOfCell).
    this.codes.push(code < 0 ? ~code : code);
    return code < 0;
  }

  /** The cell's code, or its complement (~code, negative) for a blank cell. */
  private codeOfCell(cell: CellValue | undefined): number {
    if (typeof cell === "number") {
      let code = this.codeOfNumber.get(cell);
      if (code === undefined) {
        code = this.codeOf(keyText(cell));
        this.codeOfNumber.set(cell, code);
      }
      return code;
    }
    if (typeof cell === "string") {
      // By the cell's own text first: trimming makes a new string, whose hash is computed anew.
      let code = this.codeOfText.get(cell);
      if (code === undefined) {
        const key = cell.trim();
        code = key.length === 0 ? ~this.codeOf(this.blankKey) : this.codeOf(key);
        this.codeOfText.set(cell, code);
      }
      return code;
    }
    if (cell === null || cell === undefined) return ~this.codeOf(this.blankKey);
    // Other cells (booleans, dates, errors) as their text; one with no text is stored as the
    // blank key without counting as a blank cell, as before the tally moved here.
    const key = keyText(cell);
    return this.codeOf(key.length === 0 ? this.blankKey : key);
  }

  private codeOf(key: string): number {
    let code = this.codeOfKey.get(key);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(key);
      this.codeOfKey.set(key, code);
    }
    return code;
  }

  build(): DictionaryColumn {
    return { kind: "dictionary", codes: this.codes.toArray(), values: this.values.slice() };
  }
}
