import Decimal from "decimal.js";

/**
 * Per-group money sums that equal an exact decimal computation (SPEC, "Money and numbers"),
 * at close to the speed of plain float addition.
 *
 * A cell value such as 866388.9888 is a double that stands for a decimal. Values with at most
 * six decimals (all real money, and currency conversions rounded to six places) are added as
 * integer micro-units, which doubles hold exactly; the rare value with more decimals is added
 * to a Decimal remainder, so the total never drifts whatever the row count.
 */
const MICROS = 1e6;
/** Beyond this a value's sixth decimal is no longer recoverable from the double. */
const FAST_LIMIT = 1e9;
/** Micro-unit accumulators are folded into whole units before they can lose precision. */
const CARRY_LIMIT = 4e15;
/**
 * decimal.js rounds every result to 20 significant digits by default, too few for a total of
 * billions carrying a value such as 1/3 (16 decimals); 50 digits keep any money sum exact.
 */
const ExactDecimal = Decimal.clone({ precision: 50 });

export class ExactSums {
  private readonly units: Float64Array;
  private readonly micros: Float64Array;
  private remainders: Map<number, Decimal> | null = null;

  constructor(readonly groups: number) {
    this.units = new Float64Array(groups);
    this.micros = new Float64Array(groups);
  }

  add(group: number, value: number): void {
    const scaled = Math.round(value * MICROS);
    if (scaled / MICROS === value && value < FAST_LIMIT && value > -FAST_LIMIT) {
      const m = this.micros[group] + scaled;
      if (m > CARRY_LIMIT || m < -CARRY_LIMIT) {
        const whole = Math.trunc(m / MICROS);
        this.units[group] += whole;
        this.micros[group] = m - whole * MICROS;
      } else {
        this.micros[group] = m;
      }
      return;
    }
    this.addSlow(group, value);
  }

  private addSlow(group: number, value: number): void {
    const remainders = (this.remainders ??= new Map());
    const previous = remainders.get(group);
    const exact = new ExactDecimal(value);
    remainders.set(group, previous ? previous.plus(exact) : exact);
  }

  /** The exact sum as a Decimal. */
  exact(group: number): Decimal {
    const sum = new ExactDecimal(this.units[group]).plus(new ExactDecimal(this.micros[group]).div(MICROS));
    const remainder = this.remainders?.get(group);
    return remainder ? sum.plus(remainder) : sum;
  }

  /** The exact sum as the nearest double (to the cent and far beyond for any real total). */
  total(group: number): number {
    if (this.remainders === null || !this.remainders.has(group)) {
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

/** Exact sum of a list of money values (e.g. impact totals over flagged accounts). */
export function exactSum(values: Iterable<number>): number {
  const sums = new ExactSums(1);
  for (const v of values) if (Number.isFinite(v)) sums.add(0, v);
  return sums.total(0);
}
