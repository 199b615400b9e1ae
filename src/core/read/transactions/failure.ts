/**
 * Why a cell could not be read, as a value rather than an exception: parsing runs per cell over
 * a million rows, and callers turn a failure into a data-quality example ("expected a number").
 * Failures are shared constants, so a failed cell allocates nothing.
 */

export interface ParseFailure {
  /** `errorValue`: the cell holds an Excel error; `invalid`: anything else unreadable. */
  readonly failure: "invalid" | "errorValue";
  /** What the cell should have held, in plain words, e.g. "a number". */
  readonly expected: string;
}

/** A parsed cell: the value, null for a blank cell, or why it could not be read. */
export type Parsed = number | null | ParseFailure;

function failure(kind: ParseFailure["failure"], expected: string): ParseFailure {
  return Object.freeze({ failure: kind, expected });
}

export const ERROR_VALUE = failure("errorValue", "a value, not an Excel error");
/**
 * A formula saved without its result (a file written by a program that does not calculate) is not
 * one of Excel's errors: the message says how to get the value. Shared by every table reader.
 */
export const NO_RESULT_EXPECTED =
  "a saved value; open the file in Excel and save it, so its formulas' results are stored";
export const NOT_A_NUMBER = failure("invalid", "a number");
/** `1e309` reads as Infinity in binary floating point: no workbook holds it, so it is refused. */
export const NUMBER_OUT_OF_RANGE = failure(
  "invalid",
  "a number a workbook can hold (at most about 1.8E+308 either way)"
);
export const PERCENT_NOT_MONEY = failure("invalid", "an amount of money, not a percentage");
export const NOT_A_DATE = failure(
  "invalid",
  "a date (Excel date, 2024-10-21, 10/21/2024 or 21-Oct-2024)"
);
export const DATE_OUT_OF_RANGE = failure("invalid", "a date between 1900-01-01 and 9999-12-31");
export const IMPOSSIBLE_DATE = failure("invalid", "a date that exists in the calendar");

export function isParseFailure(parsed: Parsed): parsed is ParseFailure {
  return parsed !== null && typeof parsed === "object";
}
