import type { ScheduleDefinition } from "../../../src/core/model/document";
import { AgentInputError } from "../../../src/core/model/errors";
import { describeSchedule, dueRun, nextRuns } from "../../../src/core/lifecycle/schedule";
import { instantOf, wallClockAt } from "../../../src/core/lifecycle/wall-clock";

const iso = (dates: readonly Date[]) => dates.map((d) => d.toISOString());
const BERLIN = "Europe/Berlin";
const NEW_YORK = "America/New_York";

describe("nextRuns across month ends and leap years", () => {
  it("clamps a Jan 31 monthly run to Feb 29 in a leap year and returns to Mar 31 (from the start, not cumulatively)", () => {
    const schedule: ScheduleDefinition = {
      start: "2024-01-31T09:00",
      period: "month",
      interval: 1,
    };
    // Berlin is UTC+1 until 2024-03-31 01:00 UTC, then UTC+2.
    expect(iso(nextRuns(schedule, new Date("2024-01-01T00:00Z"), 5, BERLIN))).toEqual([
      "2024-01-31T08:00:00.000Z",
      "2024-02-29T08:00:00.000Z",
      "2024-03-31T07:00:00.000Z",
      "2024-04-30T07:00:00.000Z",
      "2024-05-31T07:00:00.000Z",
    ]);
  });

  it("clamps to Feb 28 in a common year", () => {
    const schedule: ScheduleDefinition = {
      start: "2023-01-31T09:00",
      period: "month",
      interval: 1,
    };
    expect(iso(nextRuns(schedule, new Date("2023-02-01T00:00Z"), 2, "UTC"))).toEqual([
      "2023-02-28T09:00:00.000Z",
      "2023-03-31T09:00:00.000Z",
    ]);
  });

  it("steps quarterly (interval 3) from a 30th: Nov 30, Feb 28, May 30", () => {
    const schedule: ScheduleDefinition = {
      start: "2022-11-30T00:00",
      period: "month",
      interval: 3,
    };
    expect(iso(nextRuns(schedule, new Date("2022-11-01T00:00Z"), 3, "UTC"))).toEqual([
      "2022-11-30T00:00:00.000Z",
      "2023-02-28T00:00:00.000Z",
      "2023-05-30T00:00:00.000Z",
    ]);
  });

  it("runs a yearly Feb 29 start on Feb 28 in common years and Feb 29 in the next leap year", () => {
    const schedule: ScheduleDefinition = { start: "2024-02-29T08:00", period: "year", interval: 1 };
    // New York is UTC-5 in February.
    expect(iso(nextRuns(schedule, new Date("2024-01-01T00:00Z"), 5, NEW_YORK))).toEqual([
      "2024-02-29T13:00:00.000Z",
      "2025-02-28T13:00:00.000Z",
      "2026-02-28T13:00:00.000Z",
      "2027-02-28T13:00:00.000Z",
      "2028-02-29T13:00:00.000Z",
    ]);
  });

  it("returns the runs strictly after the given time", () => {
    const schedule: ScheduleDefinition = { start: "2025-10-21T11:01", period: "week", interval: 2 };
    expect(iso(nextRuns(schedule, new Date("2025-10-21T11:01Z"), 2, "UTC"))).toEqual([
      "2025-11-04T11:01:00.000Z",
      "2025-11-18T11:01:00.000Z",
    ]);
    expect(iso(nextRuns(schedule, new Date("2025-10-21T11:00:59Z"), 1, "UTC"))).toEqual([
      "2025-10-21T11:01:00.000Z",
    ]);
  });

  it("gives a one-off schedule (interval 0) a single run at its start", () => {
    const schedule: ScheduleDefinition = { start: "2025-10-21T11:01", period: "day", interval: 0 };
    expect(iso(nextRuns(schedule, new Date("2025-01-01T00:00Z"), 3, "UTC"))).toEqual([
      "2025-10-21T11:01:00.000Z",
    ]);
    expect(nextRuns(schedule, new Date("2025-10-22T00:00Z"), 3, "UTC")).toEqual([]);
  });

  it("finds the right run far from the start (index estimate, then exact steps)", () => {
    const schedule: ScheduleDefinition = {
      start: "2000-01-31T06:00",
      period: "month",
      interval: 1,
    };
    expect(iso(nextRuns(schedule, new Date("2025-02-01T00:00Z"), 2, "UTC"))).toEqual([
      "2025-02-28T06:00:00.000Z",
      "2025-03-31T06:00:00.000Z",
    ]);
    const daily: ScheduleDefinition = { start: "1990-06-15T23:59", period: "day", interval: 1 };
    expect(iso(nextRuns(daily, new Date("2024-12-31T23:59Z"), 1, "UTC"))).toEqual([
      "2025-01-01T23:59:00.000Z",
    ]);
  });
});

