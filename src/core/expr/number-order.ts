/**
 * How the language compares two numbers. Ratios computed in binary floating point carry noise in
 * their last digits: a 3% margin in a 5% segment gives 0.05 - 0.03 = 0.020000000000000004, which a
 * plain `>` calls "more than 2 points below". Excel rounds both sides of a comparison to the 15
 * significant digits it shows; we state that as a relative tolerance (docs/decisions.md, "Comparing
 * numbers"), which the SQL compiler can write in every dialect and which has no rounding edges.
 */

/** Two numbers within this fraction of the larger magnitude are equal (about 14 significant digits). */
export const RELATIVE_TOLERANCE = 1e-14;

/** -1, 0 or 1: equal within the tolerance, otherwise as the numbers are ordered. */
export function compareNumbers(a: number, b: number): number {
  if (a === b) return 0;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (Math.abs(a - b) <= RELATIVE_TOLERANCE * scale) return 0;
  return a < b ? -1 : 1;
}
