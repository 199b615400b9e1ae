/**
 * Dates as transaction sheets hold them, read to an Excel serial day number (time of day as the
 * fraction): serial numbers, Date objects from file readers, ISO text and common locale text.
 *
 * Text forms (English month names; an optional leading weekday and trailing time are allowed):
 * - ISO `2024-10-21`, `2024-10-21T11:01:00`, with or without `Z` or an offset. The date and
 *   time are taken as written and the zone is ignored: a pricing date is a day in the books,
 *   not an instant, and shifting it to UTC would move late-evening lines to the next day.
 * - `2024/10/21`, `2024.10.21`, and compact `20241021` (ERP exports): year first, always Y-M-D.
 * - `21.10.2024`: dots are the day-first convention of the countries that use them, always D.M.Y.
 * - `10/21/2024`, `21/10/2024`, `21-10-2024`: order decided per column (see date-order.ts).
 * - `21-Oct-2024`, `21 October 2024`, `Oct 21, 2024`, `October 21st 2024`.
 * - A plain number as text (`45586`), read as a serial like a number cell.
 * Two-digit years follow Excel: 00-29 are 2000-2029, 30-99 are 1930-1999.
 * Serials outside 1900-01-01 .. 9999-12-31 are refused as implausible, as are impossible dates
 * such as 31/02/2024 or 1900-02-29.
 */
import type { CellValue } from "../../model/cells";
import { isCellError } from "../../model/cells";
import type { DateOrder } from "./date-order";
import {
  dayFraction,
  isValidYmd,
  MAX_EXCEL_SERIAL,
  serialFromUtcDate,
  serialFromYmd,
} from "../../model/excel-date";
import { excelErrorOf } from "./excel-errors";
import {
  DATE_OUT_OF_RANGE,
  ERROR_VALUE,
  IMPOSSIBLE_DATE,
  NOT_A_DATE,
  type Parsed,
} from "./failure";

/** A numeric date whose day/month order depends on its column, e.g. 03/04/2024. */
export interface OrderDependentDate {
  first: number;
  second: number;
  year: number;
  /** Time of day as a fraction of a day. */
  time: number;
}

export const ORDER_DEPENDENT = "orderDependent";

const TIME =
  String.raw`(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([AaPp])\.?[Mm]\.?)?)?` +
  String.raw`\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?`;
const ISO_DATE = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const PLAIN_SERIAL = /^\d+(?:\.\d+)?$/;
const DAY_MONTH_NAME = new RegExp(
  String.raw`^(\d{1,2})(?:st|nd|rd|th)?[\s./-]*([A-Za-z]{3,9})\.?,?[\s./-]*(\d{4}|\d{2})${TIME}$`
);
const MONTH_NAME_DAY = new RegExp(
  String.raw`^([A-Za-z]{3,9})\.?[\s./-]*(\d{1,2})(?:st|nd|rd|th)?,?[\s./-]*(\d{4})${TIME}$`
);
const WEEKDAY_PREFIX = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** 1..12 for a month name or an abbreviation of at least three letters, else 0. */
function monthFromName(word: string): number {
  const lower = word.toLowerCase();
  for (let i = 0; i < MONTH_NAMES.length; i++) {
    if (MONTH_NAMES[i].startsWith(lower)) return i + 1;
  }
  return 0;
}

function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length > 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function inSerialRange(serial: number): Parsed {
  return serial >= 1 && serial < MAX_EXCEL_SERIAL + 1 ? serial : DATE_OUT_OF_RANGE;
}

/**
 * Time of day from the TIME groups starting at `at`, or -1 when the time is not a real one.
 * Absent groups mean midnight.
 */
