import { ExactSums, exactSum } from "../../../src/core/model/exact-sums";

/**
 * ExactSums.addColumn is the engine's hot path for every sum (compute/series/aggregate.ts): it
 * must give exactly what add() gives value by value, whichever branch a value takes.
 */
describe("ExactSums.addColumn", () => {
  // Micro-unit values, values with more decimals, large ones, exponent forms, zeros and NaN.
  const VALUES = [
    0.1,
    0.2,
    19.99,
    -7.125,
    1234567.891234,
    0.123456789,
    -14381.612914684567,
    1 / 3,
    2e9 + 0.5,
    1e-7,
    1.5e300,
    0,
    -0,
    Number.NaN,
    866388.9888,
    -0.000001,
  ];

  function column(length: number, seed: number): Float64Array {
    const out = new Float64Array(length);
    let x = seed;
    for (let r = 0; r < length; r++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      out[r] = VALUES[x % VALUES.length] * (x % 3 === 0 ? -1 : 1);
    }
    return out;
  }

  it("sums each group's rows exactly as add() does, for both signs, skipping masked rows and NaN", () => {
    const n = 5000;
    const values = column(n, 7);
    const groupOfRow = Int32Array.from({ length: n }, (_, r) => (r % 11 === 0 ? -1 : r % 5));
    const rows = Uint8Array.from({ length: n }, (_, r) => (r % 7 === 3 ? 0 : 1));
    for (const sign of [1, -1] as const) {
      const bulk = new ExactSums(5);
      const counts = new Float64Array(5);
      bulk.addColumn(values, sign, groupOfRow, rows, counts);
      const oneByOne = new ExactSums(5);
      const expectedCounts = new Float64Array(5);
      for (let r = 0; r < n; r++) {
        const g = groupOfRow[r];
        const v = values[r];
        if (rows[r] === 0 || g < 0 || Number.isNaN(v)) continue;
        expectedCounts[g]++;
        if (v !== 0) oneByOne.add(g, sign * v);
      }
      for (let g = 0; g < 5; g++) {
        expect(bulk.exact(g).toString()).toBe(oneByOne.exact(g).toString());
        expect(bulk.total(g)).toBe(oneByOne.total(g));
      }
      expect(Array.from(counts)).toEqual(Array.from(expectedCounts));
    }
  });

  it("keeps cents exact over a million-row-sized column of money", () => {
    const n = 200_000;
    const values = new Float64Array(n).fill(0.1);
    const sums = new ExactSums(1);
    sums.addColumn(values, 1, new Int32Array(n), new Uint8Array(n).fill(1), null);
    expect(sums.total(0)).toBe(20000);
  });
});

describe("exactSum", () => {
  it("gives one value back as it is, and sums several exactly", () => {
    expect(exactSum([-14381.612914684567])).toBe(-14381.612914684567);
    expect(exactSum([1.5e300])).toBe(1.5e300);
    expect(exactSum([Number.NaN, 3.25])).toBe(3.25);
    expect(exactSum([0.1, 0.2])).toBe(0.3);
    expect(exactSum([])).toBe(0);
  });
});
