/**
 * Counts problem rows by reason, keeping the first row numbers and examples, for tables of a few
 * thousand rows at most (activities, drivers, customer costs): no need for the transaction
 * parser's streaming economies.
 */
import { displayCell } from "../transactions/cell-text";
import type { CellValue } from "../../model/cells";
import type { ReasonCount, RowIssueExample } from "../../model/data-quality";

export const MAX_ROWS_PER_ISSUE = 1000;
export const MAX_EXAMPLES_PER_ISSUE = 5;

interface Entry {
  count: number;
  rows: number[];
  examples: RowIssueExample[];
}

export class IssueLog<R extends string> {
  private readonly entries = new Map<R, Entry>();

  add(
    reason: R,
    row: number,
    column: string | null,
    cell: CellValue | undefined,
    expected: string
  ): void {
    let entry = this.entries.get(reason);
    if (!entry) {
      entry = { count: 0, rows: [], examples: [] };
      this.entries.set(reason, entry);
    }
    entry.count++;
    entry.rows.push(row);
    if (column !== null) entry.examples.push({ row, column, value: displayCell(cell), expected });
  }

  count(reason: R): number {
    return this.entries.get(reason)?.count ?? 0;
  }

  report(): Partial<Record<R, ReasonCount>> {
    const out: Partial<Record<R, ReasonCount>> = {};
    for (const [reason, entry] of this.entries) {
      const rows = entry.rows.slice().sort((a, b) => a - b);
      const examples = entry.examples.slice().sort((a, b) => a.row - b.row);
      out[reason] = {
        count: entry.count,
        rows: rows.slice(0, MAX_ROWS_PER_ISSUE),
        rowsTruncated: rows.length > MAX_ROWS_PER_ISSUE,
        examples: examples.slice(0, MAX_EXAMPLES_PER_ISSUE),
      };
    }
    return out;
  }
}
