/**
 * The worksheet read from its UTF-8 bytes where it is plain, the tag loop (sheet-tags.ts) where
 * it is not. Turning the inflated part into strings cost as much as inflating it (issue 14), and
 * nearly all of a worksheet is rows of `<c r=".." s=".." t="s"><v>digits</v></c>`: those rows are
 * read here straight from the bytes - a shared-string index or a plain decimal, the cell's column
 * and style - with no string made. Anything else (the part's prologue, a formula, an inline
 * string, an entity, a prefixed tag, a value Number() must read, a row or column out of order)
 * is handed, from its `<` up to the end of its row, to the tag loop as decoded text, and reading
 * in bytes resumes at the next row once the tag loop holds nothing. The rows and values are the
 * same either way: what is read here is what the tag loop reads from the same text, and anything
 * this reader is not sure of goes to the tag loop untouched (test/xlsx/reader-bytes.test.ts).
 */
import type { CellValue } from "../../core/model/cells";
import { EXCEL_MAX_COLUMNS } from "../../core/model/excel-limits";
import { numberInStyle, type CellContext } from "./cell-content";
import { plainIndexBytes, plainNumberBytes } from "./number-text";
import { completeCharactersEnd, concatBytes } from "./utf8-pieces";
import type { SheetTags } from "./sheet-tags";

/** What the row collector (sheet-values.ts) does for this reader. */
export interface PlainRowHandler {
  /** No cell open and no text wanted: only then may a piece be read without the tag loop. */
  atBoundary(): boolean;
  /** Opens row `stated` (-1: none stated); false, with nothing changed, when it is out of order. */
  openPlainRow(stated: number): boolean;
  closePlainRow(): void;
  /** Sets the cell in `column` (0: none stated); false, with nothing changed, outside a row. */
  putPlainValue(column: number, value: CellValue): boolean;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const SPACE = 32;
const QUOTE = 34;
const APOSTROPHE = 39;
const EQUALS = 61;
const COLON = 58;

/**
 * Excel's column limit as a constant of this module: read for every cell, and an imported
 * binding is a property read through a getter where modules are loaded as CommonJS (tsx, jest).
 */
const MAX_COLUMNS = EXCEL_MAX_COLUMNS;

/** The scan stops here and waits for the next piece (the structure is cut off). */
const MORE = -1;
/** The structure is not plain: the tag loop reads it. */
const FALLBACK = -2;

const enum CellType {
  Number,
  Shared,
  Other,
}

/** Bytes held across pieces at most before the tag loop takes over (and applies its own limit). */
const MAX_CARRIED = 1024 * 1024;

export class SheetBytes {
  private carried: Uint8Array | null = null;
  private plain = true;
  private readonly decoder = new TextDecoder("utf-8");
  // The attributes of the tag just read (readAttributes).
  private referenceFrom = -1;
  private referenceTo = -1;
  private type = CellType.Number;
  private style = 0;
  private selfClosing = false;

  constructor(
    private readonly tags: SheetTags,
    private readonly handler: PlainRowHandler,
    private readonly context: CellContext
  ) {}

  feed(piece: Uint8Array): void {
    // A plain view: Node hands Buffers, whose indexOf is a wrapper around a native call (several
    // times the cost of the typed array's own for the short searches made here).
    const chunk = new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength);
    const carried = this.carried;
    if (carried === null) {
      this.read(chunk);
      return;
    }
    // What was cut off is finished with the piece's first row, not the whole piece: joining a
    // few hundred bytes instead of copying every piece once more.
    this.carried = null;
    const rowEnd = indexOfRowEnd(chunk, 0);
    const split = rowEnd < 0 ? chunk.length : rowEnd;
    this.read(concatBytes(carried, chunk.subarray(0, split)));
    if (split === chunk.length) return;
    const rest = chunk.subarray(split);
    const stillCarried = this.carried as Uint8Array | null;
    this.carried = null;
    this.read(stillCarried === null ? rest : concatBytes(stillCarried, rest));
  }

  private read(bytes: Uint8Array): void {
    let at = 0;
    while (at < bytes.length) {
      if (this.plain) {
        const stop = this.scan(bytes, at);
        if (this.plain) {
          if (stop < bytes.length) this.carried = bytes.slice(stop);
          return;
        }
        at = stop;
      } else at = this.textPiece(bytes, at);
    }
  }

