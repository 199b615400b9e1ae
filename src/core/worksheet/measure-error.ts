/**
 * What a worksheet function returns instead of a number when it cannot give one: Excel's own
 * error values, as plain data so the core stays free of Office. The custom-functions wrapper maps
 * each to `CustomFunctions.Error`; the sample-workbook writer to an exceljs error cell.
 *
 * Where the engine writes a blank (a ratio whose denominator is 0, SPEC "blank when Revenue is
 * 0"), a worksheet function returns #DIV/0! as Excel's own division does: a formula cell has no
 * "blank" to return, and an error stops a later sum from silently treating it as 0.
 */

export type MeasureErrorCode = "#DIV/0!" | "#VALUE!" | "#N/A" | "#NUM!";

export interface MeasureError {
  readonly kind: "error";
  readonly code: MeasureErrorCode;
  /**
   * What went wrong and how to fix it. Excel shows messages only on #VALUE! and #N/A (in the
   * cell's error menu); the others carry one for tests and logs.
   */
  readonly message: string;
}

export function measureError(code: MeasureErrorCode, message: string): MeasureError {
  return { kind: "error", code, message };
}

export function isMeasureError(value: unknown): value is MeasureError {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { kind?: unknown }).kind === "error" &&
    typeof (value as { code?: unknown }).code === "string"
  );
}

export function divisionByZero(message: string): MeasureError {
  return measureError("#DIV/0!", message);
}

/** A number that no real account or rate produces (Infinity, a rate of -100% or below, ...). */
export function invalidNumber(message: string): MeasureError {
  return measureError("#NUM!", message);
}

export function invalidValue(message: string): MeasureError {
  return measureError("#VALUE!", message);
}

export function notAvailable(message: string): MeasureError {
  return measureError("#N/A", message);
}

/** A finite result as itself (-0 as 0, which Excel does not have), anything else #NUM!. */
export function finiteResult(value: number, what: string): number | MeasureError {
  return value - value === 0
    ? value + 0
    : invalidNumber(`${what} is too large to compute (beyond Excel's number range).`);
}
