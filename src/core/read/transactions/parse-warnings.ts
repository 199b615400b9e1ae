/**
 * Wording of the parser's warnings: things that did not skip rows but that a user checking the
 * numbers should know.
 */
import type { DateExample, DateOrder, DateOrderEvidence } from "./date-order";
import { plural } from "../../model/plural";

export function orderWords(order: DateOrder): string {
  return order === "DMY" ? "day/month/year" : "month/day/year";
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

/** ", such as 13/04/2024 at row 4" inside parentheses, " (such as ...)" outside them. */
function sample(example: DateExample | undefined, inParentheses = true): string {
  if (example === undefined) return "";
  const text = `such as ${example.text.trim()} at row ${example.row}`;
  return inParentheses ? `, ${text}` : ` (${text})`;
}

/** How the day/month order of numeric text dates was decided, when it was a judgement call. */
export function dateOrderWarnings(
  evidence: DateOrderEvidence,
  order: DateOrder,
  defaultOrder: DateOrder,
  column: string
): string[] {
  const { dayFirst, monthFirst, ambiguous } = evidence.counts;
  const examples = evidence.examples;
  if (evidence.conflicting) {
    const minority = order === "DMY" ? monthFirst : dayFirst;
    const why =
      dayFirst === monthFirst
        ? "the default, as neither way is more common"
        : "as most of its dates are";
    return [
      `${column} mixes day-first dates (${plural(dayFirst, "row")}${sample(examples.dayFirst)}) and month-first ` +
        `dates (${plural(monthFirst, "row")}${sample(examples.monthFirst)}). It is read as ${orderWords(order)}, ` +
        `${why}; ${plural(minority, "row")} that can only be read the other way ` +
        `${minority === 1 ? "is skipped as a bad date" : "are skipped as bad dates"}.`,
    ];
  }
  if (ambiguous === 0) return [];
  if (dayFirst === 0 && monthFirst === 0) {
    return [
      `${plural(ambiguous, "date")} in ${column} could be read as day/month or as month/day` +
        `${sample(examples.ambiguous, false)}; with nothing in the column to tell, ` +
        `${ambiguous === 1 ? "it is" : "they are"} read as ${orderWords(defaultOrder)}.`,
    ];
  }
  const telling = order === "DMY" ? examples.dayFirst : examples.monthFirst;
  return [
    `${column} is read as ${orderWords(order)}, since ${plural(dayFirst + monthFirst, "date")} in it` +
      `${sample(telling, false)} can only be read that way; ${plural(ambiguous, "date")} that could be read either ` +
      `way${sample(examples.ambiguous, false)} ${ambiguous === 1 ? "is" : "are"} read the same way.`,
  ];
}
