import type { DateWindow } from "../model/document";
import { plural } from "../model/plural";

/**
 * A date window in words, for the settings overview and the pane: `last 12 months`, `3 months,
 * ending 3 months before the anchor`, `last complete calendar quarter`, `1 calendar
 * quarter, ending 1 quarter before the last complete one`.
 */
export function windowText(window: DateWindow): string {
  const offset = window.offsetMonths ?? 0;
  if (window.calendar === "quarter") {
    const quarters = window.months / 3;
    if (offset === 0)
      return quarters === 1
        ? "last complete calendar quarter"
        : `last ${quarters} complete calendar quarters`;
    return `${plural(quarters, "calendar quarter")}, ending ${plural(offset / 3, "quarter")} before the last complete one`;
  }
  // "last" only for a window that ends at the anchor: an offset window is not the last months.
  return offset > 0
    ? `${window.months} months, ending ${offset} months before the anchor`
    : `last ${window.months} months`;
}
