import Decimal from "decimal.js";
import { decimalParts } from "./decimal-places";

/**
 * Per-group money sums that equal an exact decimal computation (SPEC, "Money and numbers"),
 * at close to the speed of plain float addition.
 *
 * A cell value such as 866388.9888 is a double that stands for a decimal. Values with at most
 * six decimals (all real money, and currency conversions rounded to six places) are added as
 * integer micro-units, which doubles hold exactly. A value with more decimals (a derived amount
 * such as an uplift) is split, from the decimal it prints as, into whole units, micro-units and
 * units of 1e-18, each an exact integer; only a value that prints in exponent form or beyond
 * these places goes to a Decimal remainder. So the total never drifts whatever the row count.
 */
const MICROS = 1e6;
/** Beyond this a value's sixth decimal is no longer recoverable from the double. */
const FAST_LIMIT = 1e9;
/** Micro-unit accumulators are folded into whole units before they can lose precision. */
const CARRY_LIMIT = 4e15;
/** Digits after the sixth decimal, as units of 1e-18: twelve digits, below 1e12. */
const LOW_DIGITS = 12;
const LOWS_PER_MICRO = 1e12;
/**
 * decimal.js rounds every result to 20 significant digits by default, too few for a total of
 * billions carrying a value such as 1/3 (16 decimals); 50 digits keep any money sum exact.
 */
const ExactDecimal = Decimal.clone({ precision: 50 });

export class ExactSums {
  private readonly units: Float64Array;
  private readonly micros: Float64Array;
  private remainders: Map<number, Decimal> | null = null;
  /** Units of 1e-18 from values with more than six decimals; allocated on first use. */
  private lows: Float64Array | null = null;

  constructor(readonly groups: number) {
    this.units = new Float64Array(groups);
    this.micros = new Float64Array(groups);
  }

  add(group: number, value: number): void {
    const scaled = Math.round(value * MICROS);
    if (scaled / MICROS === value && value < FAST_LIMIT && value > -FAST_LIMIT)
      this.addMicros(group, scaled);
    else this.addSlow(group, value);
  }

  /**
   * Adds `sign * values[r]` to group `groupOfRow[r]` for every row with `rows[r] === 1`, a group
   * and a number (NaN is skipped), and counts those rows per group into `counts` when given.
   * The same sums as add() row by row, in one loop that keeps the common case (a value with at
   * most six decimals) free of calls, so no number is boxed per row.
   */
  addColumn(
    values: Float64Array,
    sign: 1 | -1,
    groupOfRow: Int32Array,
    rows: Uint8Array,
    counts: Float64Array | null
  ): void {
    const list = new Int32Array(rows.length);
    let n = 0;
    for (let r = 0; r < rows.length; r++) if (rows[r] === 1) list[n++] = r;
    this.addListed(values, sign, groupOfRow, null, list.subarray(0, n), counts);
  }

