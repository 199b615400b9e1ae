/**
 * Splits formula text into tokens, each with its span. Excel habits are accepted: a leading `=`,
 * `;` between arguments (as in European Excel), `""` for a quote inside text. Names may be
 * qualified with a series id (`Series1.AvgMarginPct`) and any part may be bracketed to hold
 * spaces and symbols (`[Avg Margin %]`, `]]` for a `]` inside).
 */
import { syntaxError, type Span } from "./errors";
import type { BinaryOperator } from "./ast";

export type OperatorSymbol = BinaryOperator | "%";

export type Token =
  | { readonly kind: "number"; readonly value: number; readonly span: Span }
  | { readonly kind: "string"; readonly value: string; readonly span: Span }
  /** `bare` when written without brackets or dots, so it may be a keyword or a function name. */
  | { readonly kind: "name"; readonly name: string; readonly bare: boolean; readonly span: Span }
  | { readonly kind: "operator"; readonly op: OperatorSymbol; readonly span: Span }
  | { readonly kind: "(" | ")" | "," | "end"; readonly span: Span };

/** Excel's own limit on formula length; it also bounds the depth of the trees we walk. */
export const MAX_FORMULA_LENGTH = 8192;

const IDENTIFIER_START = /[\p{L}_]/u;
const IDENTIFIER_PART = /[\p{L}\p{N}_]/u;
const DIGIT = /[0-9]/;
const NUMBER = /^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/;
const WHITESPACE = /\s/;

const OPERATORS: readonly OperatorSymbol[] = [
  "<>",
  "<=",
  ">=",
  "+",
  "-",
  "*",
  "/",
  "^",
  "%",
  "&",
  "=",
  "<",
  ">",
];

export function isIdentifier(text: string): boolean {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(text);
}

/** A token read from the text, and the position just past it. */
interface Scanned {
  readonly token: Token;
  readonly end: number;
}

const spanOf = (source: string, start: number, end: number): Span => ({ start, end, source });

function skipWhitespace(source: string, start: number): number {
  let i = start;
  while (i < source.length && WHITESPACE.test(source[i])) i++;
  return i;
}

export function tokenize(source: string): Token[] {
  if (source.length > MAX_FORMULA_LENGTH) {
    throw syntaxError(
      `The formula is longer than ${MAX_FORMULA_LENGTH} characters`,
      spanOf(source, MAX_FORMULA_LENGTH, source.length)
    );
  }
  const tokens: Token[] = [];
  let i = skipWhitespace(source, 0);
  if (source[i] === "=") i++; // Excel users start formulas with `=`.
  for (;;) {
    i = skipWhitespace(source, i);
    if (i >= source.length) {
      tokens.push({ kind: "end", span: spanOf(source, source.length, source.length) });
      return tokens;
    }
    const { token, end } = readToken(source, i);
    tokens.push(token);
    i = end;
  }
}

/** The token starting at `start`, told apart by its first character. */
function readToken(source: string, start: number): Scanned {
  const c = source[start];
  if (DIGIT.test(c) || (c === "." && DIGIT.test(source[start + 1] ?? "")))
    return readNumber(source, start);
  if (c === '"') return readString(source, start);
  if (c === "[" || IDENTIFIER_START.test(c)) return readName(source, start);
  return readSymbol(source, start);
}

/** `12`, `0.5`, `.5`, `1e-3`; a letter, `.` or `[` straight after is a typo, not a name. */
function readNumber(source: string, start: number): Scanned {
  const text = NUMBER.exec(source.slice(start))?.[0] ?? "";
  const end = start + text.length;
  const next = source[end];
  if (end < source.length && (IDENTIFIER_PART.test(next) || next === "." || next === "[")) {
    throw syntaxError(
      `Unexpected '${next}' after the number ${text}`,
      spanOf(source, end, end + 1)
    );
  }
  const value = Number(text);
  if (!Number.isFinite(value))
    throw syntaxError(`The number ${text} is too large`, spanOf(source, start, end));
  return { token: { kind: "number", value, span: spanOf(source, start, end) }, end };
}

/**
 * What stands between the opening character at `start` and the matching `close`, a doubled
 * `close` standing for itself: `""` inside text, `]]` inside a bracketed name.
 */
function readEnclosed(
  source: string,
  start: number,
  close: '"' | "]",
  missing: string
): { readonly text: string; readonly end: number } {
  let text = "";
  let i = start + 1;
  for (;;) {
    if (i >= source.length) throw syntaxError(missing, spanOf(source, start, source.length));
    if (source[i] === close) {
      if (source[i + 1] !== close) return { text, end: i + 1 };
      text += close;
      i += 2;
      continue;
    }
    text += source[i++];
  }
}

/** `"Retail"`, with `""` for a quote inside. */
function readString(source: string, start: number): Scanned {
  const { text, end } = readEnclosed(source, start, '"', "Missing '\"' to close the text");
  return { token: { kind: "string", value: text, span: spanOf(source, start, end) }, end };
}

/** One part of a name, plain (`Revenue`) or bracketed (`[Avg Margin %]`). */
function readNamePart(
  source: string,
  start: number
): { readonly text: string; readonly end: number } {
  if (source[start] === "[") {
    const part = readEnclosed(source, start, "]", "Missing ']' to close the name");
    if (part.text.trim() === "")
      throw syntaxError("Empty name in brackets", spanOf(source, start, part.end));
    return part;
  }
  let end = start + 1;
  while (end < source.length && IDENTIFIER_PART.test(source[end])) end++;
  return { text: source.slice(start, end), end };
}

/** A name, its parts joined by dots (`Series1.[Avg Margin %]`); bare when one plain part. */
function readName(source: string, start: number): Scanned {
  let part = readNamePart(source, start);
  const parts = [part.text];
  while (source[part.end] === ".") {
    const dot = part.end;
    const next = source[dot + 1] ?? "";
    if (next !== "[" && !IDENTIFIER_START.test(next)) {
      throw syntaxError("Expected a name after '.'", spanOf(source, dot, dot + 1));
    }
    part = readNamePart(source, dot + 1);
    parts.push(part.text);
  }
  const bare = parts.length === 1 && source[start] !== "[";
  const { end } = part;
  return {
    token: { kind: "name", name: parts.join("."), bare, span: spanOf(source, start, end) },
    end,
  };
}

/** `(`, `)`, `,` (or `;`, as in European Excel), and the operators, longest first. */
function readSymbol(source: string, start: number): Scanned {
  const c = source[start];
  const punctuation = c === ";" ? "," : c;
  if (punctuation === "(" || punctuation === ")" || punctuation === ",") {
    return { token: { kind: punctuation, span: spanOf(source, start, start + 1) }, end: start + 1 };
  }
  const op = OPERATORS.find((o) => source.startsWith(o, start));
  if (op) {
    const end = start + op.length;
    return { token: { kind: "operator", op, span: spanOf(source, start, end) }, end };
  }
  throw syntaxError(`Unexpected character '${c}'`, spanOf(source, start, start + 1));
}
