import Decimal from "decimal.js";
import { ExactSums, exactSum } from "../../../src/core/model/exact-sums";
import { createRandom } from "../../../src/sample/random";

/** SPEC, "Money and numbers": money sums equal an exact decimal computation to the cent. */

/** Reference arithmetic with digits to spare (decimal.js rounds to 20 significant digits by default). */
const Exact = Decimal.clone({ precision: 100 });
/** The decimal a double stands for, as a user typed it (0.1 is 0.1, not 0.1000000000000000055...). */
const decimalOf = (value: number) => new Exact(String(value));
const decimalSum = (values: readonly number[]) =>
  values.reduce((s, v) => s.plus(decimalOf(v)), new Exact(0));
const naiveSum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

function sumsOf(
  values: readonly number[],
  groups = 1,
  groupOf: (i: number) => number = () => 0
): ExactSums {
  const sums = new ExactSums(groups);
  values.forEach((v, i) => sums.add(groupOf(i), v));
  return sums;
}

/** Cents with 2 decimals, magnitudes from 0.01 to 99,999,999.99, a third of them credit notes. */
function mixedMoney(count: number, seed: number): number[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => {
    const digits = 1 + random.int(10);
    const cents = random.int(10 ** digits);
    const sign = random.chance(1 / 3) ? -1 : 1;
    return (sign * cents) / 100;
  });
}

describe("ExactSums: mixed magnitudes and credit notes", () => {
  it("equals decimal.js to the cent and beyond", () => {
    const values = mixedMoney(50_000, 7);
    const exact = decimalSum(values);
    const sums = sumsOf(values);
    expect(sums.exact(0).equals(exact)).toBe(true);
    expect(sums.total(0)).toBe(exact.toNumber());
    expect(new Decimal(sums.total(0)).toFixed(2)).toBe(exact.toFixed(2));
  });

  it("sums a hand-worked invoice with a credit note", () => {
    // 1,234,567.89 + 0.01 - 1,234,567.90 + 99.99 - 0.99 = 99.00
    const sums = sumsOf([1_234_567.89, 0.01, -1_234_567.9, 99.99, -0.99]);
    expect(sums.total(0)).toBe(99);
    expect(sums.exact(0).toString()).toBe("99");
  });

  it("gives exactly zero when credit notes cancel the invoices", () => {
    expect(sumsOf([0.1, 0.2, -0.3]).total(0)).toBe(0);
    expect(0.1 + 0.2 - 0.3).not.toBe(0); // what plain addition would report
  });
});

describe("ExactSums over 200,000 values, where plain float addition drifts", () => {
  it.each([
    { value: 0.1, exact: "20000" },
    { value: 0.2, exact: "40000" },
    { value: 1e7 + 0.01, exact: "2000000002000" },
  ])("200,000 x $value = $exact", ({ value, exact }) => {
    const values = new Array<number>(200_000).fill(value);
    const naive = naiveSum(values);
    // The drift plain summation shows (for 1e7 + 0.01 it is about $1.79, well over a cent).
    expect(naive).not.toBe(Number(exact));
    const sums = sumsOf(values);
    expect(sums.total(0)).toBe(Number(exact));
    expect(sums.exact(0).toString()).toBe(exact);
  });

  it("drifts by more than a cent when naive, and not at all when exact (1e7 + 0.01)", () => {
    const values = new Array<number>(200_000).fill(1e7 + 0.01);
    expect(Math.abs(naiveSum(values) - 2_000_000_002_000)).toBeGreaterThan(0.01);
    expect(exactSum(values)).toBe(2_000_000_002_000);
  });
});

