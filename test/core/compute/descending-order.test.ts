import { descendingByKey } from "../../../src/core/compute/descending-order";

/** The comparator sort descendingByKey replaces: largest first, equal keys in index order. */
function byComparator(key: Float64Array): number[] {
  return Array.from(key, (_, g) => g).sort((a, b) => key[b] - key[a] || a - b);
}

describe("descendingByKey", () => {
  it("orders largest first and keeps equal keys in index order", () => {
    const key = Float64Array.from([5, 7.5, -2, 7.5, 0, 5, 100]);
    expect(descendingByKey(key)).toEqual([6, 1, 3, 0, 5, 4, 2]);
  });

  it("takes -0 and 0 as one key, as the comparator does", () => {
    const key = Float64Array.from([0, -0, 1, -0, 0]);
    expect(descendingByKey(key)).toEqual([2, 0, 1, 3, 4]);
  });

  it("gives an empty order for no groups", () => {
    expect(descendingByKey(new Float64Array(0))).toEqual([]);
  });

  it("equals the comparator sort on 20,000 money keys with many ties", () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const key = Float64Array.from({ length: 20_000 }, () =>
      random() < 0.3 ? Math.round(random() * 50) : Math.round((random() - 0.2) * 1e8) / 100
    );
    expect(descendingByKey(key)).toEqual(byComparator(key));
  });
});
