import { serialFromYmd } from "../model/excel-date";
import { AgentInputError } from "../model/errors";

/** Today's date as an Excel serial, by the local calendar (a finance user's "today"). */
export function todaySerial(today: Date): number {
  return serialFromYmd(today.getFullYear(), today.getMonth() + 1, today.getDate());
}

/** Serial of a `YYYY-MM-DD` date, or null when the text is not one or the day does not exist. */
export function serialFromIsoDate(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  try {
    return serialFromYmd(Number(match[1]), Number(match[2]), Number(match[3]));
  } catch {
    return null;
  }
}

/** The anchor date A (SPEC, "Filters": default today, configurable). */
export function anchorSerialOf(anchorDate: string | null, today: Date): number {
  if (anchorDate === null || anchorDate.trim() === "") return todaySerial(today);
  const serial = serialFromIsoDate(anchorDate);
  if (serial === null)
    throw new AgentInputError(
      `Anchor date "${anchorDate}" is not a date; expected YYYY-MM-DD, e.g. 2025-10-21.`
    );
  return serial;
}
