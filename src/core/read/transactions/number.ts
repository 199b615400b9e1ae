/**
 * Numbers as finance sheets hold them: real numbers, or text such as `1,234.56`, `1.234,56 €`,
 * `(1,234.00)`, `USD -5`, `1 234,56`.
 *
 * Which mark is the decimal separator is decided by the text's own pattern:
 * - Both `.` and `,` present: the last of them that occurs once is the decimal separator, the
 *   other one groups thousands (`1,234.56` and `1.234,56` are both 1234.56).
 * - One mark occurring several times groups thousands (`1,234,567`, `1.234.567`).
 * - One mark occurring once, with spaces or apostrophes grouping before it, is the decimal
 *   separator (`1 234,56`, `1'234.50`).
 * - A single `.` alone is the decimal separator (`1.234` is 1.234).
 * - A single `,` alone groups thousands when exactly three digits follow it and one to three
 *   digits (not starting with 0) precede it (`1,234` is 1234, as in English-language sheets);
 *   otherwise it is the decimal separator (`12,5` is 12.5, `0,125` is 0.125).
 * Thousands groups must be well formed (1-3 digits, then groups of exactly 3); `12,34.5` fails.
 * Spaces (also non-breaking and thin ones) and apostrophes only ever group thousands.
 *
 * Negatives: a leading or trailing minus (also U+2212) or parentheses. One currency symbol or
 * ISO code may stand before or after the amount. A percent sign is refused for money, since a
 * margin of "15%" is not an amount; plain numbers read it as a fraction (15% = 0.15).
 */
import type { CellValue } from "../../model/cells";
import { isCellError } from "../../model/cells";
import { excelErrorOf } from "./excel-errors";
import {
  ERROR_VALUE,
  NOT_A_NUMBER,
  NUMBER_OUT_OF_RANGE,
  PERCENT_NOT_MONEY,
  type Parsed,
} from "./failure";

/** `money` refuses percentages; `number` (extra measure columns) reads them as fractions. */
export type NumberKind = "money" | "number";

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

const CURRENCY = String.raw`[$€£¥₹₩₽₺₪₫₱]|[A-Za-z]{1,2}\$|[A-Za-z]{3}`;
const SIGN = String.raw`[+\-\u2212]`;
const FORMATTED_NUMBER = new RegExp(
  String.raw`^(\()?\s*(${SIGN})?\s*(${CURRENCY})?\s*(${SIGN})?\s*` +
    String.raw`(\d[\d.,'’\s]*|[.,]\d[\d.,'’\s]*)\s*(%)?\s*(${CURRENCY})?\s*(${SIGN})?\s*(\))?$`
);

/** ISO codes accepted next to an amount; a wider set would let words like "ABC 5" through. */
const CURRENCY_CODES: ReadonlySet<string> = new Set(
  (
    "USD EUR GBP JPY CHF CAD AUD NZD CNY HKD SGD SEK NOK DKK ISK PLN CZK HUF RON BGN INR BRL MXN " +
    "ARS CLP COP ZAR KRW TRY RUB ILS AED SAR THB MYR IDR PHP TWD VND"
  ).split(" ")
);

function isCurrencyMark(mark: string): boolean {
  if (mark.length === 1) return true;
  if (mark.endsWith("$")) return true;
  return CURRENCY_CODES.has(mark.toUpperCase());
}

/** Reads a number cell; null for a blank cell, a ParseFailure for anything unreadable. */
export function parseNumber(cell: CellValue | undefined, kind: NumberKind = "money"): Parsed {
  if (typeof cell === "number") return inRange(cell);
  if (typeof cell === "string") return parseNumberText(cell, kind);
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "object" && !(cell instanceof Date) && isCellError(cell)) return ERROR_VALUE;
  return NOT_A_NUMBER;
}

export function parseNumberText(raw: string, kind: NumberKind = "money"): Parsed {
  const text = raw.trim();
  if (text.length === 0) return null;
  if (PLAIN_NUMBER.test(text)) return inRange(Number(text));
  if (excelErrorOf(text) !== null) return ERROR_VALUE;
  const parsed = parseFormattedNumber(text, kind);
  return typeof parsed === "number" ? inRange(parsed) : parsed;
}

