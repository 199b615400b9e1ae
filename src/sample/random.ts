/**
 * A small seeded pseudo-random generator (mulberry32) so sample data is the same for the same
 * seed on every machine and in every host; Math.random cannot be seeded.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Uniform in [low, high). */
  between(low: number, high: number): number;
  /** Standard normal (mean 0, standard deviation 1). */
  normal(): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    between: (low, high) => low + (high - low) * next(),
    // Box-Muller; 1 - next() keeps the logarithm's argument above zero.
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    chance: (probability) => next() < probability,
  };
}

/**
 * Picks an index with probability proportional to its weight in O(log n): cumulative weights
 * and a binary search, cheap enough for a million picks among tens of thousands of accounts.
 */
export function weightedPicker(weights: readonly number[], random: Random): () => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    total += weights[i];
    cumulative[i] = total;
  }
  const last = weights.length - 1;
  return () => {
    const target = random.next() * total;
    let low = 0;
    let high = last;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}