function timeOf(groups: RegExpExecArray, at: number): number {
  const hourText = groups[at];
  if (hourText === undefined) return 0;
  let hours = Number(hourText);
  const minutes = Number(groups[at + 1]);
  const seconds = groups[at + 2] === undefined ? 0 : Number(groups[at + 2]);
  const meridiem = groups[at + 3];
  if (meridiem !== undefined) {
    if (hours < 1 || hours > 12) return -1;
    const pm = meridiem === "p" || meridiem === "P";
    hours = (hours % 12) + (pm ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return -1;
  return dayFraction(hours, minutes, seconds);
}

function serialOf(year: number, month: number, day: number, time: number): Parsed {
  if (year < 1900 || year > 9999) return DATE_OUT_OF_RANGE;
  if (time < 0 || !isValidYmd(year, month, day)) return IMPOSSIBLE_DATE;
  return serialFromYmd(year, month, day) + time;
}

/** A numeric date read in the given day/month order. */
export function resolveOrderDependentDate(date: OrderDependentDate, order: DateOrder): Parsed {
  const month = order === "MDY" ? date.first : date.second;
  const day = order === "MDY" ? date.second : date.first;
  return serialOf(date.year, month, day, date.time);
}

/**
 * Reads a date cell. For a numeric text date whose order depends on the column it fills
 * `pending` and returns ORDER_DEPENDENT, so that the caller can decide the order per column.
 */
export function readDateCell(
  cell: CellValue | undefined,
  pending: OrderDependentDate
): Parsed | typeof ORDER_DEPENDENT {
  if (typeof cell === "number") return Number.isFinite(cell) ? inSerialRange(cell) : NOT_A_DATE;
  if (typeof cell === "string") return readDateText(cell, pending);
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) {
    const serial = serialFromUtcDate(cell);
    return Number.isNaN(serial) ? NOT_A_DATE : inSerialRange(serial);
  }
  if (typeof cell === "object" && isCellError(cell)) return ERROR_VALUE;
  return NOT_A_DATE;
}

function readDateText(raw: string, pending: OrderDependentDate): Parsed | typeof ORDER_DEPENDENT {
  let text = raw.trim();
  if (text.length === 0) return null;
  const firstChar = text.charCodeAt(0);
  if (firstChar === 35 /* "#" */) return excelErrorOf(text) !== null ? ERROR_VALUE : NOT_A_DATE;
  if (firstChar >= 48 && firstChar <= 57) return readDigitFirstDate(text, pending);

  text = text.replace(WEEKDAY_PREFIX, "");
  let groups = MONTH_NAME_DAY.exec(text);
  if (groups !== null) {
    const month = monthFromName(groups[1]);
    if (month === 0) return NOT_A_DATE;
    return serialOf(Number(groups[3]), month, Number(groups[2]), timeOf(groups, 4));
  }
  groups = DAY_MONTH_NAME.exec(text);
  if (groups !== null) return dayMonthNameDate(groups);
  return NOT_A_DATE;
}

function dayMonthNameDate(groups: RegExpExecArray): Parsed {
  const month = monthFromName(groups[2]);
  if (month === 0) return NOT_A_DATE;
  return serialOf(fullYear(groups[3]), month, Number(groups[1]), timeOf(groups, 4));
}

function readDigitFirstDate(
  text: string,
  pending: OrderDependentDate
): Parsed | typeof ORDER_DEPENDENT {
  let groups = ISO_DATE.exec(text);
  if (groups !== null) {
    return serialOf(Number(groups[1]), Number(groups[2]), Number(groups[3]), timeOf(groups, 4));
  }
  groups = NUMERIC.exec(text);
  if (groups !== null) {
    const first = Number(groups[1]);
    const second = Number(groups[3]);
    const year = fullYear(groups[4]);
    const time = timeOf(groups, 5);
    if (groups[2] === ".") return serialOf(year, second, first, time);
    pending.first = first;
    pending.second = second;
    pending.year = year;
    pending.time = time;
    return ORDER_DEPENDENT;
  }
  groups = YEAR_FIRST.exec(text);
  if (groups !== null) {
    return serialOf(Number(groups[1]), Number(groups[3]), Number(groups[4]), timeOf(groups, 5));
  }
  groups = COMPACT.exec(text);
  if (groups !== null) return serialOf(Number(groups[1]), Number(groups[2]), Number(groups[3]), 0);
  if (PLAIN_SERIAL.test(text)) return inSerialRange(Number(text));
  groups = DAY_MONTH_NAME.exec(text);
  if (groups !== null) return dayMonthNameDate(groups);
  return NOT_A_DATE;
}

/**
 * Reads one date cell on its own. Numeric text dates such as 03/04/2024 are read in `order`;
 * a whole column should go through the transaction parser, which decides the order from the
 * column's values.
 */
export function parseDate(cell: CellValue | undefined, order: DateOrder = "MDY"): Parsed {
  const pending: OrderDependentDate = { first: 0, second: 0, year: 0, time: 0 };
  const parsed = readDateCell(cell, pending);
  return parsed === ORDER_DEPENDENT ? resolveOrderDependentDate(pending, order) : parsed;
}
