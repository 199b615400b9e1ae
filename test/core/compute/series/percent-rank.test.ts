import { percentRank } from "../../../../src/core/compute/series/percent-rank";

/** SPEC, "Series 1": RevenueRank = PERCENT_RANK ascending, (rank - 1) / (rows - 1). */
describe("percentRank", () => {
  it("ranks ascending from 0 (smallest) to 1 (largest)", () => {
    // Sorted: 10 (rank 1), 20 (2), 30 (3), 40 (4), 50 (5) -> (rank - 1) / 4.
    expect(percentRank([30, 10, 50, 20, 40])).toEqual([0.5, 0, 1, 0.25, 0.75]);
  });

  it("gives tied rows the lowest rank of the tie", () => {
    // Sorted: 5 (rank 1), 7, 7, 7 (rank 2 each), 9 (rank 5) -> 0, 1/4, 1/4, 1/4, 1.
    expect(percentRank([7, 5, 7, 9, 7])).toEqual([0.25, 0, 0.25, 1, 0.25]);
    // A tie at the top does not reach 1: ranks 1, 2, 2 -> 0, 0.5, 0.5.
    expect(percentRank([1, 3, 3])).toEqual([0, 0.5, 0.5]);
    // Everyone tied: all rank 1.
    expect(percentRank([4, 4, 4])).toEqual([0, 0, 0]);
  });

  it("is 0 for a single row", () => {
    expect(percentRank([123.45])).toEqual([0]);
    expect(percentRank([null, -5, null])).toEqual([null, 0, null]);
  });

  it("keeps blanks blank and ranks only the other rows", () => {
    // Ranked rows: -10 (rank 1), 0 (2), 10 (3) -> 0, 0.5, 1.
    expect(percentRank([10, null, -10, null, 0])).toEqual([1, null, 0, null, 0.5]);
    expect(percentRank([null, null])).toEqual([null, null]);
    expect(percentRank([])).toEqual([]);
  });

  it("does not rank NaN or infinite values", () => {
    expect(percentRank([NaN, 2, Infinity, 1])).toEqual([null, 1, null, 0]);
  });

  it("treats negative revenue (credit notes exceeding invoices) as the smallest", () => {
    expect(percentRank([-250.5, 100, -1000])).toEqual([0.5, 1, 0]);
  });

  it("gives k/107 over 108 rows, as the seed's example ranks", () => {
    // Revenues 1000, 2000, ..., 108000 in a shuffled order: the row with (k + 1) x 1000 has rank k/107.
    const revenues = Array.from({ length: 108 }, (_, i) => (((i * 37) % 108) + 1) * 1000);
    const ranks = percentRank(revenues);
    revenues.forEach((revenue, i) => {
      const k = revenue / 1000 - 1;
      expect(ranks[i]).toBe(k / 107);
    });
    expect(ranks[revenues.indexOf(108000)]).toBe(1);
    expect(ranks[revenues.indexOf(1000)]).toBe(0);
    // A rule RevenueRank > 0.6 keeps the top 40%: ranks 65/107 .. 107/107, 43 rows of 108.
    expect(ranks.filter((r) => (r as number) > 0.6)).toHaveLength(43);
  });
});
