/**
 * A series' date window as the dates it covers ("22 Oct 2024 - 21 Oct 2025") instead of its
 * formula (SPEC, "Filters": EDATE(A, -(offset + N)) < PricingDate <= EDATE(A, -offset)), and which
 * series' window differs from the benchmark's (the join's right series), so a 6-month series is
 * never silently compared with a 12-month segment average.
 */
import type { AgentDocument, DateWindow } from "../../core/model/document";
import { daysInMonth, serialFromYmd, ymdFromSerial } from "../../core/model/excel-date";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Excel's EDATE on a calendar date: the same day N months away, clamped to a shorter month. */
function edate(year: number, month: number, day: number, months: number): number {
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return serialFromYmd(y, m, Math.min(day, daysInMonth(y, m)));
}

function shown(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "22 Oct 2024 - 21 Oct 2025" for 12 months up to 2025-10-21 (anchorIso: YYYY-MM-DD). */
export function windowDates(anchorIso: string, window: DateWindow): string {
  const [year, month, day] = anchorIso.split("-").map(Number);
  const offset = window.offsetMonths ?? 0;
  const last = edate(year, month, day, -offset);
  const first = edate(year, month, day, -(offset + window.months)) + 1;
  return `${shown(first)} - ${shown(last)}`;
}

/** The anchor the windows count back from: the document's, else today (SPEC: empty = today). */
export function anchorOrToday(anchorDate: string | null, today: Date = new Date()): string {
  if (anchorDate) return anchorDate;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}

export interface WindowDifference {
  readonly series: string;
  readonly benchmark: string;
  readonly text: string;
}

function windowWords(window: DateWindow | null, anchorIso: string): string {
  return window
    ? `${window.months} months, ${windowDates(anchorIso, window)}`
    : "all rows, no window";
}

/** Each series whose window is not the benchmark's, with the warning to show beside it. */
export function windowDifferences(doc: AgentDocument, anchorIso: string): WindowDifference[] {
  const benchmark = doc.series.find((s) => s.id === doc.join.right);
  if (!benchmark) return [];
  const same = (a: DateWindow | null, b: DateWindow | null) =>
    a === null || b === null
      ? a === b
      : a.months === b.months && (a.offsetMonths ?? 0) === (b.offsetMonths ?? 0);
  return doc.series
    .filter((s) => s !== benchmark && !same(s.filters.window, benchmark.filters.window))
    .map((s) => ({
      series: s.id,
      benchmark: benchmark.id,
      text: `${s.label || s.id} covers ${windowWords(s.filters.window, anchorIso)}; the benchmark ${benchmark.label || benchmark.id} covers ${windowWords(benchmark.filters.window, anchorIso)}. Their margins compare different periods.`,
    }));
}

/** A schedule's start ("2025-10-21T11:01") as the pane shows dates: "21 Oct 2025, 11:01". */
export function dateTimeShown(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!match) return iso;
  const [, year, month, day, time] = match;
  const date = `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
  return time ? `${date}, ${time}` : date;
}