describe("nextRuns across daylight saving in two time zones", () => {
  const daily: ScheduleDefinition = { start: "2024-03-08T11:01", period: "day", interval: 1 };

  it("keeps 11:01 on the wall clock in New York when the clocks go forward on 2024-03-10", () => {
    expect(iso(nextRuns(daily, new Date("2024-03-08T00:00Z"), 4, NEW_YORK))).toEqual([
      "2024-03-08T16:01:00.000Z",
      "2024-03-09T16:01:00.000Z",
      "2024-03-10T15:01:00.000Z",
      "2024-03-11T15:01:00.000Z",
    ]);
  });

  it("keeps 11:01 on the wall clock in Berlin, whose clocks go forward later (2024-03-31)", () => {
    const runs = nextRuns(daily, new Date("2024-03-29T00:00Z"), 4, BERLIN);
    expect(iso(runs)).toEqual([
      "2024-03-29T10:01:00.000Z",
      "2024-03-30T10:01:00.000Z",
      "2024-03-31T09:01:00.000Z",
      "2024-04-01T09:01:00.000Z",
    ]);
    expect(runs.map((d) => wallClockAt(d, BERLIN).hour)).toEqual([11, 11, 11, 11]);
  });

  it("keeps the wall clock when the clocks go back (Berlin 2024-10-27, New York 2024-11-03)", () => {
    const weekly: ScheduleDefinition = { start: "2024-10-20T09:30", period: "week", interval: 1 };
    expect(iso(nextRuns(weekly, new Date("2024-10-20T00:00Z"), 2, BERLIN))).toEqual([
      "2024-10-20T07:30:00.000Z",
      "2024-10-27T08:30:00.000Z",
    ]);
    const ny: ScheduleDefinition = { start: "2024-10-27T09:30", period: "week", interval: 1 };
    expect(iso(nextRuns(ny, new Date("2024-10-27T00:00Z"), 2, NEW_YORK))).toEqual([
      "2024-10-27T13:30:00.000Z",
      "2024-11-03T14:30:00.000Z",
    ]);
  });

  it("moves a time that does not exist forward by the gap, and takes the first of a time that occurs twice", () => {
    // 02:30 on 2024-03-31 does not exist in Berlin (02:00 -> 03:00): it is 03:30 CEST.
    expect(
      instantOf(
        { year: 2024, month: 3, day: 31, hour: 2, minute: 30, second: 0 },
        BERLIN
      ).toISOString()
    ).toBe("2024-03-31T01:30:00.000Z");
    // 02:30 on 2024-10-27 occurs twice in Berlin: first in CEST (UTC+2).
    expect(
      instantOf(
        { year: 2024, month: 10, day: 27, hour: 2, minute: 30, second: 0 },
        BERLIN
      ).toISOString()
    ).toBe("2024-10-27T00:30:00.000Z");
    const nightly: ScheduleDefinition = { start: "2024-03-30T02:30", period: "day", interval: 1 };
    expect(iso(nextRuns(nightly, new Date("2024-03-30T00:00Z"), 3, BERLIN))).toEqual([
      "2024-03-30T01:30:00.000Z",
      "2024-03-31T01:30:00.000Z",
      "2024-04-01T00:30:00.000Z",
    ]);
  });

  it("names the same start a different instant in each zone", () => {
    const once: ScheduleDefinition = { start: "2025-07-01T09:00", period: "day", interval: 0 };
    expect(nextRuns(once, new Date("2025-01-01T00:00Z"), 1, BERLIN)[0].toISOString()).toBe(
      "2025-07-01T07:00:00.000Z"
    );
    expect(nextRuns(once, new Date("2025-01-01T00:00Z"), 1, NEW_YORK)[0].toISOString()).toBe(
      "2025-07-01T13:00:00.000Z"
    );
  });
});

