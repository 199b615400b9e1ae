/**
 * Raw cells shown to the user as a spreadsheet would show them: dates as YYYY-MM-DD, Excel date
 * serials with the date they stand for, errors as `#N/A`, long text shortened.
 */
import { isCellError, type CellValue } from "../../core/model/cells";

const MAX_LENGTH = 24;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** 45951 -> 2025-10-21 (1900 date system: serial 25569 is 1970-01-01). */
export function serialToIso(serial: number): string {
  return isoDate(new Date(Math.round((serial - 25569) * 86400) * 1000));
}

export function displayCell(value: CellValue, options: { dateColumn?: boolean } = {}): string {
  if (value === null) return "(blank)";
  if (isCellError(value)) return value.error;
  if (value instanceof Date) return isoDate(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    if (options.dateColumn && value > 0 && value < 2958466) return `${serialToIso(value)}`;
    return String(value);
  }
  const text = value.trim();
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
