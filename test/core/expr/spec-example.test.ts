/**
 * SPEC, "Join Series": the seed's worked example, evaluated with the SPEC's own formulas in the
 * formula language. Inputs are rounded to 9 digits, so agreement is to about 1e-7 relative.
 */
import {
  compileExpression,
  evaluate,
  parseExpression,
  resolveNames,
  type Value,
} from "../../../src/core/expr";

const INPUTS = ["CurrentMarginPct", "SegmentAvgMarginPct", "AnnualRevenue"];

/** Join measures in dependency order, as the SPEC defines them. */
const JOIN_MEASURES: [string, string][] = [
  ["MarginVariance", "SegmentAvgMarginPct - CurrentMarginPct"],
  ["SuggestedMarginPct", "(CurrentMarginPct + SegmentAvgMarginPct) / 2"],
  ["MarginLiftPotentialPct", "(SuggestedMarginPct - CurrentMarginPct) / ABS(CurrentMarginPct)"],
  ["QuarterMarginUplift", "(SuggestedMarginPct - CurrentMarginPct) * AnnualRevenue / 4"],
];

const EXAMPLE = [
  {
    account: "CID-0014",
    inputs: [0.154204915, 0.126670131, 4178456.848],
    expected: [-0.027534783, 0.140437523, -0.08927985, -14381.61291],
  },
  {
    account: "CID-0098",
    inputs: [0.203052154, 0.189789198, 1699032.983],
    expected: [-0.013262957, 0.196420676, -0.032658991, -2816.775135],
  },
  {
    account: "CID-0070",
    inputs: [0.213392651, 0.207939539, 605556.114],
    expected: [-0.005453112, 0.210666095, -0.012777178, -412.7706549],
  },
];

function expectClose(actual: Value, expected: number) {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected) / Math.abs(expected)).toBeLessThan(1e-7);
}

describe("the SPEC's worked example", () => {
  const names = [...INPUTS, ...JOIN_MEASURES.map(([name]) => name)];

  it.each(EXAMPLE)("$account with evaluate()", ({ inputs, expected }) => {
    const values = new Map<string, Value>(INPUTS.map((name, i) => [name, inputs[i]]));
    JOIN_MEASURES.forEach(([name, formula], i) => {
      const known = [...values.keys()];
      const value = evaluate(resolveNames(parseExpression(formula), known), (n) => values.get(n));
      values.set(name, value);
      expectClose(value, expected[i]);
    });
  });

  it.each(EXAMPLE)("$account with compiled formulas over one row", ({ inputs, expected }) => {
    const row: Value[] = [...inputs, ...JOIN_MEASURES.map(() => null)];
    JOIN_MEASURES.forEach(([, formula], i) => {
      const slot = INPUTS.length + i;
      const run = compileExpression(
        resolveNames(parseExpression(formula), names.slice(0, slot)),
        (n) => names.indexOf(n)
      );
      row[slot] = run(row);
      expectClose(row[slot], expected[i]);
    });
  });

  it("has MarginLiftPotentialPct positive for a loss-making account whose margin would rise", () => {
    // Current -5%, suggested +5%: up 10 points on a margin of size 5 points = +200%.
    const expr = parseExpression("(SuggestedMarginPct - CurrentMarginPct) / ABS(CurrentMarginPct)");
    const values: Record<string, number> = { CurrentMarginPct: -0.05, SuggestedMarginPct: 0.05 };
    expect(evaluate(expr, (n) => values[n])).toBeCloseTo(2, 14);
  });

  it("has MarginLiftPotentialPct blank when the current margin is 0 (SPEC: profit 0)", () => {
    const expr = parseExpression("(SuggestedMarginPct - CurrentMarginPct) / ABS(CurrentMarginPct)");
    expect(evaluate(expr, (n) => (n === "CurrentMarginPct" ? 0 : 0.1))).toBeNull();
  });
});
