/**
 * Numeric text dates (03/04/2024) wait here until the whole PricingDate column has been seen,
 * because their day/month order is decided per column (date-order.ts). Waiting for the end,
 * rather than deciding at the first telling value, makes the result independent of how the host
 * splits the sheet into blocks.
 *
 * Rows wait in one of two ways: kept tentatively in the table (the usual case), or, when a field
 * after PricingDate also has a problem, aside with that problem, so that the row is counted
 * under the first problem in field order once the date is known to be good or bad.
 */
import type { SkipReason } from "../../model/data-quality";
import type { CellValue } from "../../model/cells";
import { DateOrderEvidence, type DateOrder } from "./date-order";
import { resolveOrderDependentDate, type OrderDependentDate } from "./date";
import { IMPOSSIBLE_DATE } from "./failure";
import { orderWords } from "./parse-warnings";
import { GrowableFloat64, GrowableInt32 } from "./growable";

/** A problem in a field after PricingDate, reported only if the date turns out good. */
export interface LaterProblem {
  readonly reason: SkipReason;
  readonly column: string;
  readonly cell: CellValue | undefined;
  readonly expected: string;
}

interface SetAside {
  readonly row: number;
  readonly date: OrderDependentDate;
  readonly text: string;
  readonly problem: LaterProblem;
}

export interface PendingDateOutcome {
  /** A tentatively kept row's date is known. */
  date(tableIndex: number, serial: number): void;
  /** The row's date does not exist in the column's order; tableIndex is -1 for a set-aside row. */
  badDate(tableIndex: number, row: number, text: string, expected: string): void;
  /** A set-aside row's date is good, so its later problem is the one to report. */
  laterProblem(row: number, problem: LaterProblem): void;
}

/** Fields per kept entry in `entries`: table index, row, first part, second part, year. */
const STRIDE = 5;

export class PendingDates {
  readonly evidence = new DateOrderEvidence();
  private readonly entries = new GrowableInt32();
  private readonly times = new GrowableFloat64();
  private readonly texts: string[] = [];
  private readonly setAside: SetAside[] = [];

  get count(): number {
    return this.texts.length + this.setAside.length;
  }

  keep(tableIndex: number, row: number, date: OrderDependentDate, text: string): void {
    this.evidence.observe(date.first, date.second, row, text);
    this.entries.push(tableIndex);
    this.entries.push(row);
    this.entries.push(date.first);
    this.entries.push(date.second);
    this.entries.push(date.year);
    this.times.push(date.time);
    this.texts.push(text);
  }

  setAsideWith(row: number, date: OrderDependentDate, text: string, problem: LaterProblem): void {
    this.evidence.observe(date.first, date.second, row, text);
    this.setAside.push({ row, date: { ...date }, text, problem });
  }

  /** Reads every waiting date in `order` and reports each outcome. */
  resolve(order: DateOrder, outcome: PendingDateOutcome): void {
    const wrongOrder = `a date in the column's ${orderWords(order)} order`;
    const date: OrderDependentDate = { first: 0, second: 0, year: 0, time: 0 };
    const expectedFor = (): string => {
      const other: DateOrder = order === "DMY" ? "MDY" : "DMY";
      return typeof resolveOrderDependentDate(date, other) === "number"
        ? wrongOrder
        : IMPOSSIBLE_DATE.expected;
    };
    for (let k = 0; k < this.texts.length; k++) {
      const at = k * STRIDE;
      const tableIndex = this.entries.get(at);
      const row = this.entries.get(at + 1);
      date.first = this.entries.get(at + 2);
      date.second = this.entries.get(at + 3);
      date.year = this.entries.get(at + 4);
      date.time = this.times.get(k);
      const serial = resolveOrderDependentDate(date, order);
      if (typeof serial === "number") outcome.date(tableIndex, serial);
      else outcome.badDate(tableIndex, row, this.texts[k], expectedFor());
    }
    for (const waiting of this.setAside) {
      Object.assign(date, waiting.date);
      const serial = resolveOrderDependentDate(date, order);
      if (typeof serial === "number") outcome.laterProblem(waiting.row, waiting.problem);
      else outcome.badDate(-1, waiting.row, waiting.text, expectedFor());
    }
  }
}
