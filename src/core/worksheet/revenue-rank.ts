/**
 * RevenueRank of one revenue among a series' revenues (SPEC, Series 1): SQL's PERCENT_RANK,
 * (rank - 1) / (rows - 1) with tied values sharing the lowest rank, 0 for a single row. rank - 1
 * is the number of revenues strictly below, so sorting once and counting by binary search gives
 * the same double as src/core/series/percent-rank.ts (tested on ties and random data), and a
 * column of ranks over 1,000 accounts costs one sort rather than one per account.
 */
import { notAvailable, type MeasureError } from "./measure-error";

export interface RevenueRanking {
  /** The percent rank of `revenue`, which must be one of the ranked revenues (#N/A otherwise). */
  rankOf(revenue: number): number | MeasureError;
}

export function rankRevenues(revenues: readonly number[]): RevenueRanking {
  const sorted = Float64Array.from(revenues).sort();
  const n = sorted.length;
  return {
    rankOf(revenue) {
      const below = countBelow(sorted, revenue);
      if (below === n || sorted[below] !== revenue) {
        return notAvailable(
          `${revenue} is not one of the ${n} revenues ranked: RevenueRank ranks an account among the series' rows, so the revenue must be one of all_revenues.`
        );
      }
      return n === 1 ? 0 : below / (n - 1);
    },
  };
}

/** The number of values below `value` in an ascending array: the first index not below it. */
function countBelow(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