describe("dueRun and catching up", () => {
  const daily: ScheduleDefinition = { start: "2024-01-01T09:00", period: "day", interval: 1 };

  it("is not due before the start, and says when the first run is", () => {
    const due = dueRun(daily, null, new Date("2023-12-31T12:00Z"), "UTC");
    expect(due).toEqual({
      due: false,
      scheduledFor: null,
      missed: 0,
      nextAt: new Date("2024-01-01T09:00Z"),
    });
  });

  it("is due at the start for an agent that never ran", () => {
    const due = dueRun(daily, null, new Date("2024-01-01T09:00Z"), "UTC");
    expect(due).toEqual({
      due: true,
      scheduledFor: new Date("2024-01-01T09:00Z"),
      missed: 0,
      nextAt: new Date("2024-01-02T09:00Z"),
    });
  });

  it("runs once for several missed days, for the latest of them", () => {
    // Last run filled Jan 3; Jan 4..10 were not run: one run now, for Jan 10, six missed.
    const due = dueRun(daily, new Date("2024-01-03T10:00Z"), new Date("2024-01-10T12:00Z"), "UTC");
    expect(due).toEqual({
      due: true,
      scheduledFor: new Date("2024-01-10T09:00Z"),
      missed: 6,
      nextAt: new Date("2024-01-11T09:00Z"),
    });
  });

  it("is not due again after the catch-up run", () => {
    const due = dueRun(daily, new Date("2024-01-10T12:00Z"), new Date("2024-01-10T20:00Z"), "UTC");
    expect(due).toEqual({
      due: false,
      scheduledFor: null,
      missed: 0,
      nextAt: new Date("2024-01-11T09:00Z"),
    });
  });

  it("counts any run after a scheduled time as filling it (a manual run at 09:30 fills 09:00)", () => {
    expect(
      dueRun(daily, new Date("2024-01-05T09:30Z"), new Date("2024-01-05T18:00Z"), "UTC").due
    ).toBe(false);
    expect(
      dueRun(daily, new Date("2024-01-05T08:59Z"), new Date("2024-01-05T18:00Z"), "UTC").due
    ).toBe(true);
  });

  it("catches up once across a month-end clamp", () => {
    const monthly: ScheduleDefinition = { start: "2024-01-31T09:00", period: "month", interval: 1 };
    const due = dueRun(
      monthly,
      new Date("2024-01-31T10:00Z"),
      new Date("2024-05-01T00:00Z"),
      "UTC"
    );
    // Feb 29, Mar 31 and Apr 30 were due: one run for Apr 30, two missed.
    expect(due).toEqual({
      due: true,
      scheduledFor: new Date("2024-04-30T09:00Z"),
      missed: 2,
      nextAt: new Date("2024-05-31T09:00Z"),
    });
  });

  it("runs a one-off schedule once and never again", () => {
    const once: ScheduleDefinition = { start: "2024-01-01T09:00", period: "week", interval: 0 };
    expect(dueRun(once, null, new Date("2024-03-01T00:00Z"), "UTC")).toEqual({
      due: true,
      scheduledFor: new Date("2024-01-01T09:00Z"),
      missed: 0,
      nextAt: null,
    });
    expect(
      dueRun(once, new Date("2024-03-01T00:00Z"), new Date("2024-06-01T00:00Z"), "UTC")
    ).toEqual({ due: false, scheduledFor: null, missed: 0, nextAt: null });
  });

  it("decides in the zone's wall clock: 09:00 Berlin is due at 08:00 UTC in winter", () => {
    expect(
      dueRun(daily, new Date("2024-01-14T12:00Z"), new Date("2024-01-15T07:59Z"), BERLIN).due
    ).toBe(false);
    expect(
      dueRun(daily, new Date("2024-01-14T12:00Z"), new Date("2024-01-15T08:00Z"), BERLIN).due
    ).toBe(true);
  });
});

describe("schedule errors and descriptions", () => {
  it("refuses an unknown time zone and a start that is not a date", () => {
    const schedule: ScheduleDefinition = { start: "2025-10-21T11:01", period: "day", interval: 1 };
    expect(() => nextRuns(schedule, new Date(), 1, "Europe/Berln")).toThrow(AgentInputError);
    expect(() => nextRuns(schedule, new Date(), 1, "Europe/Berln")).toThrow(
      'Time zone "Europe/Berln" is unknown'
    );
    expect(() => nextRuns({ ...schedule, start: "21.10.2025" }, new Date(), 1, "UTC")).toThrow(
      'Schedule start "21.10.2025" is not a date and time'
    );
    expect(() =>
      nextRuns({ ...schedule, start: "2025-02-29T10:00" }, new Date(), 1, "UTC")
    ).toThrow(AgentInputError);
  });

  it("describes the schedule in words", () => {
    expect(describeSchedule({ start: "2025-10-21T11:01", period: "day", interval: 7 })).toBe(
      "every 7 days from 2025-10-21 11:01"
    );
    expect(describeSchedule({ start: "2025-10-21", period: "month", interval: 1 })).toBe(
      "every month from 2025-10-21 00:00"
    );
    expect(describeSchedule({ start: "2025-10-21T11:01", period: "year", interval: 0 })).toBe(
      "once, at 2025-10-21 11:01"
    );
  });
});
