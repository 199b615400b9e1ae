import Decimal from "decimal.js";
import { decimalParts } from "../../../src/core/model/decimal-places";
import { ExactSums, exactSum } from "../../../src/core/model/exact-sums";
import { createRandom } from "../../../src/sample/random";

/**
 * decimalParts finds the decimal a double prints as without its text; exact sums add each value
 * as that decimal, so whatever it answers must be exactly what the text says, and it may answer
 * null (the text decides) but never differently.
 */

/** The parts read from String(value), as exact-sums.ts reads them (null beyond its places). */
function partsOfText(value: number): { units: number; micros: number; lows: number } | null {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match || match[2].length > 15 || (match[3] ?? "").length > 18) return null;
  const places = (match[3] ?? "").padEnd(18, "0");
  const sign = match[1] === "-" ? -1 : 1;
  return {
    units: sign * Number(match[2]),
    micros: sign * Number(places.slice(0, 6)),
    lows: sign * Number(places.slice(6)),
  };
}

/** The answer for value, compared to the text's: counts answers, fails on any difference. */
function compare(values: readonly number[]): { answered: number; differing: number[] } {
  let answered = 0;
  const differing: number[] = [];
  for (const value of values) {
    const found = decimalParts(value);
    if (found === null) continue;
    answered++;
    const text = partsOfText(value);
    const same =
      text !== null &&
      text.units === found.units &&
      text.micros === found.micros &&
      text.lows === found.lows;
    if (!same) differing.push(value);
  }
  return { answered, differing };
}

const random = createRandom(14);
const uniform = (low: number, high: number) => low + (high - low) * random.next();
const many = (count: number, make: () => number) => Array.from({ length: count }, make);
/** Every value, negated, halved and nudged by one ulp each way. */
const withNeighbours = (values: readonly number[]) =>
  values.flatMap((v) => [v, -v, v / 2, nextUp(v), nextDown(v)]);

function nextUp(v: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  view.setBigUint64(0, view.getBigUint64(0) + (v >= 0 ? 1n : -1n));
  return view.getFloat64(0);
}
function nextDown(v: number): number {
  return -nextUp(-v);
}

describe("decimalParts: the decimal a double prints as, without its text", () => {
  it.each([
    [
      "uplifts (a margin gap x revenue / 4)",
      () => ((uniform(-0.03, 0.07) * Math.round(uniform(0, 1e10))) / 100) * 0.25,
    ],
    ["expected impact (an uplift x 50 / 100)", () => (uniform(0, 1e6) * 50) / 100],
    ["amounts up to 1e9 with every magnitude", () => uniform(0, 1) * 10 ** random.int(16) * 1e-6],
    ["decimals of 1 to 15 places", () => random.int(1e9) / 10 ** (1 + random.int(15))],
    [".005 halves", () => random.int(1e6) / 1000 + 0.005],
    ["ratios", () => 1 / (1 + random.int(10_000))],
    ["near 1e9", () => 1e9 - uniform(0, 10)],
    ["1e-6 to 1e-5 with up to 15 places", () => (1e9 + random.int(9e9)) / 1e15],
    ["converted amounts (x 1.0837)", () => (random.int(1e8) / 100) * 1.0837],
  ])("answers as String() does for %s", (_, make) => {
    const { answered, differing } = compare(withNeighbours(many(20_000, make)));
    expect(differing).toEqual([]);
    expect(answered).toBeGreaterThan(0);
  });

  it("answers for most uplifts, so their totals make no text", () => {
    const uplifts = many(10_000, () => uniform(-0.03, 0.07) * uniform(1e3, 1e7) * 0.25);
    expect(compare(uplifts).answered).toBeGreaterThan(9_000);
  });

  it.each([
    0.005,
    1.005,
    2.675,
    0.1 + 0.2,
    1 / 3,
    2 / 3,
    14381.612914684567,
    999999999.9999999,
    123456789.12345679,
    1e-6,
    2 ** -10 + 2 ** -40,
    2 ** -19,
    0.5,
    1e15,
    1e9,
    5e-324,
  ])("answers as String() does, or not at all, for %p", (value) => {
    expect(compare(withNeighbours([value])).differing).toEqual([]);
  });

  it("leaves six places or fewer, powers of two, exponent forms and 1e9 up to the text", () => {
    for (const value of [0.1, 19.99, 866388.9888, 0.25, 2 ** -19, 1e-7, 1e9, 1e15, 2e9 + 0.5])
      expect(decimalParts(value)).toBeNull();
  });

  it("splits 14381.612914684567 into units, micro-units and units of 1e-18", () => {
    expect({ ...decimalParts(-14381.612914684567) }).toEqual({
      units: -14381,
      micros: -612914,
      lows: -684567000000,
    });
  });
});

describe("exact sums of values with many places equal decimal.js on their printed decimals", () => {
  const Exact = Decimal.clone({ precision: 100 });
  const reference = (values: readonly number[]) =>
    values.reduce((s, v) => s.plus(new Exact(String(v))), new Exact(0));

  it.each([
    ["uplifts, both signs", () => uniform(-0.03, 0.07) * uniform(1e3, 1e7) * 0.25],
    ["large and small", () => uniform(-1, 1) * 10 ** random.int(15) * 1e-6],
    ["1e15 and thirds", () => (random.chance(0.5) ? 1e15 : 1 / (1 + random.int(7)))],
  ])("%s", (_, make) => {
    const values = many(30_000, make);
    const sums = new ExactSums(1);
    for (const v of values) sums.add(0, v);
    expect(sums.exact(0).equals(reference(values))).toBe(true);
    expect(exactSum(values)).toBe(reference(values).toNumber());
  });
});
