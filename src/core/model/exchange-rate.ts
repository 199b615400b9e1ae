/**
 * The exchange rates an agent accepts (units of its currency per 1 unit of another). Real pairs
 * lie far inside 1e-6 .. 1e6 (US dollars per Iranian rial, about 2.4e-5, is among the smallest;
 * rials per dollar, about 4.2e4, among the largest). A rate outside that is a typo, and a tiny one
 * such as 5e-324 would turn every converted line into a zero-value line that the window filter
 * then drops without a word: docs/decisions.md, "Exchange rates".
 */
export const MIN_EXCHANGE_RATE = 1e-6;
export const MAX_EXCHANGE_RATE = 1e6;

/** Why a rate cannot be used, in words for "The exchange rate for EUR ..."; null when it can. */
export function exchangeRateProblem(rate: unknown): string | null {
  if (typeof rate !== "number" || !Number.isFinite(rate) || rate <= 0)
    return `must be a positive number, found ${String(rate)}`;
  if (rate < MIN_EXCHANGE_RATE || rate > MAX_EXCHANGE_RATE)
    return `must be between 0.000001 and 1,000,000, found ${String(rate)}, which would make converted amounts ${rate < 1 ? "vanish to 0" : "absurdly large"}`;
  return null;
}
