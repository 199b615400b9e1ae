import { rankRevenues } from "../../../src/core/worksheet/revenue-rank";
import { percentRank } from "../../../src/core/compute/series/percent-rank";
import { createRandom } from "../../../src/sample/random";

describe("rankRevenues", () => {
  test("hand-worked: 10, 20, 20, 40 rank 0, 1/3, 1/3 (ties share the lower rank), 1", () => {
    const ranking = rankRevenues([40, 20, 10, 20]);
    expect([10, 20, 40].map((r) => ranking.rankOf(r))).toEqual([0, 1 / 3, 1]);
  });

  test("a single account ranks 0 (SPEC)", () => {
    expect(rankRevenues([123.45]).rankOf(123.45)).toBe(0);
  });

  test("a revenue that is not among those ranked is #N/A, with a message saying why", () => {
    const result = rankRevenues([1, 2, 3]).rankOf(2.5);
    expect(result).toMatchObject({ code: "#N/A" });
    expect((result as { message: string }).message).toContain("not one of the 3 revenues");
    expect(rankRevenues([]).rankOf(1)).toMatchObject({ code: "#N/A" });
  });

  test("equals the engine's PERCENT_RANK, double for double, on random revenues with ties and credit notes", () => {
    const random = createRandom(11);
    for (let round = 0; round < 50; round++) {
      const n = 1 + random.int(400);
      const revenues = Array.from({ length: n }, () =>
        random.chance(0.2)
          ? random.int(20) * 1000
          : Math.round(random.between(-5e4, 5e6) * 100) / 100
      );
      const engine = percentRank(revenues);
      const ranking = rankRevenues(revenues);
      revenues.forEach((revenue, i) => expect(ranking.rankOf(revenue)).toBe(engine[i]));
    }
  });
});
