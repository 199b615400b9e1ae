/**
 * SQL's PERCENT_RANK, ascending (SPEC, RevenueRank): (rank - 1) / (rows - 1), where rank is 1 for
 * the smallest value and tied values share the lowest rank; 0 for a single row. Blank values are
 * not ranked and stay blank.
 */
export function percentRank(values: readonly (number | null)[]): (number | null)[] {
  const ranked: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && Number.isFinite(v)) ranked.push(i);
  }
  ranked.sort((a, b) => (values[a] as number) - (values[b] as number));
  const out = new Array<number | null>(values.length).fill(null);
  const n = ranked.length;
  let rank = 1;
  for (let k = 0; k < n; k++) {
    if (k > 0 && values[ranked[k]] !== values[ranked[k - 1]]) rank = k + 1;
    out[ranked[k]] = n === 1 ? 0 : (rank - 1) / (n - 1);
  }
  return out;
}
