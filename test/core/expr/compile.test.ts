import {
  compileExpression,
  evaluate,
  ExpressionError,
  formatExpression,
  parseExpression,
  resolveNames,
  type Value,
} from "../../../src/core/expr";
import { NAMES, randomExpr, randomSource, randomValue } from "./helpers";

const slotOf = (name: string) => NAMES.indexOf(name);

describe("compileExpression", () => {
  it("reads names from their slots", () => {
    const names = ["Revenue", "Profit"];
    const margin = compileExpression(parseExpression("Profit / Revenue"), (name) =>
      names.indexOf(name)
    );
    expect(margin([1000, 150])).toBe(0.15);
    expect(margin([0, 150])).toBeNull();
    expect(margin([null, 150])).toBeNull();
  });

  it("runs the same closure over many rows", () => {
    const names = ["CurrentMarginPct", "RevenueRank"];
    const rule = compileExpression(
      parseExpression("AND(CurrentMarginPct < 0, RevenueRank > 0.5)"),
      (n) => names.indexOf(n)
    );
    const rows: Value[][] = [
      [-0.1, 0.9],
      [-0.1, 0.5],
      [0.2, 0.9],
      [null, 0.9],
      [-0.1, null],
    ];
    expect(rows.map(rule)).toEqual([true, false, false, false, false]);
  });

  it("treats NaN, Infinity and missing slots as blanks, so a Float64Array can hold a row", () => {
    const f = compileExpression(parseExpression("IFNULL(x, -1) + y"), (name) =>
      name === "x" ? 0 : 1
    );
    expect(f(Float64Array.of(NaN, 2))).toBe(1);
    expect(f(Float64Array.of(Infinity, 2))).toBe(1);
    expect(f(Float64Array.of(3, 2))).toBe(5);
    expect(f([3])).toBeNull();
  });

  it("folds constant parts once", () => {
    const f = compileExpression(parseExpression("x > 2% * 100 + ROUND(1/3, 2)"), () => 0);
    expect(f([2.34])).toBe(true);
    expect(f([2.33])).toBe(false);
    expect(compileExpression(parseExpression('UPPER("a") & 1'), () => 0)([])).toBe("A1");
  });

  it("rejects a name without a slot, pointing at it", () => {
    const text = "Profit / Revnue";
    const error = (() => {
      try {
        compileExpression(parseExpression(text), (name) => ["Profit"].indexOf(name));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ExpressionError);
    expect(error).toMatchObject({ position: 9, length: 6, source: text });
  });

  it("agrees with evaluate() on 5000 random formulas and rows (property)", () => {
    const random = randomSource(42);
    let blanks = 0;
    for (let i = 0; i < 5000; i++) {
      const expr = randomExpr(random, 5);
      const compiled = compileExpression(expr, slotOf);
      for (let r = 0; r < 4; r++) {
        const row = NAMES.map(() => randomValue(random));
        const expected = evaluate(expr, (name) => row[slotOf(name)]);
        const actual = compiled(row);
        if (!Object.is(actual, expected)) {
          throw new Error(
            `${formatExpression(expr)} on ${JSON.stringify(row)}: compiled ${actual}, evaluated ${expected}`
          );
        }
        if (expected === null) blanks++;
      }
    }
    // The generator reaches blanks and non-blanks alike, so the agreement is not trivial.
    expect(blanks).toBeGreaterThan(2000);
    expect(blanks).toBeLessThan(18000);
  });

  it("agrees with evaluate() on the SPEC's formulas after name resolution", () => {
    const known = ["CurrentMarginPct", "SegmentAvgMarginPct", "AnnualRevenue", "RevenueRank"];
    const formulas = [
      "SegmentAvgMarginPct - CurrentMarginPct",
      "(currentmarginpct + segmentavgmarginpct) / 2",
      "((CurrentMarginPct + SegmentAvgMarginPct) / 2 - CurrentMarginPct) / CurrentMarginPct",
      "OR(SegmentAvgMarginPct - CurrentMarginPct > 2%, BETWEEN(RevenueRank, 0.3, 0.9))",
    ];
    const random = randomSource(7);
    for (const text of formulas) {
      const expr = resolveNames(parseExpression(text), known);
      const compiled = compileExpression(expr, (name) => known.indexOf(name));
      for (let r = 0; r < 200; r++) {
        const row = known.map(() => (random() < 0.1 ? null : random() < 0.1 ? 0 : random() - 0.3));
        expect(compiled(row)).toBe(evaluate(expr, (name) => row[known.indexOf(name)]));
      }
    }
  });
});