/** Infinity (`1e309`, 400 digits) and NaN are no amounts: refused, never summed as Infinity. */
function inRange(n: number): Parsed {
  if (Number.isFinite(n)) return n;
  return Number.isNaN(n) ? NOT_A_NUMBER : NUMBER_OUT_OF_RANGE;
}

function parseFormattedNumber(text: string, kind: NumberKind): Parsed {
  const parts = FORMATTED_NUMBER.exec(text);
  if (parts === null) return NOT_A_NUMBER;
  const [, open, sign1, currency1, sign2, core, percent, currency2, sign3, close] = parts;
  const parenthesised = open !== undefined;
  if (parenthesised !== (close !== undefined)) return NOT_A_NUMBER;
  const sign = sign1 ?? sign2 ?? sign3;
  const signCount = (sign1 ? 1 : 0) + (sign2 ? 1 : 0) + (sign3 ? 1 : 0);
  if (signCount > 1 || (parenthesised && signCount > 0)) return NOT_A_NUMBER;
  if (currency1 !== undefined && currency2 !== undefined) return NOT_A_NUMBER;
  const currency = currency1 ?? currency2;
  if (currency !== undefined && !isCurrencyMark(currency)) return NOT_A_NUMBER;
  if (percent !== undefined && (kind === "money" || currency !== undefined))
    return PERCENT_NOT_MONEY;

  const magnitude = readDigitGroups(core.trim());
  if (Number.isNaN(magnitude)) return NOT_A_NUMBER;
  const negative = parenthesised || (sign !== undefined && sign !== "+");
  const value = negative ? -magnitude : magnitude;
  return percent !== undefined ? value / 100 : value;
}

function separatorOf(ch: string): string | null {
  switch (ch) {
    case ".":
    case ",":
      return ch;
    case "'":
    case "’":
      return "'";
    default:
      return /\s/.test(ch) ? " " : null;
  }
}

/** `1,234` reads as one thousand two hundred thirty-four (see the rule at the top). */
function looksLikeThousandsGroup(head: string, tail: string): boolean {
  return tail.length === 3 && head.length >= 1 && head.length <= 3 && head[0] !== "0";
}

/** Digits with separators (no sign, no currency) -> the magnitude, or NaN. */
function readDigitGroups(core: string): number {
  const runs: string[] = [];
  const separators: string[] = [];
  let start = 0;
  for (let i = 0; i < core.length; i++) {
    const ch = core[i];
    if (ch >= "0" && ch <= "9") continue;
    const separator = separatorOf(ch);
    if (separator === null) return NaN;
    runs.push(core.slice(start, i));
    separators.push(separator);
    start = i + 1;
  }
  runs.push(core.slice(start));
  if (separators.length === 0) return Number(core);

  const last = separators[separators.length - 1];
  let decimal = false;
  if (last === "." || last === ",") {
    const occurrences = separators.filter((s) => s === last).length;
    if (occurrences === 1) {
      if (separators.length > 1 || last === ".") decimal = true;
      else decimal = !looksLikeThousandsGroup(runs[0], runs[1]);
    }
  }

  const groupSeparators = decimal ? separators.length - 1 : separators.length;
  for (let i = 0; i < groupSeparators; i++) {
    if (separators[i] !== separators[0]) return NaN;
  }
  if (groupSeparators > 0) {
    if (runs[0].length < 1 || runs[0].length > 3) return NaN;
    for (let i = 1; i <= groupSeparators; i++) {
      if (runs[i].length !== 3) return NaN;
    }
  }
  const integer = runs.slice(0, groupSeparators + 1).join("");
  if (!decimal) return integer.length > 0 ? Number(integer) : NaN;
  const fraction = runs[groupSeparators + 1];
  if (fraction.length === 0) return NaN;
  return Number(`${integer || "0"}.${fraction}`);
}
