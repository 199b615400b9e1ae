/**
 * The attributes a worksheet's `<row>` and `<c>` tags carry that the values need, read in one
 * pass over the scanned text without a regular expression or a string per tag: `r` (kept as a
 * range; its column or row number is read from the characters), `t` (the cell type) and `s` (the
 * style index). A prefix (`x:r`) is ignored, as attributeOf does. Values are raw: these
 * attributes never hold entities in what programs write.
 */
import { plainIndex } from "./number-text";

const QUOTE = 34;
const APOSTROPHE = 39;
const EQUALS = 61;
const GREATER_THAN = 62;

export class TagAttributes {
  private text = "";
  /** The `r` value is text[rFrom, rTo); rFrom < 0 when there is none. */
  private rFrom = -1;
  private rTo = -1;
  t: string | null = null;
  /** The `s` value as a number (0 without one, as Excel reads it). */
  s = 0;

  /** Reads the attributes in text[from, to) (the tag after its name, up to `>` or `/>`). */
  read(text: string, from: number, to: number): void {
    this.text = text;
    this.rFrom = this.rTo = -1;
    this.t = null;
    this.s = 0;
    let at = from;
    while (at < to) {
      let code = text.charCodeAt(at);
      if (code <= 32) {
        at++;
        continue;
      }
      let nameEnd = at;
      while (nameEnd < to && (code = text.charCodeAt(nameEnd)) !== EQUALS && code > 32) nameEnd++;
      let quoteAt = nameEnd;
      while (quoteAt < to && (code = text.charCodeAt(quoteAt)) !== QUOTE && code !== APOSTROPHE)
        quoteAt++;
      if (quoteAt >= to) return;
      const close = text.indexOf(code === QUOTE ? '"' : "'", quoteAt + 1);
      if (close < 0 || close >= to) return;
      this.assign(text, at, nameEnd, quoteAt + 1, close);
      at = close + 1;
    }
  }

  /**
   * Reads the attributes from `from` up to the end of the tag and returns where its `>` is: the
   * fast path's read, which finds the end and the attributes in one pass, the values skipped by
   * indexOf. Anything unusual (no `=` or quote where one belongs, `/>`, a tag cut off at the
   * piece's end) returns -1: the general way (tagEnd, then read) takes such tags.
   */
  readTag(text: string, from: number): number {
    this.text = text;
    this.rFrom = this.rTo = -1;
    this.t = null;
    this.s = 0;
    const length = text.length;
    let at = from;
    for (;;) {
      if (at >= length) return -1;
      let code = text.charCodeAt(at);
      if (code <= 32) {
        at++;
        continue;
      }
      if (code === GREATER_THAN) return at;
      const nameFrom = at;
      while (at < length && isNameCharacter(text.charCodeAt(at))) at++;
      const nameTo = at;
      if (nameTo === nameFrom) return -1; // `/>`, `<` or `=` where a name belongs
      while (at < length && text.charCodeAt(at) <= 32) at++;
      if (text.charCodeAt(at) !== EQUALS) return -1;
      at++;
      while (at < length && text.charCodeAt(at) <= 32) at++;
      code = text.charCodeAt(at);
      if (code !== QUOTE && code !== APOSTROPHE) return -1;
      const close = text.indexOf(code === QUOTE ? '"' : "'", at + 1);
      if (close < 0) return -1;
      this.assign(text, nameFrom, nameTo, at + 1, close);
      at = close + 1;
    }
  }

  get hasReference(): boolean {
    return this.rFrom >= 0;
  }

  get reference(): string {
    return this.rFrom < 0 ? "" : this.text.slice(this.rFrom, this.rTo);
  }

  /** The column number of a reference such as `AB12` (0 when it has no letters). */
  referenceColumn(limit: number): number {
    const text = this.text;
    let column = 0;
    for (let i = this.rFrom; i < this.rTo; i++) {
      const code = text.charCodeAt(i) & ~32; // upper case
      if (code < 65 || code > 90) break;
      column = column * 26 + (code - 64);
      if (column > limit) return column;
    }
    return column;
  }

  /** One-letter names only (r, t, s), with any prefix before them. */
  private assign(text: string, nameFrom: number, nameTo: number, from: number, to: number): void {
    const local = nameTo - nameFrom === 1 || text.charCodeAt(nameTo - 2) === 58; /* : */
    if (!local) return;
    const name = text.charCodeAt(nameTo - 1);
    if (name === 114 /* r */) {
      this.rFrom = from;
      this.rTo = to;
    } else if (name === 116 /* t */) this.t = text.slice(from, to);
    else if (name === 115 /* s */) {
      const index = plainIndex(text, from, to);
      this.s = index >= 0 ? index : Number(text.slice(from, to));
    }
  }
}

/** Not `=`, `>`, `/`, `<` nor a space: a character of an attribute's name as the fast path reads it. */
function isNameCharacter(code: number): boolean {
  return code > 32 && code !== EQUALS && code !== GREATER_THAN && code !== 47 && code !== 60;
}
