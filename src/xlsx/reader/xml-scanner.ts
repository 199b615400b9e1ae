/**
 * A small streaming XML scanner for the parts of an .xlsx package: text arrives in pieces, tags
 * and text go to a handler with element names stripped of their prefix (`x:row` is `row`).
 * Entities are decoded once, here; CDATA is passed as it is. Nothing is resolved from a DOCTYPE,
 * so no entity expansion can blow up. It checks no well-formedness beyond what it needs: the
 * package's parts come from spreadsheet programs, and what they get wrong is told by the readers.
 */
import { WorkbookReadError } from "./workbook-read-error";

export interface XmlHandler {
  /** `attributes` is the tag's raw attribute text; read it with attributeOf. */
  open(name: string, attributes: string, selfClosing: boolean): void;
  /** Also called right after `open` for a self-closing tag. */
  close(name: string): void;
  text(text: string): void;
}

/** Longest piece held between two tags (a cell holds at most 32,767 characters). */
const MAX_PENDING = 16 * 1024 * 1024;

export class XmlScanner {
  private pending = "";

  constructor(
    private readonly handler: XmlHandler,
    private readonly part: string
  ) {}

  feed(chunk: string): void {
    const text = this.pending === "" ? chunk : this.pending + chunk;
    let at = 0;
    for (;;) {
      const lt = text.indexOf("<", at);
      if (lt < 0) break;
      if (lt > at) this.handler.text(decodeEntities(text.slice(at, lt)));
      const next = this.markup(text, lt);
      if (next < 0) {
        at = lt;
        break;
      }
      at = next;
    }
    this.pending = text.slice(at);
    if (this.pending.length > MAX_PENDING)
      throw new WorkbookReadError(`the part '${this.part}' holds an element too long to read`);
  }

  end(): void {
    if (this.pending.trim() !== "" && this.pending.includes("<"))
      throw new WorkbookReadError(`the part '${this.part}' ends in the middle of a tag`);
    if (this.pending !== "") this.handler.text(decodeEntities(this.pending));
    this.pending = "";
  }

  /** Handles the markup at `lt`; returns where the text after it starts, or -1 when it is cut off. */
  private markup(text: string, lt: number): number {
    if (text.startsWith("<!--", lt)) return after(text, "-->", lt + 4);
    if (text.startsWith("<![CDATA[", lt)) {
      const end = text.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      this.handler.text(text.slice(lt + 9, end));
      return end + 3;
    }
    if (text.startsWith("<?", lt)) return after(text, "?>", lt + 2);
    if (text.startsWith("<!", lt)) return declarationEnd(text, lt);
    const gt = tagEnd(text, lt + 1);
    if (gt < 0) return -1;
    if (text.charCodeAt(lt + 1) === 47 /* / */) {
      this.handler.close(localName(text.slice(lt + 2, gt).trim()));
      return gt + 1;
    }
    const selfClosing = text.charCodeAt(gt - 1) === 47;
    const body = text.slice(lt + 1, selfClosing ? gt - 1 : gt);
    const space = body.search(/\s/);
    const name = localName(space < 0 ? body : body.slice(0, space));
    this.handler.open(name, space < 0 ? "" : body.slice(space), selfClosing);
    if (selfClosing) this.handler.close(name);
    return gt + 1;
  }
}

/** Scans a whole part, piece by piece. */
export async function scanPart(
  chunks: AsyncIterable<string>,
  part: string,
  handler: XmlHandler
): Promise<void> {
  const scanner = new XmlScanner(handler, part);
  for await (const chunk of chunks) scanner.feed(chunk);
  scanner.end();
}

export function after(text: string, close: string, from: number): number {
  const end = text.indexOf(close, from);
  return end < 0 ? -1 : end + close.length;
}

/** A `<!DOCTYPE ...>` with or without an internal subset in brackets. */
export function declarationEnd(text: string, lt: number): number {
  const bracket = text.indexOf("[", lt);
  const gt = text.indexOf(">", lt);
  if (gt < 0) return -1;
  if (bracket < 0 || bracket > gt) return gt + 1;
  const close = text.indexOf("]", bracket);
  return close < 0 ? -1 : after(text, ">", close);
}

/** The `>` closing a tag, skipping any inside quoted attribute values. */
export function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) quote = code;
    else if (code === 62) return i;
  }
  return -1;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, body: string) => {
    if (body[0] !== "#") return NAMED_ENTITIES.get(body) ?? whole;
    const code =
      body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
  });
}

const attributePatterns = new Map<string, RegExp>();

/**
 * An attribute's decoded value by name; a name without a prefix also matches a prefixed one
 * (`id` finds `r:id`, whatever the prefix is called), so `name` must not be ambiguous.
 */
export function attributeOf(attributes: string, name: string): string | null {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const prefix = name.includes(":") ? "" : "(?:[\\w.-]+:)?";
    pattern = new RegExp(`(?:^|\\s)${prefix}${escaped}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  if (!match) return null;
  return decodeEntities(match[1] ?? match[2]);
}
