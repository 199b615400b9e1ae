/**
 * Wording of the parser's warnings: things that did not skip rows but that a user checking the
 * numbers should know.
 */
import type { DateOrder, DateOrderEvidence } from "./date-order";

export function orderWords(order: DateOrder): string {
  return order === "DMY" ? "day/month/year" : "month/day/year";
}

/** "1 row", "3 rows". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** `Blank Segment in 3 rows (first at row 14): grouped as "(blank)".` */
export function blankCellsWarning(
  column: string,
  count: number,
  firstRow: number,
  treatment: string
): string {
  return `Blank ${column} in ${plural(count, "row")} (first at row ${firstRow}): ${treatment}.`;
}

/** How the day/month order of numeric text dates was decided, when it was a judgement call. */
export function dateOrderWarnings(
  evidence: DateOrderEvidence,
  order: DateOrder,
  defaultOrder: DateOrder,
  column: string
): string[] {
  const { dayFirst, monthFirst, ambiguous } = evidence.counts;
  if (evidence.conflicting) {
    const minority = order === "DMY" ? monthFirst : dayFirst;
    return [
      `${column} mixes day-first dates (${plural(dayFirst, "row")}, such as 21/10/2024) and month-first dates ` +
        `(${plural(monthFirst, "row")}, such as 10/21/2024). The column is read as ${orderWords(order)}, as most ` +
        `of its dates are; ${plural(minority, "row")} that can only be read the other way ` +
        `${minority === 1 ? "is skipped as a bad date" : "are skipped as bad dates"}.`,
    ];
  }
  if (ambiguous === 0) return [];
  if (dayFirst === 0 && monthFirst === 0) {
    return [
      `${plural(ambiguous, "date")} in ${column} could be read as day/month or month/day (such as ` +
        `03/04/2024); with nothing in the column to tell, ${ambiguous === 1 ? "it is" : "they are"} read as ` +
        `${orderWords(defaultOrder)}.`,
    ];
  }
  return [
    `${column} is read as ${orderWords(order)}, since ${plural(dayFirst + monthFirst, "date")} in it can ` +
      `only be read that way; ${plural(ambiguous, "date")} that could be read either way (such as 03/04/2024) ` +
      `${ambiguous === 1 ? "is" : "are"} read the same way.`,
  ];
}
