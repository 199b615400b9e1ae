import { labelSimilarity, similarityAtLeast } from "../../../../src/core/read/mapping/similarity";

const LABELS = [
  "invoiceprice",
  "invoceprice",
  "invoicepirce",
  "grossmargin",
  "grossmargni",
  "customerid",
  "customername",
  "customersegment",
  "quantity",
  "qty",
  "pricingdate",
  "invoicepriceusd",
  "calculatedrebate",
  "",
  "a",
];

describe("similarityAtLeast", () => {
  it("is labelSimilarity when that reaches the threshold, else 0, for every pair", () => {
    for (const threshold of [0.5, 0.8, 0.9]) {
      for (const a of LABELS) {
        for (const b of LABELS) {
          const full = labelSimilarity(a, b);
          expect([a, b, threshold, similarityAtLeast(a, b, threshold)]).toEqual([
            a,
            b,
            threshold,
            full >= threshold ? full : 0,
          ]);
        }
      }
    }
  });

  it("finds one typo in a long label and remembers the pair the same way", () => {
    expect(similarityAtLeast("invoceprice", "invoiceprice", 0.8)).toBeCloseTo(1 - 1 / 12, 12);
    expect(similarityAtLeast("invoceprice", "invoiceprice", 0.8)).toBeCloseTo(1 - 1 / 12, 12);
    expect(similarityAtLeast("invoceprice", "invoiceprice", 0.95)).toBe(0);
  });
});
