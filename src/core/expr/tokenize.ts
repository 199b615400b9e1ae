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

export function tokenize(source: string): Token[] {
  const span = (start: number, end: number): Span => ({ start, end, source });
  if (source.length > MAX_FORMULA_LENGTH) {
    throw syntaxError(
      `The formula is longer than ${MAX_FORMULA_LENGTH} characters`,
      span(MAX_FORMULA_LENGTH, source.length)
    );
  }
  const tokens: Token[] = [];
  let i = 0;

  const skipWhitespace = () => {
    while (i < source.length && WHITESPACE.test(source[i])) i++;
  };

  skipWhitespace();
  if (source[i] === "=") {
    i++; // Excel users start formulas with `=`.
  }

  /** One part of a name, plain or bracketed; returns its text and moves past it. */
  const readNamePart = (): string => {
    if (source[i] === "[") {
      const start = i;
      let text = "";
      i++;
      for (;;) {
        if (i >= source.length)
          throw syntaxError("Missing ']' to close the name", span(start, source.length));
        if (source[i] === "]") {
          if (source[i + 1] === "]") {
            text += "]";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += source[i++];
      }
      if (text.trim() === "") throw syntaxError("Empty name in brackets", span(start, i));
      return text;
    }
    const start = i;
    i++;
    while (i < source.length && IDENTIFIER_PART.test(source[i])) i++;
    return source.slice(start, i);
  };

  for (;;) {
    skipWhitespace();
    if (i >= source.length) {
      tokens.push({ kind: "end", span: span(source.length, source.length) });
      return tokens;
    }
    const start = i;
    const c = source[i];

    if (DIGIT.test(c) || (c === "." && DIGIT.test(source[i + 1] ?? ""))) {
      const text = NUMBER.exec(source.slice(i))?.[0] ?? "";
      i += text.length;
      if (
        i < source.length &&
        (IDENTIFIER_PART.test(source[i]) || source[i] === "." || source[i] === "[")
      ) {
        throw syntaxError(`Unexpected '${source[i]}' after the number ${text}`, span(i, i + 1));
      }
      const value = Number(text);
      if (!Number.isFinite(value))
        throw syntaxError(`The number ${text} is too large`, span(start, i));
      tokens.push({ kind: "number", value, span: span(start, i) });
      continue;
    }

    if (c === '"') {
      let value = "";
      i++;
      for (;;) {
        if (i >= source.length)
          throw syntaxError("Missing '\"' to close the text", span(start, source.length));
        if (source[i] === '"') {
          if (source[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += source[i++];
      }
      tokens.push({ kind: "string", value, span: span(start, i) });
      continue;
    }

    if (c === "[" || IDENTIFIER_START.test(c)) {
      const parts = [readNamePart()];
      let bare = c !== "[";
      while (source[i] === ".") {
        const next = source[i + 1] ?? "";
        if (next !== "[" && !IDENTIFIER_START.test(next)) {
          throw syntaxError("Expected a name after '.'", span(i, i + 1));
        }
        i++;
        parts.push(readNamePart());
        bare = false;
      }
      tokens.push({ kind: "name", name: parts.join("."), bare, span: span(start, i) });
      continue;
    }

    if (c === "(" || c === ")") {
      i++;
      tokens.push({ kind: c, span: span(start, i) });
      continue;
    }
    if (c === "," || c === ";") {
      i++;
      tokens.push({ kind: ",", span: span(start, i) });
      continue;
    }

    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (op) {
      i += op.length;
      tokens.push({ kind: "operator", op, span: span(start, i) });
      continue;
    }

    throw syntaxError(`Unexpected character '${c}'`, span(start, start + 1));
  }
}