  /**
   * addColumn over the rows listed (row numbers, each once): a series lists the rows it takes
   * once (compute/filters/row-list.ts) and each of its sums visits only those. A row's group is
   * `rowKeys[r]`, or `groupOfKey[rowKeys[r]]` when given: a series whose accounts are decided by
   * their id's code keeps no group per row (compute/series/group-index.ts).
   */
  addListed(
    values: Float64Array,
    sign: 1 | -1,
    rowKeys: Int32Array,
    groupOfKey: Int32Array | null,
    list: Int32Array,
    counts: Float64Array | null
  ): void {
    const micros = this.micros;
    const units = this.units;
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      const key = rowKeys[r];
      const g = groupOfKey === null ? key : groupOfKey[key];
      const raw = values[r];
      if (g < 0 || raw !== raw) continue;
      if (counts !== null) counts[g]++;
      if (raw === 0) continue;
      const v = sign === 1 ? raw : -raw;
      const scaled = Math.round(v * MICROS);
      if (scaled / MICROS === v && v < FAST_LIMIT && v > -FAST_LIMIT) {
        const m = micros[g] + scaled;
        if (m > CARRY_LIMIT || m < -CARRY_LIMIT) {
          const whole = Math.trunc(m / MICROS);
          units[g] += whole;
          micros[g] = m - whole * MICROS;
        } else {
          micros[g] = m;
        }
      } else {
        this.addSlow(g, v);
      }
    }
  }

  private addSlow(group: number, value: number): void {
    if (Number.isFinite(value) && this.addByDigits(group, value)) return;
    const remainders = (this.remainders ??= new Map());
    const previous = remainders.get(group);
    const exact = new ExactDecimal(value);
    remainders.set(group, previous ? previous.plus(exact) : exact);
  }

  /**
   * Adds a value by the digits it prints as: "-14381.612914684567" is -14381 units, -612914
   * micro-units and -684567000000 units of 1e-18. False when the text is in exponent form or has
   * more places than that, for the Decimal remainder to take.
   */
  private addByDigits(group: number, value: number): boolean {
    // Most values' decimals are found without their text (model/decimal-places.ts).
    const digits = decimalParts(value) ?? splitDigits(String(value));
    if (digits === null) return false;
    this.units[group] += digits.units;
    this.addMicros(group, digits.micros);
    this.addLows(group, digits.lows);
    return true;
  }

  private addLows(group: number, lows: number): void {
    const lowSums = (this.lows ??= new Float64Array(this.groups));
    const l = lowSums[group] + lows;
    if (l > CARRY_LIMIT || l < -CARRY_LIMIT) {
      const carried = Math.trunc(l / LOWS_PER_MICRO);
      this.addMicros(group, carried);
      lowSums[group] = l - carried * LOWS_PER_MICRO;
    } else {
      lowSums[group] = l;
    }
  }

  private addMicros(group: number, micros: number): void {
    const m = this.micros[group] + micros;
    if (m > CARRY_LIMIT || m < -CARRY_LIMIT) {
      const whole = Math.trunc(m / MICROS);
      this.units[group] += whole;
      this.micros[group] = m - whole * MICROS;
    } else {
      this.micros[group] = m;
    }
  }

  /**
   * These sums added up into fewer groups, `into[g]` taking group g: a series by segment from
   * the exact sums of its accounts (compute/series/roll-up.ts). Every part is an integer held
   * exactly, so the totals are those of adding each line to its coarse group. Null when a group
   * has a Decimal remainder (rounded to 50 digits, so the order of adding could show) or whole
   * units would pass 2^53.
   */
  rolledUp(into: Int32Array, groups: number): ExactSums | null {
    if (this.remainders !== null && this.remainders.size > 0) return null;
    const out = new ExactSums(groups);
    for (let g = 0; g < this.groups; g++) {
      const to = into[g];
      const units = out.units[to] + this.units[g];
      if (!(units < Number.MAX_SAFE_INTEGER && units > -Number.MAX_SAFE_INTEGER)) return null;
      out.units[to] = units;
      out.addMicros(to, this.micros[g]);
      if (this.lows !== null && this.lows[g] !== 0) out.addLows(to, this.lows[g]);
    }
    return out;
  }

  /** The exact sum as a Decimal. */
  exact(group: number): Decimal {
    let sum = new ExactDecimal(this.units[group]).plus(
      new ExactDecimal(this.micros[group]).div(MICROS)
    );
    const lows = this.lows?.[group] ?? 0;
    if (lows !== 0) sum = sum.plus(new ExactDecimal(lows).div(MICROS * LOWS_PER_MICRO));
    const remainder = this.remainders?.get(group);
    return remainder ? sum.plus(remainder) : sum;
  }

  /** The exact sum as the nearest double (to the cent and far beyond for any real total). */
  total(group: number): number {
    const noLows = this.lows === null || this.lows[group] === 0;
    if (noLows && (this.remainders === null || !this.remainders.has(group))) {
      const units = this.units[group];
      const micros = this.micros[group];
      const combined = units * MICROS + micros;
      if (Math.abs(combined) < Number.MAX_SAFE_INTEGER && (units === 0 || Math.abs(units) < 9e9)) {
        return combined / MICROS;
      }
    }
    return this.exact(group).toNumber();
  }
}

/** A value's printed digits as signed whole units, micro-units and units of 1e-18. */
interface Digits {
  units: number;
  micros: number;
  lows: number;
}
/** Reused by splitDigits: sums of report columns split tens of thousands of values. */
const DIGITS: Digits = { units: 0, micros: 0, lows: 0 };

/**
 * "-14381.612914684567" is -14381 units, -612914 micro-units and -684567000000 units of 1e-18;
 * null for exponent form or more places than that. Read digit by digit (no substrings): the
 * report's totals split every flagged account's uplifts this way.
 */
function splitDigits(text: string): Digits | null {
  const length = text.length;
  const negative = text.charCodeAt(0) === 45;
  let i = negative ? 1 : 0;
  let units = 0;
  let wholeDigits = 0;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) break;
    if (c < 48 || c > 57) return null; // "e", "Infinity", "NaN"
    units = units * 10 + (c - 48);
    wholeDigits++;
  }
  if (wholeDigits > 15 || length - i - 1 > 6 + LOW_DIGITS) return null;
  let micros = 0;
  let lows = 0;
  for (let place = 0, k = i + 1; place < 6 + LOW_DIGITS; place++, k++) {
    const c = k < length ? text.charCodeAt(k) : 48;
    if (c < 48 || c > 57) return null;
    if (place < 6) micros = micros * 10 + (c - 48);
    else lows = lows * 10 + (c - 48);
  }
  const sign = negative ? -1 : 1;
  DIGITS.units = sign * units;
  DIGITS.micros = sign * micros;
  DIGITS.lows = sign * lows;
  return DIGITS;
}

/**
 * Exact sum of a list of money values (e.g. impact totals over flagged accounts). One value is
 * its own exact sum (the decimal it prints as is the double itself), so an action of one
 * account costs no decimal arithmetic.
 */
export function exactSum(values: Iterable<number>): number {
  // The second value starts the exact sums: one value is added to nothing (no digits split).
  let sums: ExactSums | null = null;
  let count = 0;
  let only = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (count === 0) only = v;
    else {
      if (sums === null) {
        sums = new ExactSums(1);
        sums.add(0, only);
      }
      sums.add(0, v);
    }
    count++;
  }
  if (count === 0) return 0;
  return count === 1 || sums === null ? only + 0 : sums.total(0);
}
