/**
 * Day/month order of numeric dates such as 03/04/2024, decided per column: a column is read one
 * way, never row by row. Evidence comes from the column's own values: a first part above 12
 * (21/10/2024) can only be day-first, a second part above 12 (10/21/2024) only month-first.
 * Without evidence the caller's default applies (MDY: the SPEC's seed writes 10/21/2024). With
 * evidence both ways the majority wins (ties go to the default), and rows that do not fit it
 * are bad dates rather than silently read the other way.
 */

export type DateOrder = "MDY" | "DMY";

/** The first value of a kind, for messages: "such as 13/04/2024 at row 4". */
export interface DateExample {
  readonly row: number;
  readonly text: string;
}

export interface DateOrderExamples {
  dayFirst?: DateExample;
  monthFirst?: DateExample;
  ambiguous?: DateExample;
}

export class DateOrderEvidence {
  private dayFirstRows = 0;
  private monthFirstRows = 0;
  private ambiguousRows = 0;
  /** Rows are observed in sheet order, so the first seen is the earliest. */
  readonly examples: DateOrderExamples = {};

  observe(first: number, second: number, row = 0, text = ""): void {
    if (first > 12 && second <= 12) {
      if (this.dayFirstRows++ === 0) this.examples.dayFirst = { row, text };
    } else if (second > 12 && first <= 12) {
      if (this.monthFirstRows++ === 0) this.examples.monthFirst = { row, text };
    } else if (this.ambiguousRows++ === 0) {
      this.examples.ambiguous = { row, text };
    }
  }

  get observed(): number {
    return this.dayFirstRows + this.monthFirstRows + this.ambiguousRows;
  }

  get conflicting(): boolean {
    return this.dayFirstRows > 0 && this.monthFirstRows > 0;
  }

  /** Rows that fit only one order, and rows that fit both (both parts 12 or less). */
  get counts(): {
    readonly dayFirst: number;
    readonly monthFirst: number;
    readonly ambiguous: number;
  } {
    return {
      dayFirst: this.dayFirstRows,
      monthFirst: this.monthFirstRows,
      ambiguous: this.ambiguousRows,
    };
  }

  decide(defaultOrder: DateOrder): DateOrder {
    if (this.dayFirstRows > this.monthFirstRows) return "DMY";
    if (this.monthFirstRows > this.dayFirstRows) return "MDY";
    return defaultOrder;
  }
}
