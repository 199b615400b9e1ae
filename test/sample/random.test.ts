import { edateSerial, isoToSerial, serialToUtcDate } from "../../src/sample/excel-date";
import { createRandom, weightedPicker } from "../../src/sample/random";

describe("createRandom", () => {
  it("repeats its sequence for a seed and stays in [0, 1)", () => {
    const a = createRandom(2025);
    const b = createRandom(2025);
    const first = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(createRandom(2026).next()).not.toBe(first[0]);
  });

  it("draws normals with mean 0 and standard deviation 1", () => {
    const random = createRandom(9);
    const draws = Array.from({ length: 50_000 }, () => random.normal());
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const sd = Math.sqrt(draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(sd - 1)).toBeLessThan(0.02);
  });
});

describe("weightedPicker", () => {
  it("picks in proportion to the weights and never a zero weight", () => {
    const pick = weightedPicker([1, 0, 3], createRandom(5));
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[pick()]++;
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(2.8);
    expect(counts[2] / counts[0]).toBeLessThan(3.2);
  });
});

describe("sample dates", () => {
  it("uses Excel's serial numbers", () => {
    expect(isoToSerial("2025-10-21")).toBe(45951);
    expect(isoToSerial("1900-03-01")).toBe(61);
    expect(serialToUtcDate(45951).toISOString()).toBe("2025-10-21T00:00:00.000Z");
  });

  it("computes EDATE with the day clamped to the month's end", () => {
    expect(edateSerial("2025-10-21", -12)).toBe(isoToSerial("2024-10-21"));
    expect(edateSerial("2024-03-31", -1)).toBe(isoToSerial("2024-02-29"));
    expect(edateSerial("2025-03-31", -1)).toBe(isoToSerial("2025-02-28"));
    expect(edateSerial("2025-01-15", -18)).toBe(isoToSerial("2023-07-15"));
  });
});