describe("ExactSums slow path: values with more than six decimals", () => {
  it("adds 1/3 and 0.1234567 exactly as the decimals they print as", () => {
    const values = [1 / 3, 0.1234567, 2 / 3, -0.0000001];
    const sums = sumsOf(values);
    // 0.3333333333333333 + 0.1234567 + 0.6666666666666666 - 0.0000001 = 1.1234565999999999
    expect(sums.exact(0).toString()).toBe("1.1234565999999999");
    expect(sums.total(0)).toBe(1.1234565999999999);
  });

  it("mixes fast and slow values in one group and in several groups", () => {
    const random = createRandom(11);
    const values = Array.from({ length: 20_000 }, (_, i) =>
      i % 5 === 0 ? random.between(-1000, 1000) : Math.round(random.between(-1e6, 1e6) * 100) / 100
    );
    const sums = sumsOf(values, 3, (i) => i % 3);
    for (let g = 0; g < 3; g++) {
      const exact = decimalSum(values.filter((_, i) => i % 3 === g));
      expect(sums.exact(g).equals(exact)).toBe(true);
      expect(sums.total(g)).toBe(exact.toNumber());
    }
  });

  it("keeps every digit of a remainder past 20 significant digits", () => {
    // 1,234,567,890.12 + 0.3333333333333333: 28 significant digits.
    const sums = sumsOf([1_234_567_890.12, 1 / 3]);
    expect(sums.exact(0).toString()).toBe("1234567890.4533333333333333");
  });

  it("routes values of a billion or more through the exact remainder", () => {
    // 5,000,000,000.25 x 3 - 0.75 = 15,000,000,000.00
    const sums = sumsOf([5e9 + 0.25, 5e9 + 0.25, 5e9 + 0.25, -0.75]);
    expect(sums.exact(0).toString()).toBe("15000000000");
    expect(sums.total(0)).toBe(15e9);
  });
});

describe("ExactSums carries over huge totals", () => {
  it("folds micro-units into whole units without losing a micro", () => {
    // Each 999,999,999.999999 is ~1e15 micro-units; a few of them pass the carry limit.
    const value = 999_999_999.999999;
    const values = new Array<number>(10_000).fill(value);
    values.push(0.000001);
    const sums = sumsOf(values);
    // 10,000 x 999,999,999.999999 + 0.000001 = 9,999,999,999,999.990001
    expect(sums.exact(0).toString()).toBe("9999999999999.990001");
    expect(sums.total(0)).toBe(9_999_999_999_999.99);
  });

  it("carries negative totals the same way", () => {
    const values = new Array<number>(10_000).fill(-999_999_999.99);
    values.push(-0.01);
    const sums = sumsOf(values);
    // 10,000 x -999,999,999.99 - 0.01 = -9,999,999,999,900.01
    expect(sums.exact(0).toString()).toBe("-9999999999900.01");
    expect(sums.total(0)).toBe(-9_999_999_999_900.01);
  });

  it("returns totals of tens of billions (beyond the fast combine) exactly", () => {
    // 100,000 x 123,456.78 = 12,345,678,000
    const values = new Array<number>(100_000).fill(123_456.78);
    expect(exactSum(values)).toBe(12_345_678_000);
    const big = new Array<number>(20).fill(999_999_999.5);
    // 20 x 999,999,999.5 = 19,999,999,990: units go past 9e9 after the carries.
    expect(exactSum(big)).toBe(19_999_999_990);
  });

  it("keeps every group apart", () => {
    const sums = new ExactSums(2);
    for (let i = 0; i < 10; i++) {
      sums.add(0, 900_000_000.01);
      sums.add(1, -0.01);
    }
    expect(sums.total(0)).toBe(9_000_000_000.1);
    expect(sums.total(1)).toBe(-0.1);
  });
});

describe("ExactSums laws", () => {
  const values = mixedMoney(30_000, 42).map((v, i) => (i % 97 === 0 ? v / 7 : v)); // some slow-path values

  it("the sum of the group sums is the total sum", () => {
    const groups = 13;
    const byGroup = sumsOf(values, groups, (i) => (i * 7919) % groups);
    const total = sumsOf(values).exact(0);
    let ofGroups = new Exact(0);
    for (let g = 0; g < groups; g++) ofGroups = ofGroups.plus(byGroup.exact(g));
    expect(ofGroups.equals(total)).toBe(true);
    // The group totals as doubles (what sheets show) still add up to the total to the cent.
    const ofDoubles = exactSum(Array.from({ length: groups }, (_, g) => byGroup.total(g)));
    expect(new Decimal(ofDoubles).toFixed(2)).toBe(total.toFixed(2));
  });

  it("does not depend on the order of the values", () => {
    const random = createRandom(99);
    const shuffled = [...values];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    const reversed = [...values].reverse();
    expect(naiveSum(shuffled)).not.toBe(naiveSum(values)); // plain addition does depend on it
    expect(exactSum(shuffled)).toBe(exactSum(values));
    expect(exactSum(reversed)).toBe(exactSum(values));
    expect(sumsOf(shuffled).exact(0).equals(sumsOf(values).exact(0))).toBe(true);
  });

  it("skips non-finite values in exactSum", () => {
    expect(exactSum([1.5, NaN, 2.25, Infinity])).toBe(3.75);
    expect(exactSum([])).toBe(0);
  });
});
