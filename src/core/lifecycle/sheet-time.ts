/**
 * Times in lifecycle sheets are Excel serials of the wall clock in the schedule's time zone, so a
 * team reads 11:01 where the agent was scheduled for 11:01; the Run Log also keeps the exact UTC
 * instant as text, which is what later runs read back.
 */
import type { CellValue } from "../model/cells";
import { dayFraction, serialFromUtcDate, serialFromYmd, ymdFromSerial } from "../model/excel-date";
import { instantOf, parseWallClock, wallClockAt } from "./wall-clock";

/** Serial (day and time of day) of the instant's wall clock in the zone. */
export function serialAt(instant: Date, timeZone: string): number {
  const wall = wallClockAt(instant, timeZone);
  return (
    serialFromYmd(wall.year, wall.month, wall.day) +
    dayFraction(wall.hour, wall.minute, wall.second)
  );
}

/** Serial of the instant's calendar day in the zone (the "run date" of actions and due dates). */
export function dateSerialAt(instant: Date, timeZone: string): number {
  return Math.floor(serialAt(instant, timeZone));
}

/** The instant a wall-clock serial names in the zone. */
export function instantOfSerial(serial: number, timeZone: string): Date {
  let whole = Math.floor(serial);
  let seconds = Math.round((serial - whole) * 86_400);
  if (seconds === 86_400) {
    whole += 1;
    seconds = 0;
  }
  const { year, month, day } = ymdFromSerial(whole);
  const wall = {
    year,
    month,
    day,
    hour: Math.floor(seconds / 3600),
    minute: Math.floor((seconds % 3600) / 60),
    second: seconds % 60,
  };
  return instantOf(wall, timeZone);
}

/**
 * A date cell as a serial: a number as it is (Office.js gives serials), a JavaScript date from a
 * file reader (its UTC fields are the sheet's), or ISO text typed by a user (`2025-11-30`,
 * `2025-11-30 09:00`). Anything else is not a date: null.
 */
export function serialFromCell(value: CellValue | undefined): number | null {
  if (typeof value === "number") return Number.isFinite(value) && value >= 1 ? value : null;
  if (value instanceof Date) {
    const serial = serialFromUtcDate(value);
    return Number.isFinite(serial) && serial >= 1 ? serial : null;
  }
  if (typeof value === "string") {
    const wall = parseWallClock(value);
    if (!wall) return null;
    return (
      serialFromYmd(wall.year, wall.month, wall.day) +
      dayFraction(wall.hour, wall.minute, wall.second)
    );
  }
  return null;
}