  end(): void {
    const rest = this.carried;
    this.carried = null;
    if (rest !== null) this.tags.feed(this.decoder.decode(rest));
    this.tags.end();
  }

  /**
   * Hands bytes[from, the end of the next `</row>`) to the tag loop as text (or the rest of the
   * piece, up to its last whole character); returns where it stopped.
   */
  private textPiece(bytes: Uint8Array, from: number): number {
    const rowEnd = indexOfRowEnd(bytes, from);
    const end = rowEnd >= 0 ? rowEnd : Math.max(from, completeCharactersEnd(bytes));
    if (end > from) this.tags.feed(this.decoder.decode(bytes.subarray(from, end)));
    if (rowEnd < 0) {
      if (end < bytes.length) this.carried = bytes.slice(end);
      return bytes.length;
    }
    if (this.tags.idle && this.handler.atBoundary()) this.plain = true;
    return end;
  }

  /** Reads plain rows from `from`; returns where it stopped (this.plain false: fall back there). */
  private scan(bytes: Uint8Array, from: number): number {
    const length = bytes.length;
    let at = from;
    for (;;) {
      const lt = bytes.indexOf(LT, at);
      // Text between cells is not wanted (no cell is open): skipped, as the tag loop skips it.
      if (lt < 0) return length;
      const next = lt + 1 < length ? this.markup(bytes, lt) : MORE;
      if (next >= 0) {
        at = next;
        continue;
      }
      if (next === MORE && length - lt <= MAX_CARRIED) return lt;
      this.plain = false;
      return lt;
    }
  }

  private markup(bytes: Uint8Array, lt: number): number {
    const first = bytes[lt + 1];
    if (first === 99 /* c */) return this.cell(bytes, lt);
    if (first === 114 /* r */) return this.openRow(bytes, lt);
    if (first === SLASH) {
      if (lt + 6 > bytes.length) return MORE;
      if (
        bytes[lt + 2] !== 114 ||
        bytes[lt + 3] !== 111 ||
        bytes[lt + 4] !== 119 ||
        bytes[lt + 5] !== GT
      )
        return FALLBACK;
      this.handler.closePlainRow();
      return lt + 6;
    }
    return FALLBACK;
  }

  /** `<row ...>`: its `r`, read when it is plain digits. */
  private openRow(bytes: Uint8Array, lt: number): number {
    if (lt + 5 > bytes.length) return MORE;
    if (bytes[lt + 2] !== 111 /* o */ || bytes[lt + 3] !== 119 /* w */) return FALLBACK;
    const after = bytes[lt + 4];
    if (after !== SPACE && after !== GT) return FALLBACK;
    const gt = this.readAttributes(bytes, lt + 4);
    if (gt < 0) return gt;
    if (this.selfClosing) return FALLBACK;
    let stated = -1;
    if (this.referenceFrom >= 0) {
      stated = plainIndexBytes(bytes, this.referenceFrom, this.referenceTo);
      if (stated < 0) return FALLBACK;
    }
    return this.handler.openPlainRow(stated) ? gt + 1 : FALLBACK;
  }

  /** `<c ...><v>value</v></c>` or `<c .../>`, of a shared string or a number. */
  private cell(bytes: Uint8Array, lt: number): number {
    const length = bytes.length;
    if (lt + 3 > length) return MORE;
    if (bytes[lt + 2] !== SPACE) return FALLBACK;
    const gt = this.readAttributes(bytes, lt + 2);
    if (gt < 0) return gt;
    if (this.type === CellType.Other || this.style < 0) return FALLBACK;
    let column = 0;
    if (this.referenceFrom >= 0) {
      column = referenceColumn(bytes, this.referenceFrom, this.referenceTo);
      if (column < 1 || column > MAX_COLUMNS) return FALLBACK;
    }
    if (this.selfClosing) return this.handler.putPlainValue(column, null) ? gt + 1 : FALLBACK;
    if (gt + 4 > length) return MORE;
    if (bytes[gt + 1] !== LT || bytes[gt + 2] !== 118 /* v */ || bytes[gt + 3] !== GT)
      return FALLBACK;
    const valueFrom = gt + 4;
    const close = bytes.indexOf(LT, valueFrom);
    if (close < 0 || close + 8 > length) return MORE;
    if (!isValueAndCellEnd(bytes, close)) return FALLBACK;
    let value: CellValue;
    if (this.type === CellType.Shared) {
      const index = plainIndexBytes(bytes, valueFrom, close);
      if (index < 0) return FALLBACK;
      value = this.context.sharedStrings[index] ?? null;
    } else {
      const number = plainNumberBytes(bytes, valueFrom, close);
      if (Number.isNaN(number)) return FALLBACK;
      value = numberInStyle(number, this.style, this.context);
    }
    return this.handler.putPlainValue(column, value) ? close + 8 : FALLBACK;
  }

