/**
 * Counts problem rows by reason, keeping the first row numbers and a few examples of each: the
 * transaction parser's skipped rows and the contribution tables' issues alike (SPEC: rows that
 * cannot be used are counted by reason with their row numbers). Rows may be reported out of
 * order (dates whose day/month order is only known at the end of the column), so the kept rows
 * and examples are always the lowest row numbers seen.
 */
import type { CellValue } from "../../model/cells";
import type { ReasonCount, RowIssueExample } from "../../model/data-quality";
import { displayCell } from "./cell-text";

export const MAX_ROWS_PER_REASON = 1000;
export const MAX_EXAMPLES_PER_REASON = 5;

interface Reasoned {
  count: number;
  rows: number[];
  examples: RowIssueExample[];
}

const byNumber = (a: number, b: number): number => a - b;
const byRow = (a: RowIssueExample, b: RowIssueExample): number => a.row - b.row;

export class ReasonLog<R extends string> {
  private readonly reasons = new Map<R, Reasoned>();

  /**
   * Records one problem row. The example (column, cell as shown, what was expected) is only
   * built when it is among the first ones, so a million bad rows allocate a handful of objects.
   */
  add(
    reason: R,
    row: number,
    column: string | null,
    cell: CellValue | undefined,
    expected: string
  ): void {
    let log = this.reasons.get(reason);
    if (log === undefined) {
      log = { count: 0, rows: [], examples: [] };
      this.reasons.set(reason, log);
    }
    log.count++;
    log.rows.push(row);
    if (log.rows.length >= 2 * MAX_ROWS_PER_REASON) {
      log.rows.sort(byNumber);
      log.rows.length = MAX_ROWS_PER_REASON;
    }
    if (column === null) return;
    const examples = log.examples;
    if (examples.length === MAX_EXAMPLES_PER_REASON && row > examples[examples.length - 1].row)
      return;
    examples.push({ row, column, value: displayCell(cell), expected });
    examples.sort(byRow);
    if (examples.length > MAX_EXAMPLES_PER_REASON) examples.pop();
  }

  report(): Partial<Record<R, ReasonCount>> {
    const report: Partial<Record<R, ReasonCount>> = {};
    for (const [reason, log] of this.reasons) {
      const rows = log.rows.slice().sort(byNumber).slice(0, MAX_ROWS_PER_REASON);
      report[reason] = {
        count: log.count,
        rows,
        rowsTruncated: log.count > rows.length,
        examples: log.examples.slice(),
      };
    }
    return report;
  }
}
