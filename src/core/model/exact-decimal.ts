/**
 * Decimal arithmetic for contribution money: 50 significant digits (as ExactSums uses), so sums,
 * charges (costs x use / quantity) and present values carry no rounding until the end.
 */
import Decimal from "decimal.js";

export const Exact = Decimal.clone({ precision: 50 });
export const ZERO = new Exact(0);

/**
 * The nearest double of an exact amount, after dropping digits beyond the 20th decimal: a
 * quotient such as 100 / 3 summed three times leaves 1e-48, which is zero, not a tiny cost.
 */
export function toNumber(value: Decimal): number {
  return value.decimalPlaces() <= 20 ? value.toNumber() : value.toDecimalPlaces(20).toNumber();
}
