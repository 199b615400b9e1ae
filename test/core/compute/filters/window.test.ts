import {
  describeWindow,
  edate,
  isInWindow,
  serialWindow,
} from "../../../../src/core/compute/filters/window";
import { rowsInWindow, selectSeriesRows } from "../../../../src/core/compute/filters/row-mask";
import { isoFromSerial } from "../../../../src/core/model/excel-date";
import { AgentInputError } from "../../../../src/core/model/errors";
import { serialOf, tableOf, type Line } from "../../../helpers/table";

/** SPEC, "Filters": EDATE(A, -N) < PricingDate <= A, EDATE in calendar months clamped to the month's end. */

const iso = (serial: number) => isoFromSerial(serial);

describe("edate", () => {
  it.each([
    ["2024-03-31", -1, "2024-02-29"], // leap year: clamped to the 29th
    ["2023-03-31", -1, "2023-02-28"], // common year: clamped to the 28th
    ["2024-05-31", -1, "2024-04-30"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2024-01-15", -1, "2023-12-15"], // across a year end, backwards
    ["2024-12-15", 1, "2025-01-15"], // across a year end, forwards
    ["2025-01-31", -2, "2024-11-30"],
    ["2025-10-21", -12, "2024-10-21"],
    ["2025-10-21", -25, "2023-09-21"],
    ["2024-02-29", -12, "2023-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    ["2025-08-31", -6, "2025-02-28"],
    ["2025-10-21", 0, "2025-10-21"],
  ])("EDATE(%s, %i) = %s", (start, months, expected) => {
    expect(iso(edate(serialOf(start), months))).toBe(expected);
  });

  it("drops the time of day, as Excel's EDATE does", () => {
    expect(edate(serialOf("2024-03-31T15:00"), -1)).toBe(serialOf("2024-02-29"));
  });

  it("agrees with Excel's serials", () => {
    // Excel: =EDATE(DATE(2024,3,31),-1) is 45351; DATE(2024,3,31) is 45382.
    expect(serialOf("2024-03-31")).toBe(45382);
    expect(edate(45382, -1)).toBe(45351);
  });
});

describe("serialWindow", () => {
  it("runs N months back from the anchor, start exclusive", () => {
    const window = serialWindow(serialOf("2025-10-21"), { months: 12 });
    expect(describeWindow(window)).toEqual({ fromExclusive: "2024-10-21", to: "2025-10-21" });
  });

  it("clamps the start to the month's end", () => {
    const window = serialWindow(serialOf("2024-08-31"), { months: 6 });
    expect(describeWindow(window)).toEqual({ fromExclusive: "2024-02-29", to: "2024-08-31" });
  });

  it("reaches back to 1900-01-01, Excel's first date, and stops with a message beyond it", () => {
    // 1901-01-15 less 12 months is 1900-01-15; less 13 it would be 1899-12-15.
    const window = serialWindow(serialOf("1901-01-15"), { months: 12 });
    expect(describeWindow(window)).toEqual({ fromExclusive: "1900-01-15", to: "1901-01-15" });
    expect(() => serialWindow(serialOf("1901-01-15"), { months: 13 })).toThrow(AgentInputError);
    expect(() => serialWindow(serialOf("1900-01-01"), { months: 12 })).toThrow(
      "A date window of 12 months before the anchor date 1900-01-01 would start before 1900-01-01, " +
        "the first date Excel holds; set a later anchor date or a shorter window."
    );
    expect(() => serialWindow(serialOf("1901-01-15"), { months: 6, offsetMonths: 7 })).toThrow(
      "A date window of 6 months, 7 months back, before the anchor date 1901-01-15 would start"
    );
  });

  it("ends offsetMonths before the anchor", () => {
    // The previous quarter of 2025-10-21: after 2025-04-21 up to 2025-07-21.
    const window = serialWindow(serialOf("2025-10-21"), { months: 3, offsetMonths: 3 });
    expect(describeWindow(window)).toEqual({ fromExclusive: "2025-04-21", to: "2025-07-21" });
  });

  it("crosses a year end with an offset", () => {
    const window = serialWindow(serialOf("2025-02-28"), { months: 2, offsetMonths: 1 });
    expect(describeWindow(window)).toEqual({ fromExclusive: "2024-11-28", to: "2025-01-28" });
  });
});

describe("serialWindow: calendar quarters", () => {
  const quarter = (anchor: string, months: number, offsetMonths?: number) =>
    describeWindow(serialWindow(serialOf(anchor), { months, offsetMonths, calendar: "quarter" }));

  it("is the last complete quarter before the anchor, not the part-quarter holding it", () => {
    // 2025-10-21 lies in Q4 2025, 21 days old: the last complete quarter is Q3 (Jul 1 - Sep 30).
    expect(quarter("2025-10-21", 3)).toEqual({ fromExclusive: "2025-06-30", to: "2025-09-30" });
  });

  it("steps back whole quarters with offsetMonths (the previous quarter: Q2 2025)", () => {
    expect(quarter("2025-10-21", 3, 3)).toEqual({
      fromExclusive: "2025-03-31",
      to: "2025-06-30",
    });
  });

  it("counts an anchor on a quarter's last day as completing that quarter", () => {
    expect(quarter("2025-09-30", 3)).toEqual({ fromExclusive: "2025-06-30", to: "2025-09-30" });
    // One day earlier Q3 is not complete yet: Q2.
    expect(quarter("2025-09-29", 3)).toEqual({ fromExclusive: "2025-03-31", to: "2025-06-30" });
  });

  it("crosses year ends and ends on month ends of any length (Q4 2024, Q1 2024 in a leap year)", () => {
    expect(quarter("2025-02-10", 3)).toEqual({ fromExclusive: "2024-09-30", to: "2024-12-31" });
    expect(quarter("2024-05-01", 6, 0)).toEqual({ fromExclusive: "2023-09-30", to: "2024-03-31" });
    expect(quarter("2024-07-15", 3, 3)).toEqual({ fromExclusive: "2023-12-31", to: "2024-03-31" });
  });

  it("selects Q3's days and leaves out the anchor's own quarter", () => {
    const window = serialWindow(serialOf("2025-10-21"), { months: 3, calendar: "quarter" });
    expect(isInWindow(serialOf("2025-07-01"), window)).toBe(true);
    expect(isInWindow(serialOf("2025-09-30T18:00"), window)).toBe(true);
    expect(isInWindow(serialOf("2025-06-30"), window)).toBe(false);
    expect(isInWindow(serialOf("2025-10-01"), window)).toBe(false);
  });

  it("stops before 1900 counting from the quarter's end, not the anchor", () => {
    // 1900-09-15: the last complete quarter is Q2 1900; Q1 1900 would start at 1899-12-31's end.
    expect(quarter("1900-09-15", 3)).toEqual({ fromExclusive: "1900-03-31", to: "1900-06-30" });
    expect(() => quarter("1900-09-15", 6)).toThrow(
      "A date window of 6 months before the anchor date 1900-09-15 would start before 1900-01-01"
    );
  });
});

describe("isInWindow: whole days", () => {
  const window = serialWindow(serialOf("2025-10-21"), { months: 12 });
  it.each([
    ["2024-10-21", false], // exactly on EDATE(A, -12): out
    ["2024-10-21T23:59", false], // still that day
    ["2024-10-22", true],
    ["2025-10-21", true], // exactly on A: in
    ["2025-10-21T15:00", true], // on A at 15:00: in (days are compared whole)
    ["2025-10-21T23:59", true],
    ["2025-10-22", false],
    ["2023-01-01", false],
  ])("%s inside: %s", (date, inside) => {
    expect(isInWindow(serialOf(date), window)).toBe(inside);
  });
});

describe("selectSeriesRows", () => {
  const line = (PricingDate: string, InvoicePrice = 100, Region = "North"): Line => ({
    CustomerId: "C1",
    CustomerSegment: "Retail",
    InvoicePrice,
    GrossMargin: 10,
    PricingDate,
    extra: { Region },
  });
  const lines: Line[] = [
    line("2024-10-21"), // 0: on the window's start: out
    line("2024-10-22"), // 1: in
    line("2025-10-21T15:00"), // 2: on the anchor at 15:00: in
    line("2025-10-22"), // 3: after the anchor: out
    line("2025-06-01", 0), // 4: zero value
    line("2025-06-01", 50, "South"), // 5: dimension filter
    line("2023-06-01", 0, "South"), // 6: out of the window, zero, and filtered: counted once, as outside
    line("2025-06-01", 0, "South"), // 7: zero and filtered: counted as zero
  ];
  const table = tableOf(lines);
  const anchor = serialOf("2025-10-21");
  const selection = selectSeriesRows(
    table,
    {
      window: { months: 12 },
      excludeZeroValue: true,
      dimensions: [{ field: "Region", operator: "in", values: ["north"] }],
    },
    anchor
  );

  it("keeps rows inside the window, non-zero and passing the dimension filters", () => {
    expect(Array.from(selection.rows)).toEqual([0, 1, 1, 0, 0, 0, 0, 0]);
  });

  it("counts each left-out row under its first reason, adding up to the rows left out", () => {
    expect(selection.filtered).toEqual({ outsideWindow: 3, zeroValue: 2, dimensionFilter: 1 });
    const left =
      selection.filtered.outsideWindow +
      selection.filtered.zeroValue +
      selection.filtered.dimensionFilter;
    const kept = selection.rows.reduce((n, r) => n + r, 0);
    expect(left + kept).toBe(lines.length);
  });

  it("keeps in `base` every row but the zero and dimension-filtered ones, whatever its date", () => {
    expect(Array.from(selection.base)).toEqual([1, 1, 1, 1, 0, 0, 0, 0]);
  });

  it("has no window and counts nothing outside it when the window is null", () => {
    const all = selectSeriesRows(
      table,
      { window: null, excludeZeroValue: false, dimensions: [] },
      anchor
    );
    expect(all.window).toBeNull();
    expect(Array.from(all.rows)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(all.filtered).toEqual({ outsideWindow: 0, zeroValue: 0, dimensionFilter: 0 });
  });

  it("selects a measure's own window from `base` (offsetMonths: the previous quarter)", () => {
    const quarterLines: Line[] = [
      line("2025-04-21"), // out: on the start
      line("2025-04-22"), // in
      line("2025-07-21T15:00"), // in: on the end
      line("2025-07-22"), // out: the current quarter
      line("2025-05-01", 0), // not in base (zero value)
    ];
    const t = tableOf(quarterLines);
    const s = selectSeriesRows(
      t,
      { window: { months: 12 }, excludeZeroValue: true, dimensions: [] },
      anchor
    );
    const rows = rowsInWindow(t, s.base, anchor, { months: 3, offsetMonths: 3 });
    expect(Array.from(rows)).toEqual([0, 1, 1, 0, 0]);
  });
});
