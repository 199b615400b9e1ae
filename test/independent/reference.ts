/**
 * A second, deliberately plain computation of the SPEC's Series 1, Series 2 and Join Series
 * measures, to check the engine against: loops over rows, decimal.js for every sum and every
 * formula, PERCENT_RANK by its textbook definition. It shares no code with the engine (not even
 * date helpers), so a mistake would have to be made twice, in two different ways, to go unseen.
 */
import Decimal from "decimal.js";
import type { CellValue } from "../../src/core/model/cells";

/** Enough digits that no division or sum here ever rounds in a way that matters. */
const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });
type Dec = InstanceType<typeof D>;

export interface ReferenceInput {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Rows (sheet row numbers, header = 1) to leave out: the ones a parser must skip. */
  readonly skipRows?: ReadonlySet<number>;
  /** Cells given as text that stand for a number: sheet row -> value of its spoilt money cell. */
  readonly textNumbers?: ReadonlyMap<number, { readonly column: string; readonly value: number }>;
  readonly anchorDate: string;
  readonly windowMonths: number;
  /** Units of the agent's currency per unit of another; absent = one currency. */
  readonly rates?: Readonly<Record<string, number>>;
}

export interface ReferenceAccount {
  readonly customerId: string;
  readonly customerName: string;
  readonly customerSegment: string;
  readonly revenue: Dec;
  readonly profit: Dec;
  readonly annualRevenue: Dec;
  /** Every ratio measure exact (to 60 digits); null where the SPEC says blank. */
  readonly avgMarginPct: Dec | null;
  readonly revenueRank: Dec;
  readonly segmentAvgMarginPct: Dec | null;
  readonly marginVariance: Dec | null;
  readonly suggestedMarginPct: Dec | null;
  readonly marginLiftPotentialPct: Dec | null;
  readonly quarterMarginUplift: Dec | null;
  readonly quarterRevenueUplift: Dec | null;
}

/** Excel serial day of EDATE(date, months), worked out from the calendar with plain Date. */
export function referenceEdateSerial(iso: string, months: number): number {
  const [year, month, day] = iso.split("-").map(Number);
  const firstOfMonth = new Date(Date.UTC(year, month - 1 + months, 1));
  const y = firstOfMonth.getUTCFullYear();
  const m = firstOfMonth.getUTCMonth();
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return (Date.UTC(y, m, Math.min(day, lastDay)) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export function referenceAgent(input: ReferenceInput): ReferenceAccount[] {
  const column = (label: string): number => {
    const index = input.headers.indexOf(label);
    if (index < 0) throw new Error(`reference: no column ${label}`);
    return index;
  };
  const idCol = column("Customer Id");
  const nameCol = column("Customer Name");
  const segmentCol = column("Customer Segment");
  const priceCol = column("Invoice Price");
  const marginCol = column("Gross Margin");
  const dateCol = column("Pricing Date");
  const currencyCol = input.headers.indexOf("Currency");

  const anchor = referenceEdateSerial(input.anchorDate, 0);
  const windowStart = referenceEdateSerial(input.anchorDate, -input.windowMonths);
  const annualStart = referenceEdateSerial(input.anchorDate, -12);

  interface Sums {
    name: string;
    segment: string;
    revenue: Dec;
    profit: Dec;
    annual: Dec;
  }
  const accounts = new Map<string, Sums>();
  const segments = new Map<string, { revenue: Dec; profit: Dec }>();

  input.rows.forEach((row, index) => {
    const sheetRow = index + 2;
    if (input.skipRows?.has(sheetRow)) return;
    const textNumber = input.textNumbers?.get(sheetRow);
    const cellNumber = (col: number, label: string): Dec => {
      if (textNumber && textNumber.column === label) return new D(String(textNumber.value));
      const cell = row[col];
      if (typeof cell !== "number")
        throw new Error(`reference: row ${sheetRow} ${label} is not a number: ${String(cell)}`);
      return new D(String(cell));
    };
    const date = row[dateCol];
    if (typeof date !== "number") throw new Error(`reference: row ${sheetRow} has no serial date`);
    // SPEC, Filters: EDATE(A, -N) < PricingDate <= A, and InvoicePrice = 0 lines excluded.
    if (!(date > windowStart && date <= anchor)) return;
    const currency = currencyCol >= 0 ? String(row[currencyCol]) : "";
    const rate =
      input.rates?.[currency] !== undefined ? new D(String(input.rates[currency])) : new D(1);
    const price = cellNumber(priceCol, "Invoice Price").times(rate);
    const margin = cellNumber(marginCol, "Gross Margin").times(rate);
    if (price.isZero()) return;

    const id = String(row[idCol]);
    const account = accounts.get(id) ?? {
      name: String(row[nameCol]),
      segment: String(row[segmentCol]),
      revenue: new D(0),
      profit: new D(0),
      annual: new D(0),
    };
    account.revenue = account.revenue.plus(price);
    account.profit = account.profit.plus(margin);
    if (date > annualStart && date <= anchor) account.annual = account.annual.plus(price);
    accounts.set(id, account);

    const segment = segments.get(account.segment) ?? { revenue: new D(0), profit: new D(0) };
    segment.revenue = segment.revenue.plus(price);
    segment.profit = segment.profit.plus(margin);
    segments.set(account.segment, segment);
  });

  const list = [...accounts.entries()];
  const n = list.length;
  return list.map(([customerId, sums]) => {
    // PERCENT_RANK: (rank - 1) / (rows - 1), rank 1 for the smallest, ties share the lowest rank.
    let smaller = 0;
    for (const [, other] of list) if (other.revenue.lessThan(sums.revenue)) smaller++;
    const revenueRank = n === 1 ? new D(0) : new D(smaller).div(n - 1);

    const current = sums.revenue.isZero() ? null : sums.profit.div(sums.revenue);
    const segment = segments.get(sums.segment)!;
    const benchmark = segment.revenue.isZero() ? null : segment.profit.div(segment.revenue);
    const both = current !== null && benchmark !== null;
    const suggested = both ? current.plus(benchmark).div(2) : null;
    const lift =
      suggested !== null && current !== null && !sums.profit.isZero()
        ? suggested.minus(current).div(current.abs())
        : null;
    const uplift =
      suggested !== null && current !== null
        ? suggested.minus(current).times(sums.annual).div(4)
        : null;
    return {
      customerId,
      customerName: sums.name,
      customerSegment: sums.segment,
      revenue: sums.revenue,
      profit: sums.profit,
      annualRevenue: sums.annual,
      avgMarginPct: current,
      revenueRank,
      segmentAvgMarginPct: benchmark,
      marginVariance: both ? benchmark.minus(current) : null,
      suggestedMarginPct: suggested,
      marginLiftPotentialPct: lift,
      quarterMarginUplift: uplift,
      quarterRevenueUplift: uplift,
    };
  });
}

/** Half-up cents of an exact value, as text. */
export function centsOf(value: Dec | number): string {
  return new D(typeof value === "number" ? String(value) : value)
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
    .toFixed(2);
}

export type { Dec };
