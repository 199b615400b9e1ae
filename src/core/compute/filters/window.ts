import type { DateWindow } from "../../model/document";
import { AgentInputError } from "../../model/errors";
import { daysInMonth, isoFromSerial, serialFromYmd, ymdFromSerial } from "../../model/excel-date";

/** Excel's first date (serial 1): a window cannot start before it. */
const FIRST_EXCEL_YEAR = 1900;

/**
 * A date window as Excel serial day bounds: fromExclusive < day <= to (SPEC, "Filters":
 * EDATE(A, -N) < PricingDate <= A). Days are compared whole, so a line priced at 15:00 on the
 * anchor day is inside the window, as a finance user would expect.
 */
export interface SerialWindow {
  readonly fromExclusive: number;
  readonly to: number;
}

/** Excel's EDATE: the same day N calendar months away, clamped to the end of a shorter month. */
export function edate(serial: number, months: number): number {
  const { year, month, day } = ymdFromSerial(serial);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  const lastDay = daysInMonth(targetYear, targetMonth);
  return serialFromYmd(targetYear, targetMonth, Math.min(day, lastDay));
}

/**
 * Throws AgentInputError when the window would start before 1900-01-01 (an anchor date such as
 * 1900-01-01, or a long window or offset): Excel holds no earlier date, and the run must end with
 * a message that names the fix rather than an internal date error.
 */
export function serialWindow(anchorSerial: number, window: DateWindow): SerialWindow {
  const offset = window.offsetMonths ?? 0;
  const { year, month } = ymdFromSerial(anchorSerial);
  const quarters = window.calendar === "quarter";
  const endIndex = quarters ? quarterEndIndex(anchorSerial) : year * 12 + (month - 1);
  if (endIndex - (offset + window.months) < FIRST_EXCEL_YEAR * 12) {
    const reach =
      offset > 0 ? `${window.months} months, ${offset} months back,` : `${window.months} months`;
    throw new AgentInputError(
      `A date window of ${reach} before the anchor date ${isoFromSerial(anchorSerial)} would start before 1900-01-01, the first date Excel holds; set a later anchor date or a shorter window.`
    );
  }
  if (quarters) {
    return {
      fromExclusive: monthEnd(endIndex - offset - window.months),
      to: monthEnd(endIndex - offset),
    };
  }
  return {
    fromExclusive: edate(anchorSerial, -(offset + window.months)),
    to: edate(anchorSerial, -offset),
  };
}

/**
 * Whole calendar quarters (DateWindow.calendar): the month index (year * 12 + month - 1) of the
 * last complete quarter on or before the anchor, so a quarter's figures are never part of a
 * quarter; an anchor on a quarter's last day completes that quarter. The bounds are month ends
 * (Excel's EOMONTH), not EDATE, which keeps the day: EDATE(2025-09-30, -1) is 2025-08-30.
 */
function quarterEndIndex(anchorSerial: number): number {
  const { year, month, day } = ymdFromSerial(anchorSerial);
  const quarterEnd = Math.ceil(month / 3) * 3;
  const complete = month === quarterEnd && day === daysInMonth(year, month);
  return year * 12 + (quarterEnd - 1) - (complete ? 0 : 3);
}

/** The last day of the month with index year * 12 + (month - 1). */
function monthEnd(monthIndex: number): number {
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return serialFromYmd(year, month, daysInMonth(year, month));
}

export function isInWindow(daySerial: number, window: SerialWindow): boolean {
  const day = Math.floor(daySerial);
  return day > window.fromExclusive && day <= window.to;
}

export function describeWindow(window: SerialWindow): { fromExclusive: string; to: string } {
  return { fromExclusive: isoFromSerial(window.fromExclusive), to: isoFromSerial(window.to) };
}
