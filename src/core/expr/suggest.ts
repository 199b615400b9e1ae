/**
 * "Did you mean ...?" for misspelt measure and function names: the nearest candidate by
 * case-insensitive edit distance, or one that starts with what was typed.
 */

/** Levenshtein distance: insertions, deletions and substitutions of one character each cost 1. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/** A candidate matches as well as its closest form, e.g. `Series1.AvgMarginPct` or `AvgMarginPct`. */
export interface Candidate {
  readonly name: string;
  readonly forms: readonly string[];
}

/**
 * The candidate nearest to `typed`, if it is near enough to be a plausible slip: at most a third
 * of the typed length in edits (at least 1, at most 3), or a prefix of at least 3 characters.
 * Ties go to the earlier candidate, so callers list the most likely names first.
 */
export function nearestName(typed: string, candidates: readonly Candidate[]): string | undefined {
  const target = typed.toLowerCase();
  const maxDistance = Math.max(1, Math.min(3, Math.floor(target.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    for (const form of candidate.forms) {
      const distance = editDistance(target, form.toLowerCase());
      if (distance < bestDistance) {
        best = candidate.name;
        bestDistance = distance;
      }
    }
  }
  if (best !== undefined && bestDistance <= maxDistance) return best;
  if (target.length < 3) return undefined;
  const prefixed = candidates
    .filter((c) => c.forms.some((form) => form.toLowerCase().startsWith(target)))
    .sort((x, y) => x.name.length - y.name.length);
  return prefixed[0]?.name;
}
