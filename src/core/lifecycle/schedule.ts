/**
 * When the agent runs (SPEC, "Schedule: start date, period (day, week, month, year), interval
 * (0 = one-off run)").
 *
 * - The start is a wall-clock time in one time zone: the zone recorded when the agent was
 *   submitted (see approval.ts), else the zone of the machine running it. Passing the zone keeps
 *   a team in several zones on the same instants.
 * - Run k is start + k x interval periods, computed from the start every time, never from the run
 *   before: months clamp like EDATE (Jan 31 monthly: Feb 28 or 29, then Mar 31), a yearly Feb 29
 *   start runs on Feb 28 in other years, and the time of day stays put across daylight saving.
 * - Interval 0 is a single run at the start.
 * - Catch-up: however many runs were missed, one run is due (for the latest of them).
 */
import type { SchedulePeriod, ScheduleDefinition } from "../model/document";
import { AgentInputError } from "../model/errors";
import {
  addDays,
  addMonths,
  formatWallClock,
  instantOf,
  isTimeZone,
  localTimeZone,
  parseWallClock,
  wallClockAt,
  type WallClock,
} from "./wall-clock";

export interface DueRun {
  /** True when a scheduled run has come and no run has filled it yet. */
  readonly due: boolean;
  /** The scheduled time this run fills (the latest one due); null when not due. */
  readonly scheduledFor: Date | null;
  /** Scheduled times skipped by catching up once (0 when the run is on time). */
  readonly missed: number;
  /** The next scheduled time after now; null when none is left (a one-off run already due or past). */
  readonly nextAt: Date | null;
}

/** Average period lengths, only to guess a run's index before stepping to the exact one. */
const APPROX_PERIOD_MS: Record<SchedulePeriod, number> = {
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30.436875 * 86_400_000,
  year: 365.2425 * 86_400_000,
};

/** The schedule's start as a wall clock; a message the user can act on when it is not one. */
export function scheduleStart(schedule: ScheduleDefinition): WallClock {
  const start = parseWallClock(schedule.start);
  if (!start)
    throw new AgentInputError(
      `Schedule start "${schedule.start}" is not a date and time; expected YYYY-MM-DDTHH:MM, e.g. 2025-10-21T11:01.`
    );
  if (!Number.isInteger(schedule.interval) || schedule.interval < 0) {
    throw new AgentInputError(
      `Schedule interval ${schedule.interval} must be a whole number of periods, 0 for a single run.`
    );
  }
  return start;
}

function zoneOf(timeZone: string | undefined): string {
  if (timeZone === undefined || timeZone === "") return localTimeZone();
  if (!isTimeZone(timeZone))
    throw new AgentInputError(
      `Time zone "${timeZone}" is unknown; expected an IANA name such as Europe/Berlin or America/New_York.`
    );
  return timeZone;
}

/** Wall clock of run k (k = 0 is the start). */
export function runWallClock(schedule: ScheduleDefinition, k: number): WallClock {
  const start = scheduleStart(schedule);
  const steps = k * schedule.interval;
  switch (schedule.period) {
    case "day":
      return addDays(start, steps);
    case "week":
      return addDays(start, 7 * steps);
    case "month":
      return addMonths(start, steps);
    case "year":
      return addMonths(start, 12 * steps);
  }
}

function runInstant(schedule: ScheduleDefinition, k: number, zone: string): number {
  return instantOf(runWallClock(schedule, k), zone).getTime();
}

/** Index of the latest run at or before the instant; -1 before the start. */
function lastIndexAtOrBefore(
  schedule: ScheduleDefinition,
  instantMs: number,
  zone: string
): number {
  const start = runInstant(schedule, 0, zone);
  if (instantMs < start) return -1;
  if (schedule.interval === 0) return 0;
  let k = Math.max(
    0,
    Math.floor((instantMs - start) / (APPROX_PERIOD_MS[schedule.period] * schedule.interval))
  );
  while (k > 0 && runInstant(schedule, k, zone) > instantMs) k--;
  while (runInstant(schedule, k + 1, zone) <= instantMs) k++;
  return k;
}

function lastIndex(schedule: ScheduleDefinition): number {
  return schedule.interval === 0 ? 0 : Number.POSITIVE_INFINITY;
}

/** The next `count` scheduled times strictly after `after` (fewer when the schedule ends). */
export function nextRuns(
  schedule: ScheduleDefinition,
  after: Date,
  count: number,
  timeZone?: string
): Date[] {
  const zone = zoneOf(timeZone);
  const runs: Date[] = [];
  const first = lastIndexAtOrBefore(schedule, after.getTime(), zone) + 1;
  for (let k = first; runs.length < count && k <= lastIndex(schedule); k++)
    runs.push(new Date(runInstant(schedule, k, zone)));
  return runs;
}

/** The next `count` scheduled times after `after`, as the zone's wall clock (`2025-10-28 09:00`). */
export function upcomingRuns(
  schedule: ScheduleDefinition,
  after: Date,
  count: number,
  timeZone: string
): string[] {
  return nextRuns(schedule, after, count, timeZone).map((d) =>
    formatWallClock(wallClockAt(d, timeZone))
  );
}

/**
 * Whether a scheduled run is due now, given when the agent last ran (any completed run fills the
 * scheduled times before it). Several missed times give one run, for the latest of them.
 */
export function dueRun(
  schedule: ScheduleDefinition,
  lastRunAt: Date | null,
  now: Date,
  timeZone?: string
): DueRun {
  const zone = zoneOf(timeZone);
  const latest = lastIndexAtOrBefore(schedule, now.getTime(), zone);
  const firstNotRun =
    lastRunAt === null ? 0 : lastIndexAtOrBefore(schedule, lastRunAt.getTime(), zone) + 1;
  const next =
    latest + 1 <= lastIndex(schedule) ? new Date(runInstant(schedule, latest + 1, zone)) : null;
  if (latest < 0 || firstNotRun > latest)
    return { due: false, scheduledFor: null, missed: 0, nextAt: next };
  return {
    due: true,
    scheduledFor: new Date(runInstant(schedule, latest, zone)),
    missed: latest - firstNotRun,
    nextAt: next,
  };
}

/**
 * One schedule period as calendar steps (interval x period), used to decide when a Done action
 * may come back. A one-off schedule (interval 0) has no period between runs; one period of its
 * unit is used, so a Done action can still return on a later manual run.
 */
export function schedulePeriodAfter(schedule: ScheduleDefinition, wall: WallClock): WallClock {
  const steps = Math.max(1, schedule.interval);
  switch (schedule.period) {
    case "day":
      return addDays(wall, steps);
    case "week":
      return addDays(wall, 7 * steps);
    case "month":
      return addMonths(wall, steps);
    case "year":
      return addMonths(wall, 12 * steps);
  }
}

/** "every 2 weeks from 2025-10-21 11:01" / "once, at 2025-10-21 11:01". */
export function describeSchedule(schedule: ScheduleDefinition): string {
  const at = formatWallClock(scheduleStart(schedule));
  if (schedule.interval === 0) return `once, at ${at}`;
  const unit =
    schedule.interval === 1 ? schedule.period : `${schedule.interval} ${schedule.period}s`;
  return `every ${unit} from ${at}`;
}
