/**
 * Wall-clock times (what a calendar and a clock on the wall show) and the instants they name in a
 * time zone. A schedule's start, `2025-10-21T11:01`, is a wall-clock time: "every week at 11:01"
 * stays 11:01 across a daylight-saving change, so periods are added to the wall clock, never to
 * the instant. Time zones are IANA names (`Europe/Berlin`) resolved by Intl, which both the
 * browser and Node carry; no zone data is bundled.
 */
import { daysInMonth } from "../model/excel-date";

export interface WallClock {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]` (the agent document's schedule.start); null when not one. */
export function parseWallClock(text: string): WallClock | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { year, month, day, hour, minute, second };
}

/** `YYYY-MM-DD HH:MM` as people read it in a sheet or a message. */
export function formatWallClock(wall: WallClock): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${String(wall.year).padStart(4, "0")}-${two(wall.month)}-${two(wall.day)} ${two(wall.hour)}:${two(wall.minute)}`;
}

/** The zone of the machine or browser running the code, e.g. `Europe/Berlin`. */
export function localTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** True when Intl knows the zone (a typo such as `Europe/Berln` is refused, not read as UTC). */
export function isTimeZone(name: string): boolean {
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** What a clock in the zone shows at the instant. */
export function wallClockAt(instant: Date, timeZone: string = localTimeZone()): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour === 24 ? 0 : parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

/** The wall clock read as if it were UTC, in ms: lets wall clocks be compared and shifted by days. */
function wallMs(wall: WallClock): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** Zone offset from UTC at an instant, in ms (east positive), whole seconds. */
function offsetAt(instantMs: number, timeZone: string): number {
  const whole = Math.floor(instantMs / 1000) * 1000;
  return wallMs(wallClockAt(new Date(whole), timeZone)) - whole;
}

/**
 * The instant a wall-clock time names in the zone. Around daylight-saving changes it does what
 * Temporal's "compatible" option and Excel users expect: a time that occurs twice (clocks go back)
 * is its first occurrence; a time that does not exist (clocks go forward) moves forward by the
 * gap (02:30 on a spring-forward night is 03:30).
 */
export function instantOf(wall: WallClock, timeZone: string = localTimeZone()): Date {
  const local = wallMs(wall);
  // Offsets a day either side cover any single transition near this time.
  const before = offsetAt(local - MS_PER_DAY, timeZone);
  const after = offsetAt(local + MS_PER_DAY, timeZone);
  const matches = [local - before, local - after].filter(
    (instant) => local === instant + offsetAt(instant, timeZone)
  );
  if (matches.length > 0) return new Date(Math.min(...matches));
  return new Date(local - before);
}

/** The wall clock moved by whole calendar days (time of day kept). */
export function addDays(wall: WallClock, days: number): WallClock {
  const shifted = new Date(wallMs(wall) + days * MS_PER_DAY);
  return {
    ...wall,
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

/**
 * The wall clock moved by calendar months like Excel's EDATE: the day is clamped to the target
 * month's end (Jan 31 + 1 month = Feb 28 or 29), always from the given day, never cumulatively.
 */
export function addMonths(wall: WallClock, months: number): WallClock {
  const index = wall.year * 12 + (wall.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { ...wall, year, month, day: Math.min(wall.day, daysInMonth(year, month)) };
}

/** Minutes between two wall clocks (b - a), ignoring any zone. */
export function wallMinutesBetween(a: WallClock, b: WallClock): number {
  return (wallMs(b) - wallMs(a)) / MS_PER_MINUTE;
}
