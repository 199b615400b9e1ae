import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import {
  dateTimeShown,
  windowDates,
  windowDifferences,
} from "../../../src/taskpane/state/window-dates";

test("a window reads as the dates it covers (EDATE(A, -N) < date <= A)", () => {
  expect(windowDates("2025-10-21", { months: 12 })).toBe("22 Oct 2024 - 21 Oct 2025");
  expect(windowDates("2025-10-21", { months: 6 })).toBe("22 Apr 2025 - 21 Oct 2025");
  // EDATE clamps to the end of a shorter month: 31 Mar - 1 month = 28 Feb, so from 1 Mar.
  expect(windowDates("2025-03-31", { months: 1 })).toBe("1 Mar 2025 - 31 Mar 2025");
  expect(windowDates("2025-10-21", { months: 3, offsetMonths: 3 })).toBe(
    "22 Apr 2025 - 21 Jul 2025"
  );
});

test("a series whose window differs from the benchmark's is named with both periods", () => {
  const doc = unprofitableAccountAgent();
  expect(windowDifferences(doc, "2025-10-21")).toEqual([]);
  const left = doc.series.find((s) => s.id === doc.join.left)!;
  const changed = {
    ...doc,
    series: doc.series.map((s) =>
      s === left ? { ...s, filters: { ...s.filters, window: { months: 6 } } } : s
    ),
  };
  const [difference] = windowDifferences(changed, "2025-10-21");
  expect(difference.series).toBe(left.id);
  expect(difference.text).toContain("covers 6 months, 22 Apr 2025 - 21 Oct 2025");
  expect(difference.text).toContain("covers 12 months, 22 Oct 2024 - 21 Oct 2025");
});

test("a schedule's start is shown as a date and a time, not ISO text", () => {
  expect(dateTimeShown("2025-10-21T11:01")).toBe("21 Oct 2025, 11:01");
  expect(dateTimeShown("2026-01-05")).toBe("5 Jan 2026");
  // Text that is not a date is shown as typed, for the field's own message to explain.
  expect(dateTimeShown("next Monday")).toBe("next Monday");
});
