import {
  ExpressionError,
  formatExpression,
  NameIndex,
  parseExpression,
  referencedNames,
  resolveNames,
} from "../../../src/core/expr";
import { editDistance, nearestName } from "../../../src/core/expr/suggest";

const resolved = (text: string, known: readonly string[]) =>
  formatExpression(resolveNames(parseExpression(text), known));

function caught(f: () => unknown): ExpressionError {
  try {
    f();
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
  throw new Error("expected an ExpressionError");
}

describe("referencedNames", () => {
  it("lists each name once, ignoring case, in order of appearance", () => {
    const expr = parseExpression(
      "IF(Revenue > 0, Profit / revenue, [Avg Margin %] + Series1.AvgMarginPct + PROFIT)"
    );
    expect(referencedNames(expr)).toEqual([
      "Revenue",
      "Profit",
      "Avg Margin %",
      "Series1.AvgMarginPct",
    ]);
  });

  it("is empty for a formula without names", () => {
    expect(referencedNames(parseExpression('ROUND(1 / 3, 2) & "x"'))).toEqual([]);
  });
});

describe("resolveNames", () => {
  const JOIN = [
    "Series1.Revenue",
    "Series1.AvgMarginPct",
    "Series2.AvgMarginPct",
    "CurrentMarginPct",
    "SegmentAvgMarginPct",
    "Series1.Avg Margin %",
  ];

  it("gives every name its canonical spelling, ignoring case", () => {
    expect(resolved("currentmarginpct - SEGMENTAVGMARGINPCT", JOIN)).toBe(
      "CurrentMarginPct - SegmentAvgMarginPct"
    );
    expect(resolved("series2.avgmarginpct", JOIN)).toBe("Series2.AvgMarginPct");
  });

  it("finds an unqualified name when exactly one series has it", () => {
    expect(resolved("revenue * 2", JOIN)).toBe("Series1.Revenue * 2");
    expect(resolved("[avg margin %]", JOIN)).toBe("[Series1.Avg Margin %]");
  });

  it("prefers a plain name over a qualified one with the same ending", () => {
    expect(resolved("Revenue", ["Series1.Revenue", "Revenue"])).toBe("Revenue");
  });

  it("matches qualified names exactly, never by their ending", () => {
    const error = caught(() => resolveNames(parseExpression("X.Revenue"), ["Series1.Revenue"]));
    expect(error.reason).toBe('Unknown measure "X.Revenue"');
  });

  it("reports an unqualified name that several series have, listing them", () => {
    const error = caught(() => resolveNames(parseExpression("1 + AvgMarginPct"), JOIN));
    expect(error.message).toBe(
      'Ambiguous measure "AvgMarginPct" at position 4. Write "Series1.AvgMarginPct" or "Series2.AvgMarginPct".'
    );
    expect([error.position, error.length]).toEqual([4, 12]);
  });

  it("reports an unknown name with its position and the nearest known name", () => {
    const error = caught(() => resolveNames(parseExpression("Revenu * 2"), ["Revenue", "Profit"]));
    expect(error.message).toBe('Unknown measure "Revenu" at position 0. Did you mean "Revenue"?');
    expect([error.position, error.length, error.source, error.suggestion]).toEqual([
      0,
      6,
      "Revenu * 2",
      "Revenue",
    ]);
  });

  it("suggests a qualified name from its unqualified part", () => {
    expect(
      caught(() => resolveNames(parseExpression("AvgMarginPc"), ["Series1.AvgMarginPct"]))
        .suggestion
    ).toBe("Series1.AvgMarginPct");
    expect(caught(() => resolveNames(parseExpression("Series1.Revenu"), JOIN)).suggestion).toBe(
      "Series1.Revenue"
    );
  });

  it("lists the known names when none is close", () => {
    const error = caught(() =>
      resolveNames(parseExpression("Profit + Cost"), ["Revenue", "Profit"])
    );
    expect(error.message).toBe(
      'Unknown measure "Cost" at position 9. Known measures: Revenue, Profit.'
    );
    expect(error.suggestion).toBeUndefined();
  });

  it("keeps the tree otherwise unchanged, sharing untouched subtrees", () => {
    const expr = parseExpression("ROUND(Revenue, 2) + 1");
    const result = resolveNames(expr, new NameIndex(["Revenue"]));
    expect(result).toBe(expr);
    const renamed = resolveNames(expr, ["REVENUE"]);
    expect(formatExpression(renamed)).toBe("ROUND(REVENUE, 2) + 1");
    if (renamed.kind !== "binary" || expr.kind !== "binary")
      throw new Error("expected binary nodes");
    expect(renamed.right).toBe(expr.right);
    expect(renamed.span).toEqual(expr.span);
  });
});

describe("suggestions", () => {
  it("measure edit distance", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("Revenu", "Revenue")).toBe(1);
  });

  it("ignore case and stay quiet when nothing is close", () => {
    const candidates = ["Revenue", "RevenueRank", "Profit"].map((name) => ({
      name,
      forms: [name],
    }));
    expect(nearestName("PROFT", candidates)).toBe("Profit");
    expect(nearestName("revenuerank", candidates)).toBe("RevenueRank");
    expect(nearestName("Rev", candidates)).toBe("Revenue");
    expect(nearestName("Cost", candidates)).toBeUndefined();
    expect(nearestName("Re", candidates)).toBeUndefined();
  });
});
