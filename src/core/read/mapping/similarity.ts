/**
 * How alike two normalized labels are, 0..1: one minus the optimal-string-alignment edit
 * distance (insertions, deletions, substitutions and swaps of neighbours, the usual typos) over
 * the longer length. "invoceprice" vs "invoiceprice" is 1 - 1/12.
 */
export function labelSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  return 1 - editDistance(a, b) / longest;
}

/**
 * labelSimilarity(a, b) when it is at least `threshold`, else 0. The matcher only uses a
 * similarity above its threshold, and every header is scored against every form of every field,
 * so most pairs are settled by their lengths alone: the distance is at least the difference of
 * the lengths, and the similarity that bound gives is the highest the pair can have (issue 14:
 * the edit distances were a tenth of a run on a 100,000-row file). Pairs are remembered, as a
 * run maps the same headers more than once (the fields, then the owner column).
 */
export function similarityAtLeast(a: string, b: string, threshold: number): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1 >= threshold ? 1 : 0;
  if (1 - Math.abs(a.length - b.length) / longest < threshold) return 0;
  const key = `${a}\u0000${b}`;
  let similarity = remembered.get(key);
  if (similarity === undefined) {
    similarity = 1 - editDistance(a, b) / longest;
    if (remembered.size >= REMEMBERED_PAIRS) remembered.clear();
    remembered.set(key, similarity);
  }
  return similarity >= threshold ? similarity : 0;
}

/** Pairs remembered at most (labels are few; the bound only stops an unusual caller's growth). */
const REMEMBERED_PAIRS = 10_000;
const remembered = new Map<string, number>();

function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Int32Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min(
        d[(i - 1) * cols + j] + 1,
        d[i * cols + j - 1] + 1,
        d[(i - 1) * cols + j - 1] + cost
      );
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        best = Math.min(best, d[(i - 2) * cols + j - 2] + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1];
}
