import { windowText } from "../../../src/core/report/window-text";

/** A window in words must say which dates it holds: "last" only when it ends at the anchor. */
describe("windowText", () => {
  it.each([
    [{ months: 12 }, "last 12 months"],
    [{ months: 3, offsetMonths: 3 }, "3 months, ending 3 months before the anchor"],
    [{ months: 3, calendar: "quarter" as const }, "last complete calendar quarter"],
    [{ months: 6, calendar: "quarter" as const }, "last 2 complete calendar quarters"],
    [
      { months: 3, offsetMonths: 3, calendar: "quarter" as const },
      "1 calendar quarter, ending 1 quarter before the last complete one",
    ],
    [
      { months: 12, offsetMonths: 6, calendar: "quarter" as const },
      "4 calendar quarters, ending 2 quarters before the last complete one",
    ],
  ])("%j is %s", (window, text) => {
    expect(windowText(window)).toBe(text);
  });
});
