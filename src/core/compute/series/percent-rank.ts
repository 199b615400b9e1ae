/**
 * SQL's PERCENT_RANK, ascending (SPEC, RevenueRank): (rank - 1) / (rows - 1), where rank is 1 for
 * the smallest value and tied values share the lowest rank; 0 for a single row. Blank values are
 * not ranked and stay blank.
 */
export function percentRank(values: readonly (number | null)[]): (number | null)[] {
  // The finite values sorted natively (no comparator), then each value's rank - 1 is how many
  // values are smaller: the first place it could go (ties share it; -0 and 0 tie, as ===).
  let n = 0;
  for (let i = 0; i < values.length; i++) if (isRanked(values[i])) n++;
  const sorted = new Float64Array(n);
  for (let i = 0, k = 0; i < values.length; i++) if (isRanked(values[i])) sorted[k++] = values[i]!;
  sorted.sort();
  const out = new Array<number | null>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = !isRanked(v) ? null : n === 1 ? 0 : smallerThan(sorted, v!) / (n - 1);
  }
  return out;
}

function isRanked(v: number | null): boolean {
  return v !== null && v - v === 0;
}

/** How many sorted values are smaller than v. */
function smallerThan(sorted: Float64Array, v: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < v) low = mid + 1;
    else high = mid;
  }
  return low;
}
