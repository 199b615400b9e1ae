/**
 * The decimal a double prints as (`String(value)`: the shortest decimal that reads back as the
 * same double, the closest of those when several have that length; ECMA-262 Number::toString),
 * found with double arithmetic instead of making the text: exact sums add each value as that
 * decimal (model/exact-sums.ts), and making the text of every uplift cost ~0.4 us a value.
 *
 * Only what can be decided exactly is decided here: a value from 1e-6 to 1e9 whose decimal has
 * 7 to 15 places. Anything else (fewer places, more, a near tie) is left to the text (null), so
 * the sums are the same as before whatever the value (test/core/model/decimal-places.test.ts).
 */

/** The decimal's whole units, micro-units (places 1-6) and units of 1e-18 (places 7-18). */
export interface DecimalParts {
  units: number;
  micros: number;
  lows: number;
}

const MIN_PLACES = 7;
const MAX_PLACES = 15;
/** 10^p for p = 0..18, each exact as a double. */
const POWERS = Array.from({ length: 19 }, (_, p) => Number(`1e${p}`));
/** Veltkamp's splitter for doubles: 2^27 + 1. */
const SPLITTER = 134217729;
/** 10^p split into two halves of 26 bits (Dekker's product needs them). */
const POWER_HIGH = POWERS.map((power) => {
  const t = SPLITTER * power;
  return t - (t - power);
});
const POWER_LOW = POWERS.map((power, p) => power - POWER_HIGH[p]);
/**
 * Distances closer than this to a bound are left to the text: the distance (at most 1.5) is
 * off by at most two roundings of 2^-54 each, far below it.
 */
const MARGIN = 2 ** -45;

/** Reused: the report's totals split tens of thousands of values. */
const PARTS: DecimalParts = { units: 0, micros: 0, lows: 0 };

/**
 * The parts of the decimal `value` prints as, when it has 7 to 15 places and |value| is from
 * 1e-6 to 1e9; else null (the caller reads the text). The object returned is reused.
 */
export function decimalParts(value: number): DecimalParts | null {
  const a = value < 0 ? -value : value;
  if (!(a >= 1e-6 && a < 1e9)) return null;
  const units = Math.floor(a);
  // The fraction of a double is itself a double, exactly.
  const fraction = a - units;
  const halfUlp = halfUlpOf(a);
  // A power of two has a nearer double below than above: its interval is not symmetric.
  if (halfUlp === 0) return null;
  for (let p = MIN_PLACES - 1; p <= MAX_PLACES; p++) {
    const n = nearestScaled(fraction, p, halfUlp);
    if (n === UNDECIDED) return null;
    if (n === NO_ROUND_TRIP) continue;
    // A decimal of six places or fewer reads back: the caller's micro-unit path, or the text.
    if (p < MIN_PLACES) return null;
    const lowScale = POWERS[p - 6];
    const micros = Math.floor(n / lowScale);
    const lows = (n - micros * lowScale) * POWERS[18 - p];
    const sign = value < 0 ? -1 : 1;
    PARTS.units = sign * units;
    PARTS.micros = sign * micros;
    PARTS.lows = sign * lows;
    return PARTS;
  }
  return null;
}

const UNDECIDED = -1;
const NO_ROUND_TRIP = -2;

/**
 * The integer n nearest to fraction x 10^p when the decimal units + n / 10^p reads back as the
 * value (it is then within half an ulp of it; strictly, as a tie would go to the even double);
 * NO_ROUND_TRIP when it does not, UNDECIDED when too close to call. fraction x 10^p is held
 * exactly as high + low (Dekker's product), so the distance n - fraction x 10^p is one rounded
 * subtraction of exact terms.
 */
function nearestScaled(fraction: number, p: number, halfUlp: number): number {
  const high = fraction * POWERS[p];
  const t = SPLITTER * fraction;
  const fh = t - (t - fraction);
  const fl = fraction - fh;
  const ph = POWER_HIGH[p];
  const pl = POWER_LOW[p];
  const low = fh * ph - high + fh * pl + fl * ph + fl * pl;
  let n = Math.round(high);
  // n - high is exact (Sterbenz: n and high are within a factor of two, or n is 0).
  let distance = n - high - low;
  if (distance > 0.5 || distance < -0.5) {
    const step = distance > 0 ? -1 : 1;
    n += step;
    distance += step;
  }
  const size = distance < 0 ? -distance : distance;
  if (size > 0.5 - MARGIN) return UNDECIDED;
  // Exact: a power of two times a power of ten below 10^22.
  const limit = halfUlp * POWERS[p];
  if (size < limit - MARGIN) return n;
  if (size > limit + MARGIN) return NO_ROUND_TRIP;
  return UNDECIDED;
}

/** Reads and writes a double's bits (big-endian, whatever the platform). */
const BITS = new DataView(new ArrayBuffer(8));

/**
 * Half the spacing of doubles at a (a positive normal double): 2^(e - 53) for a in
 * (2^e, 2^(e+1)); 0 for a power of two itself. Read from the exponent's bits (Math.log2 and
 * a power cost more than the rest of decimalParts).
 */
function halfUlpOf(a: number): number {
  BITS.setFloat64(0, a);
  const high = BITS.getUint32(0);
  if ((high & 0xfffff) === 0 && BITS.getUint32(4) === 0) return 0;
  // The biased exponent less 53, with a zero mantissa: 2^(e - 53).
  BITS.setUint32(0, (((high >>> 20) & 0x7ff) - 53) << 20);
  BITS.setUint32(4, 0);
  return BITS.getFloat64(0);
}
