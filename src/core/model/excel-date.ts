/**
 * Excel's 1900 date system: serial 1 = 1900-01-01, and serial 60 is 1900-02-29, a day that never
 * existed (Lotus 1-2-3 treated 1900 as a leap year and Excel kept the bug for compatibility).
 * So serials from 61 (1900-03-01) on are one more than the plain day count since 1899-12-31.
 * All dates here are calendar dates without a time zone; a fraction of a serial is the time of day.
 */

export interface YearMonthDay {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  /** 1..31 */
  readonly day: number;
}

/** 1899-12-30 counted from 1970-01-01: Excel serial 0 after the leap-year correction. */
const SERIAL_EPOCH_UNIX_DAYS = -25569;
export const MS_PER_DAY = 86_400_000;
/** Serial of the fictitious 1900-02-29. */
export const FICTITIOUS_LEAP_DAY_SERIAL = 60;
/** 9999-12-31, the last day Excel can show. */
export const MAX_EXCEL_SERIAL = 2_958_465;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

/** A real calendar date Excel can hold (1900-01-01 .. 9999-12-31); 1900-02-29 is not one. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1900 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function unixDaysFromYmd(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of unixDaysFromYmd (H. Hinnant's civil_from_days). */
function ymdFromUnixDays(unixDays: number): YearMonthDay {
  const z = unixDays + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/**
 * Excel serial of a calendar date. Accepts 1900-02-29 (serial 60) so that Excel's own serials
 * round-trip; throws RangeError for any other date that does not exist or that Excel cannot hold.
 */
export function serialFromYmd(year: number, month: number, day: number): number {
  if (year === 1900 && month === 2 && day === 29) return FICTITIOUS_LEAP_DAY_SERIAL;
  if (!isValidYmd(year, month, day)) {
    throw new RangeError(`Not a date Excel can hold: ${year}-${month}-${day}`);
  }
  const serial = unixDaysFromYmd(year, month, day) - SERIAL_EPOCH_UNIX_DAYS;
  return serial <= FICTITIOUS_LEAP_DAY_SERIAL ? serial - 1 : serial;
}

/** Calendar date of a serial (its fraction, the time of day, is ignored). */
export function ymdFromSerial(serial: number): YearMonthDay {
  const whole = Math.floor(serial);
  if (!(whole >= 1 && whole <= MAX_EXCEL_SERIAL)) {
    throw new RangeError(`Not an Excel date serial (1..${MAX_EXCEL_SERIAL}): ${serial}`);
  }
  if (whole === FICTITIOUS_LEAP_DAY_SERIAL) return { year: 1900, month: 2, day: 29 };
  const days = whole < FICTITIOUS_LEAP_DAY_SERIAL ? whole + 1 : whole;
  return ymdFromUnixDays(days + SERIAL_EPOCH_UNIX_DAYS);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** `YYYY-MM-DD` of a serial's day. */
export function isoFromSerial(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** `YYYY-MM-DDTHH:MM:SS`, the time rounded to the second. */
export function isoDateTimeFromSerial(serial: number): string {
  let whole = Math.floor(serial);
  let seconds = Math.round((serial - whole) * 86_400);
  if (seconds === 86_400) {
    whole += 1;
    seconds = 0;
  }
  const hh = Math.floor(seconds / 3600);
  const mm = Math.floor((seconds % 3600) / 60);
  const ss = seconds % 60;
  return `${isoFromSerial(whole)}T${pad(hh, 2)}:${pad(mm, 2)}:${pad(ss, 2)}`;
}

/**
 * Serial of a JavaScript Date read by a file reader. Readers such as exceljs put a date cell's
 * wall-clock value at UTC (a plain date is UTC midnight), so the UTC fields are the sheet's
 * fields. Returns NaN for an invalid Date. No range check; callers decide what is plausible.
 */
export function serialFromUtcDate(date: Date): number {
  const serial = date.getTime() / MS_PER_DAY - SERIAL_EPOCH_UNIX_DAYS;
  // Before 1900-03-01 the serials do not include the fictitious leap day.
  return serial < FICTITIOUS_LEAP_DAY_SERIAL + 1 ? serial - 1 : serial;
}

/** The inverse of serialFromUtcDate: the Date a file writer stores for a serial (UTC wall clock). */
export function utcDateFromSerial(serial: number): Date {
  const days = serial < FICTITIOUS_LEAP_DAY_SERIAL + 1 ? serial + 1 : serial;
  return new Date((days + SERIAL_EPOCH_UNIX_DAYS) * MS_PER_DAY);
}

/** The time of day as a fraction of a day. */
export function dayFraction(hours: number, minutes: number, seconds: number): number {
  return (hours * 3600 + minutes * 60 + seconds) / 86_400;
}
