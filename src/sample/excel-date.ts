/**
 * The sample's calendar, in the engine's own terms: Excel serials from the parser's date module
 * and EDATE from the window filter, so the generator and the engine cannot disagree on a day.
 */
import { edate } from "../core/compute/filters/window";
import { utcDateFromSerial } from "../core/model/excel-date";
import { serialFromIsoDate } from "../core/read/anchor";

export function isoToSerial(iso: string): number {
  const serial = serialFromIsoDate(iso);
  if (serial === null) throw new Error(`Expected a date as YYYY-MM-DD, got '${iso}'.`);
  return serial;
}

/** EDATE(date, months) as Excel computes it: calendar months, day clamped to the month's end. */
export function edateSerial(iso: string, months: number): number {
  return edate(isoToSerial(iso), months);
}

/** The JavaScript date at UTC midnight of a serial day, as exceljs writes date cells. */
export function serialToUtcDate(serial: number): Date {
  return utcDateFromSerial(serial);
}
