import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import {
  compileExpression,
  equalExpressions,
  parseExpression,
  resolveNames,
  type Value,
} from "../../../src/core/expr";
import {
  JOIN_MEASURE_FORMULAS,
  marginLiftPotentialPct,
  marginVariance,
  quarterMarginUplift,
  quarterRevenueUplift,
  suggestedMarginPct,
} from "../../../src/core/worksheet/join-measures";
import { isMeasureError, type MeasureError } from "../../../src/core/worksheet/measure-error";
import { createRandom } from "../../../src/sample/random";

/** SPEC's worked example (inputs rounded to 9 digits, so agreement to about 1e-7 relative). */
const SPEC_EXAMPLE = [
  {
    id: "CID-0014",
    current: 0.154204915,
    segment: 0.126670131,
    revenue: 4178456.848,
    variance: -0.027534783,
    suggested: 0.140437523,
    lift: -0.08927985,
    uplift: -14381.61291,
  },
  {
    id: "CID-0098",
    current: 0.203052154,
    segment: 0.189789198,
    revenue: 1699032.983,
    variance: -0.013262957,
    suggested: 0.196420676,
    lift: -0.032658991,
    uplift: -2816.775135,
  },
  {
    id: "CID-0070",
    current: 0.213392651,
    segment: 0.207939539,
    revenue: 605556.114,
    variance: -0.005453112,
    suggested: 0.210666095,
    lift: -0.012777178,
    uplift: -412.7706549,
  },
];

function expectClose(actual: number | MeasureError, expected: number): void {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(Math.abs(expected) * 2e-7);
}

describe("the SPEC's worked example", () => {
  test.each(SPEC_EXAMPLE)("$id", (row) => {
    expectClose(marginVariance(row.current, row.segment), row.variance);
    expectClose(suggestedMarginPct(row.current, row.segment), row.suggested);
    expectClose(marginLiftPotentialPct(row.current, row.segment), row.lift);
    expectClose(quarterMarginUplift(row.current, row.segment, row.revenue), row.uplift);
    expectClose(quarterRevenueUplift(row.current, row.segment, row.revenue), row.uplift);
  });
});

const join = unprofitableAccountAgent().join;
const presetExpression = (measure: string): string =>
  join.measures.find((m) => m.name === measure)!.expression;

describe("one definition with the built-in agent", () => {
  test.each(JOIN_MEASURE_FORMULAS.map((f) => [f.measure, f]))(
    "%s is the preset's formula",
    (_name, formula) => {
      expect(
        equalExpressions(
          parseExpression(formula.expression),
          parseExpression(presetExpression(formula.measure))
        )
      ).toBe(true);
    }
  );

  // The engine's join: each measure compiled from the preset's text, SuggestedMarginPct first as
  // the others read it, exactly as computeJoin orders them.
  const NAMES = ["CurrentMarginPct", "SegmentAvgMarginPct", "SuggestedMarginPct", "AnnualRevenue"];
  const compiled = (measure: string) =>
    compileExpression(resolveNames(parseExpression(presetExpression(measure)), NAMES), (n) =>
      NAMES.indexOf(n)
    );
  const engine = {
    suggested: compiled("SuggestedMarginPct"),
    variance: compiled("MarginVariance"),
    lift: compiled("MarginLiftPotentialPct"),
    marginUplift: compiled("QuarterMarginUplift"),
    revenueUplift: compiled("QuarterRevenueUplift"),
  };

  /** The engine's blank is the function's error; a number must be the same double. */
  function same(fn: number | MeasureError, engineValue: Value): boolean {
    if (engineValue === null) return isMeasureError(fn);
    return Object.is(fn, engineValue);
  }

  test("agrees with the engine to the last bit on 20,000 random accounts", () => {
    const random = createRandom(4);
    const margin = (): number => {
      const pick = random.int(10);
      if (pick === 0) return 0;
      if (pick === 1) return random.between(-1e-12, 1e-12);
      if (pick === 2) return random.between(-5, 5);
      if (pick === 3) return random.int(2000) / 1000 - 1;
      return random.between(-0.4, 0.6);
    };
    const revenue = (): number =>
      random.chance(0.05)
        ? 0
        : random.chance(0.1)
          ? -random.between(0, 1e5)
          : random.between(0, 5e7);
    let compared = 0;
    const mismatches: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const c = margin();
      const s = margin();
      const r = revenue();
      const suggested = engine.suggested([c, s, null, r]);
      const row = [c, s, suggested, r];
      const checks: [string, number | MeasureError, Value][] = [
        ["SuggestedMarginPct", suggestedMarginPct(c, s), suggested],
        ["MarginVariance", marginVariance(c, s), engine.variance(row)],
        ["MarginLiftPotentialPct", marginLiftPotentialPct(c, s), engine.lift(row)],
        ["QuarterMarginUplift", quarterMarginUplift(c, s, r), engine.marginUplift(row)],
        ["QuarterRevenueUplift", quarterRevenueUplift(c, s, r), engine.revenueUplift(row)],
      ];
      for (const [name, fn, value] of checks) {
        compared++;
        if (!same(fn, value))
          mismatches.push(`${name}(${c}, ${s}, ${r}): ${JSON.stringify(fn)} vs ${value}`);
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(compared).toBe(100_000);
  });
});

describe("where the engine writes a blank, the functions return Excel's error", () => {
  test("a zero current margin has no lift: #DIV/0!", () => {
    expect(marginLiftPotentialPct(0, 0.12)).toMatchObject({ code: "#DIV/0!" });
    expect(marginLiftPotentialPct(-0, 0.12)).toMatchObject({ code: "#DIV/0!" });
  });

  test("beyond Excel's number range: #NUM!", () => {
    expect(marginVariance(-1.7e308, 1.7e308)).toMatchObject({ code: "#NUM!" });
    expect(quarterMarginUplift(0, 1, 1e308 * 8)).toMatchObject({ code: "#NUM!" });
  });

  test("hand-worked: 10% against a 20% segment on 1,000,000 a year", () => {
    expect(marginVariance(0.1, 0.2)).toBe(0.1);
    expect(suggestedMarginPct(0.1, 0.2)).toBeCloseTo(0.15, 15);
    expect(marginLiftPotentialPct(0.1, 0.2)).toBeCloseTo(0.5, 14);
    expect(quarterMarginUplift(0.1, 0.2, 1_000_000)).toBeCloseTo(12_500, 8);
  });

  test("a loss-making account's lift is positive when its margin rises: over |current margin|", () => {
    // -10% against a 20% segment: suggested 5%, a rise of 15 points on a margin of size 10 points.
    expect(marginLiftPotentialPct(-0.1, 0.2)).toBeCloseTo(1.5, 14);
    // Above its segment, the suggestion lowers the margin: negative whatever the margin's sign.
    expect(marginLiftPotentialPct(-0.1, -0.3)).toBeCloseTo(-1, 14);
    expect(marginLiftPotentialPct(0.3, 0.1)).toBeCloseTo(-1 / 3, 14);
  });

  test("no negative zero reaches Excel", () => {
    expect(Object.is(marginVariance(0.25, 0.25), 0)).toBe(true);
    expect(Object.is(quarterMarginUplift(0.25, 0.25, -100), 0)).toBe(true);
  });
});
