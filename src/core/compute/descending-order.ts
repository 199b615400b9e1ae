/**
 * Indexes by key, largest first, equal keys in index order: the comparator sort
 * `key[b] - key[a] || a - b` without a comparator call per step (a series has one group per
 * account, 20,000 at a million lines). The keys are sorted natively, each distinct key gets its
 * rank by a binary search (no map of boxed numbers), and a counting sort by rank keeps equal keys
 * in index order. Finite keys only; -0 and 0 are one key, as they compare equal.
 */
export function descendingByKey(key: Float64Array): number[] {
  // Distinct keys, largest first (adding 0 makes -0 the key 0, which it equals).
  const sorted = key.map((k) => k + 0).sort();
  const distinct = new Float64Array(sorted.length);
  let count = 0;
  for (let i = sorted.length - 1; i >= 0; i--)
    if (count === 0 || distinct[count - 1] !== sorted[i]) distinct[count++] = sorted[i];
  const rankOfIndex = new Int32Array(key.length);
  const start = new Int32Array(count + 1);
  for (let g = 0; g < key.length; g++) {
    const rank = rankIn(distinct, count, key[g]);
    rankOfIndex[g] = rank;
    start[rank + 1]++;
  }
  for (let r = 0; r < count; r++) start[r + 1] += start[r];
  const order = new Array<number>(key.length);
  for (let g = 0; g < key.length; g++) order[start[rankOfIndex[g]]++] = g;
  return order;
}

/** The place of `value` among the first `count` keys of `distinct`, largest first. */
function rankIn(distinct: Float64Array, count: number, value: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (distinct[middle] > value) low = middle + 1;
    else high = middle;
  }
  return low;
}
