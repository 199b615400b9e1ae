/**
 * Calendar helpers for the sample: Excel serial day numbers (1900 date system, valid from
 * 1900-03-01 on, where Excel's phantom 1900-02-29 no longer matters) and EDATE.
 */
const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Expected a date as YYYY-MM-DD, got '${iso}'.`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function serialFromParts(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH_UTC) / MS_PER_DAY);
}

export function isoToSerial(iso: string): number {
  const { year, month, day } = parseIsoDate(iso);
  return serialFromParts(year, month, day);
}

/** EDATE(date, months) as Excel computes it: calendar months, day clamped to the month's end. */
export function edateSerial(iso: string, months: number): number {
  const { year, month, day } = parseIsoDate(iso);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return serialFromParts(targetYear, targetMonth, Math.min(day, lastDay));
}

/** The JavaScript date at UTC midnight of a serial day, as exceljs writes date cells. */
export function serialToUtcDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_UTC + serial * MS_PER_DAY);
}
