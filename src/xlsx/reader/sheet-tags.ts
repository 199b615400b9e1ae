/**
 * The tag loop under sheet-values.ts: xml-scanner.ts's rules (prefixes stripped, comments,
 * processing instructions and DOCTYPE skipped, CDATA as text, entities decoded, no entity ever
 * expanded from a DTD) without its costs per tag: a tag's attributes are handed over as a range
 * of the text, not a string, and text between tags is cut out only when the handler wants it.
 */
import { TagAttributes } from "./tag-attributes";
import { WorkbookReadError } from "./workbook-read-error";
import { after, declarationEnd, tagEnd } from "./xml-scanner";

export interface SheetTagHandler {
  /** The attributes are text[from, to). */
  open(name: string, text: string, from: number, to: number): void;
  /** Also called right after `open` for a self-closing tag. */
  close(name: string): void;
  text(raw: string): void;
  wantsText(): boolean;
  /**
   * A cell that is just `<c ...><v>text</v></c>` (the fast path): its attributes already read,
   * its raw `<v>` text is text[valueFrom, valueTo).
   */
  plainCell(attributes: TagAttributes, text: string, valueFrom: number, valueTo: number): void;
}

/** Longest piece held between two tags (a cell holds at most 32,767 characters). */
const MAX_PENDING = 16 * 1024 * 1024;

export class SheetTags {
  private pending = "";
  private readonly cellAttributes = new TagAttributes();

  constructor(
    private readonly handler: SheetTagHandler,
    private readonly part: string
  ) {}

  feed(chunk: string): void {
    const text = this.pending === "" ? chunk : this.pending + chunk;
    const handler = this.handler;
    let at = 0;
    for (;;) {
      const lt = text.indexOf("<", at);
      if (lt < 0) break;
      if (lt > at && handler.wantsText()) handler.text(text.slice(at, lt));
      const next = this.markup(text, lt);
      if (next < 0) {
        at = lt;
        break;
      }
      at = next;
    }
    this.pending = at === 0 ? text : text.slice(at);
    if (this.pending.length > MAX_PENDING)
      throw new WorkbookReadError(`the part '${this.part}' holds an element too long to read`);
  }

  end(): void {
    if (this.pending.trim() !== "" && this.pending.includes("<"))
      throw new WorkbookReadError(`the part '${this.part}' ends in the middle of a tag`);
    if (this.pending !== "" && this.handler.wantsText()) this.handler.text(this.pending);
    this.pending = "";
  }

  /** Handles the markup at `lt`; returns where the text after it starts, or -1 when it is cut off. */
  private markup(text: string, lt: number): number {
    const first = text.charCodeAt(lt + 1);
    if (first === 33 /* ! */ || first === 63 /* ? */) return this.special(text, lt);
    if (first === 99 /* c */ && text.charCodeAt(lt + 2) === 32) {
      const after = this.plainCell(text, lt + 2);
      if (after > 0) return after;
    }
    const gt = tagEnd(text, lt + 1);
    if (gt < 0) return -1;
    if (first === 47 /* / */) {
      this.handler.close(localName(text, lt + 2, gt));
      return gt + 1;
    }
    const selfClosing = text.charCodeAt(gt - 1) === 47;
    const end = selfClosing ? gt - 1 : gt;
    let nameEnd = lt + 1;
    while (nameEnd < end && text.charCodeAt(nameEnd) > 32) nameEnd++;
    const name = localName(text, lt + 1, nameEnd);
    this.handler.open(name, text, nameEnd, end);
    if (selfClosing) this.handler.close(name);
    return gt + 1;
  }

  /**
   * Nearly every cell is `<c ...><v>text</v></c>`: read in one step, with its attributes read
   * as the tag's end is looked for, it costs one pass instead of four tags, and its value is read
   * in place (no string cut out for a number or an index). Anything else (a formula, an inline
   * string, an empty cell, an unusual tag, a piece not yet read) returns 0 and takes the general
   * way, which reads it from the start.
   */
  private plainCell(text: string, attributesFrom: number): number {
    const attributes = this.cellAttributes;
    const gt = attributes.readTag(text, attributesFrom);
    if (gt < 0 || !text.startsWith("<v>", gt + 1)) return 0;
    const close = text.indexOf("<", gt + 4);
    if (close < 0 || !text.startsWith("</v></c>", close)) return 0;
    this.handler.plainCell(attributes, text, gt + 4, close);
    return close + 8;
  }

  /** Comments, CDATA, processing instructions and declarations. */
  private special(text: string, lt: number): number {
    if (text.startsWith("<!--", lt)) return after(text, "-->", lt + 4);
    if (text.startsWith("<![CDATA[", lt)) {
      const end = text.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      // CDATA is already plain text: escape its & so the handler's entity decoding keeps it.
      if (this.handler.wantsText())
        this.handler.text(text.slice(lt + 9, end).replace(/&/g, "&amp;"));
      return end + 3;
    }
    if (text.startsWith("<?", lt)) return after(text, "?>", lt + 2);
    return declarationEnd(text, lt);
  }
}

/** The name in text[from, to) without spaces around it or its prefix (`x:row` is `row`). */
function localName(text: string, from: number, to: number): string {
  let start = from;
  let end = to;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  for (let i = start; i < end; i++)
    if (text.charCodeAt(i) === 58 /* : */) {
      start = i + 1;
      break;
    }
  if (end - start === 1) return text[start];
  return text.slice(start, end);
}