  /**
   * The attributes from `from` to the tag's `>` (tag-attributes.ts' readTag, over bytes):
   * `r` as a range, `t` (s, n or none; anything else is Other), `s` (plain digits, else -1).
   * Returns where the `>` is, MORE or FALLBACK.
   */
  private readAttributes(bytes: Uint8Array, from: number): number {
    this.referenceFrom = this.referenceTo = -1;
    this.type = CellType.Number;
    this.style = 0;
    this.selfClosing = false;
    const length = bytes.length;
    let at = from;
    for (;;) {
      if (at >= length) return MORE;
      let code = bytes[at];
      if (code <= 32) {
        at++;
        continue;
      }
      if (code === GT) return at;
      if (code === SLASH) {
        if (at + 1 >= length) return MORE;
        if (bytes[at + 1] !== GT) return FALLBACK;
        this.selfClosing = true;
        return at + 1;
      }
      const nameFrom = at;
      while (at < length && isNameByte(bytes[at])) at++;
      const nameTo = at;
      if (nameTo === nameFrom) return FALLBACK;
      while (at < length && bytes[at] <= 32) at++;
      if (at >= length) return MORE;
      if (bytes[at] !== EQUALS) return FALLBACK;
      at++;
      while (at < length && bytes[at] <= 32) at++;
      if (at >= length) return MORE;
      code = bytes[at];
      if (code !== QUOTE && code !== APOSTROPHE) return FALLBACK;
      const close = bytes.indexOf(code, at + 1);
      if (close < 0) return MORE;
      this.assign(bytes, nameFrom, nameTo, at + 1, close);
      at = close + 1;
    }
  }

  /** One-letter names only (r, t, s), with any prefix before them, as TagAttributes assigns. */
  private assign(bytes: Uint8Array, nameFrom: number, nameTo: number, from: number, to: number) {
    if (nameTo - nameFrom !== 1 && bytes[nameTo - 2] !== COLON) return;
    const name = bytes[nameTo - 1];
    if (name === 114 /* r */) {
      this.referenceFrom = from;
      this.referenceTo = to;
    } else if (name === 116 /* t */) {
      const type = to - from === 1 ? bytes[from] : 0;
      this.type =
        type === 115 /* s */
          ? CellType.Shared
          : type === 110 /* n */
            ? CellType.Number
            : CellType.Other;
    } else if (name === 115 /* s */) this.style = plainIndexBytes(bytes, from, to);
  }
}

/** Not `=`, `>`, `/`, `<` nor a space (TagAttributes' isNameCharacter). */
function isNameByte(code: number): boolean {
  return code > 32 && code !== EQUALS && code !== GT && code !== SLASH && code !== LT;
}

/** The column number of a reference such as `AB12` (TagAttributes.referenceColumn). */
function referenceColumn(bytes: Uint8Array, from: number, to: number): number {
  let column = 0;
  for (let i = from; i < to; i++) {
    const code = bytes[i] & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
    if (column > MAX_COLUMNS) return column;
  }
  return column;
}

/** `</v></c>` at `at`. */
function isValueAndCellEnd(bytes: Uint8Array, at: number): boolean {
  return (
    bytes[at + 1] === SLASH &&
    bytes[at + 2] === 118 &&
    bytes[at + 3] === GT &&
    bytes[at + 4] === LT &&
    bytes[at + 5] === SLASH &&
    bytes[at + 6] === 99 &&
    bytes[at + 7] === GT
  );
}

/** Where the first `</row>` at or after `from` ends, -1 when there is none. */
function indexOfRowEnd(bytes: Uint8Array, from: number): number {
  for (let lt = bytes.indexOf(LT, from); lt >= 0; lt = bytes.indexOf(LT, lt + 1)) {
    if (lt + 6 > bytes.length) return -1;
    if (
      bytes[lt + 1] === SLASH &&
      bytes[lt + 2] === 114 &&
      bytes[lt + 3] === 111 &&
      bytes[lt + 4] === 119 &&
      bytes[lt + 5] === GT
    )
      return lt + 6;
  }
  return -1;
}
