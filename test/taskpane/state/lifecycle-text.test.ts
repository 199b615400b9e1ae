import { DRAFT, approve, submit } from "../../../src/core/lifecycle/approval";
import {
  rememberedUser,
  rememberUser,
  USER_STORAGE_KEY,
} from "../../../src/taskpane/session/remembered-user";
import { approvalLine, upcomingRuns, wallTime } from "../../../src/taskpane/state/lifecycle-text";

describe("the next scheduled runs", () => {
  test("every 7 days from 2025-10-21 11:01: the five after now, in the schedule's zone", () => {
    const schedule = { start: "2025-10-21T11:01", period: "day" as const, interval: 7 };
    expect(upcomingRuns(schedule, new Date("2025-10-22T00:00:00Z"), "UTC")).toEqual({
      runs: [
        "2025-10-28 11:01",
        "2025-11-04 11:01",
        "2025-11-11 11:01",
        "2025-11-18 11:01",
        "2025-11-25 11:01",
      ],
      error: null,
    });
    // In Berlin the wall clock stays 11:01 across the change to winter time (Oct 26).
    expect(
      upcomingRuns(schedule, new Date("2025-10-22T00:00:00Z"), "Europe/Berlin", 1).runs
    ).toEqual(["2025-10-28 11:01"]);
  });

  test("monthly from Jan 31 clamps to the month's end, as EDATE", () => {
    const schedule = { start: "2026-01-31T09:00", period: "month" as const, interval: 1 };
    expect(upcomingRuns(schedule, new Date("2026-01-01T00:00:00Z"), "UTC", 4).runs).toEqual([
      "2026-01-31 09:00",
      "2026-02-28 09:00",
      "2026-03-31 09:00",
      "2026-04-30 09:00",
    ]);
  });

  test("a one-off run in the past leaves none; a start that is no date says so", () => {
    expect(
      upcomingRuns(
        { start: "2025-10-21T11:01", period: "day", interval: 0 },
        new Date("2025-11-01T00:00:00Z"),
        "UTC"
      )
    ).toEqual({ runs: [], error: null });
    expect(
      upcomingRuns({ start: "next Monday", period: "day", interval: 1 }, new Date(), "UTC")
    ).toEqual({
      runs: [],
      error:
        'Schedule start "next Monday" is not a date and time; expected YYYY-MM-DDTHH:MM, e.g. 2025-10-21T11:01.',
    });
  });
});

describe("the approval in words", () => {
  test("draft, submitted and active, with times in the zone", () => {
    expect(approvalLine(DRAFT, "UTC")).toBe(
      "A draft: it runs on its schedule only once submitted and then approved by another user."
    );
    const submitted = submit(DRAFT, "abc", {
      by: "ann@example.com",
      at: new Date("2025-10-21T09:01:00Z"),
    });
    expect(approvalLine(submitted, "Europe/Berlin")).toBe(
      "Submitted by ann@example.com on 2025-10-21 11:01; another user of the workbook approves or rejects it."
    );
    const active = approve(submitted, { by: "Bo", at: new Date("2025-10-22T08:00:00Z") });
    expect(approvalLine(active, "UTC")).toBe(
      "Submitted by ann@example.com on 2025-10-21 09:01, approved by Bo on 2025-10-22 08:00: it runs on its schedule."
    );
    expect(wallTime(null, "UTC")).toBe("an unknown date");
  });
});

describe("the user's name, remembered", () => {
  test("kept trimmed under its key; nothing when storage is refused", () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    };
    expect(rememberedUser(storage)).toBe("");
    rememberUser("  ann@example.com ", storage);
    expect(items.get(USER_STORAGE_KEY)).toBe("ann@example.com");
    expect(rememberedUser(storage)).toBe("ann@example.com");
    const refusing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(rememberedUser(refusing)).toBe("");
    expect(() => rememberUser("x", refusing)).not.toThrow();
    expect(rememberedUser(null)).toBe("");
  });
});
