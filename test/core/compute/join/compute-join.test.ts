import type { AgentDocument, SeriesDefinition } from "../../../../src/core/model/document";
import { computeJoin } from "../../../../src/core/compute/join/compute-join";
import { computeAgent } from "../../../../src/core/compute/compute-agent";
import { AgentInputError } from "../../../../src/core/model/errors";
import { computeSeries } from "../../../../src/core/compute/series/compute-series";
import { presetDocument } from "../../../helpers/agent";
import { cleanQuality, serialOf, tableOf, type Line } from "../../../helpers/table";

/** SPEC, "Join Series", with the preset's formulas over hand-worked accounts. */

const line = (
  CustomerId: string,
  CustomerSegment: string,
  InvoicePrice: number,
  GrossMargin: number,
  group?: string
): Line => ({
  CustomerId,
  CustomerSegment,
  InvoicePrice,
  GrossMargin,
  PricingDate: "2025-06-01",
  extra: { BenchmarkGroup: group ?? CustomerSegment },
});

// Retail: A 1000 / 100 (10%), B 3000 / 600 (20%) -> segment 700 / 4000 = 17.5%.
// Cooling: C 500 / 0 (0%), D 500 / 100 (20%) -> segment 100 / 1000 = 10%.
const LINES: Line[] = [
  line("A", "Retail", 600, 60),
  line("A", "Retail", 400, 40),
  line("B", "Retail", 3000, 600),
  line("C", "Cooling", 500, 0),
  line("D", "Cooling", 500, 100),
];

function run(doc: AgentDocument, lines: readonly Line[] = LINES) {
  return computeAgent(tableOf(lines), cleanQuality(lines.length), doc, {
    today: new Date(2025, 9, 21),
  });
}
const byId = (rows: readonly Record<string, unknown>[]) =>
  Object.fromEntries(rows.map((r) => [r.CustomerId as string, r]));

describe("the Join Series' measures", () => {
  const join = byId(run(presetDocument()).join);

  it("computes every SPEC measure for an account under its benchmark", () => {
    const a = join.A;
    expect(a.CustomerSegment).toBe("Retail");
    expect(a.CurrentMarginPct).toBeCloseTo(0.1, 15);
    expect(a.SegmentAvgMarginPct).toBeCloseTo(0.175, 15);
    expect(a.MarginVariance).toBeCloseTo(0.075, 15); // 0.175 - 0.1
    expect(a.SuggestedMarginPct).toBeCloseTo(0.1375, 15); // (0.1 + 0.175) / 2
    expect(a.MarginLiftPotentialPct).toBeCloseTo(0.375, 14); // 0.0375 / 0.1
    expect(a.AnnualRevenue).toBe(1000);
    expect(a.QuarterMarginUplift).toBeCloseTo(9.375, 12); // 0.0375 x 1000 / 4
    expect(a.QuarterRevenueUplift).toBeCloseTo(9.375, 12);
    expect(a.RevenueRank).toBe(2 / 3); // revenues 1000, 3000, 500, 500
  });

  it("computes them for an account above its benchmark (negative variance and uplift)", () => {
    const b = join.B;
    expect(b.MarginVariance).toBeCloseTo(-0.025, 15); // 0.175 - 0.2
    expect(b.SuggestedMarginPct).toBeCloseTo(0.1875, 15);
    expect(b.MarginLiftPotentialPct).toBeCloseTo(-0.0625, 14); // -0.0125 / 0.2
    expect(b.QuarterMarginUplift).toBeCloseTo(-9.375, 12); // -0.0125 x 3000 / 4
    expect(b.RevenueRank).toBe(1);
  });

  it("leaves MarginLiftPotentialPct blank when the account's profit is 0", () => {
    const c = join.C;
    expect(c.CurrentMarginPct).toBe(0);
    expect(c.SegmentAvgMarginPct).toBeCloseTo(0.1, 15);
    expect(c.SuggestedMarginPct).toBeCloseTo(0.05, 15);
    expect(c.MarginLiftPotentialPct).toBeNull();
    expect(c.QuarterMarginUplift).toBeCloseTo(6.25, 12); // 0.05 x 500 / 4
    expect(c.RevenueRank).toBe(0);
  });

  it("lists the join measures in the document's order, after the dimensions", () => {
    expect(Object.keys(join.A)).toEqual([
      "CustomerId",
      "CustomerName",
      "CustomerSegment",
      ...presetDocument().join.measures.map((m) => m.name),
    ]);
  });
});

describe("an account whose segment has no benchmark row", () => {
  // Series 2 leaves Cooling out, so C and D find no right-hand row.
  const doc = presetDocument();
  const series2 = doc.series[1];
  const withoutCooling: AgentDocument = {
    ...doc,
    series: [
      doc.series[0],
      {
        ...series2,
        filters: {
          ...series2.filters,
          dimensions: [{ field: "CustomerSegment", operator: "notIn", values: ["cooling"] }],
        },
      },
    ],
  };
  const result = run(withoutCooling);
  const join = byId(result.join);

  it("keeps the account with blank benchmark measures", () => {
    expect(result.join).toHaveLength(4);
    expect(join.C.CurrentMarginPct).toBe(0);
    expect(join.D.CurrentMarginPct).toBeCloseTo(0.2, 15);
    for (const name of [
      "SegmentAvgMarginPct",
      "MarginVariance",
      "SuggestedMarginPct",
      "MarginLiftPotentialPct",
      "QuarterMarginUplift",
      "QuarterRevenueUplift",
    ]) {
      expect(join.D[name]).toBeNull();
    }
    expect(join.D.AnnualRevenue).toBe(500);
    expect(join.A.SegmentAvgMarginPct).toBeCloseTo(0.175, 15);
  });

  it("warns in the data-quality report", () => {
    expect(result.dataQuality.warnings).toContain(
      '2 rows of "Join Series" found no matching row in the right-hand series; their benchmark measures are blank.'
    );
  });

  it("never flags an account on its blank variance", () => {
    expect(result.flagged.map((r) => r.CustomerId)).toEqual(["A"]);
  });

  it("gives no warning when every account matches", () => {
    expect(run(presetDocument()).dataQuality.warnings).toEqual([]);
  });
});

describe("joining on differently named dimensions", () => {
  const anchorSerial = serialOf("2025-10-21");
  const context = { anchorSerial, deductRebateFromMargin: false };
  const left: SeriesDefinition = presetDocument().series[0];
  const right: SeriesDefinition = {
    ...presetDocument().series[1],
    id: "Bench",
    groupBy: ["BenchmarkGroup"],
  };
  // The benchmark column spells the groups in lower case: matching ignores case.
  const lines = LINES.map((l) => ({
    ...l,
    extra: { BenchmarkGroup: l.CustomerSegment.toLowerCase() },
  }));
  const table = tableOf(lines);
  const joinDefinition = {
    label: "Join",
    left: "Series1",
    right: "Bench",
    on: [{ left: "CustomerSegment", right: "BenchmarkGroup" }],
    measures: [
      { name: "Benchmark", label: "Benchmark", expression: "Bench.AvgMarginPct" },
      { name: "Gap", label: "Gap", expression: "Benchmark - Series1.AvgMarginPct" },
      { name: "Group", label: "Group", expression: "Bench.BenchmarkGroup" },
    ],
  };

  it("matches CustomerSegment to BenchmarkGroup", () => {
    const join = computeJoin(
      joinDefinition,
      computeSeries(table, left, context),
      computeSeries(table, right, context)
    );
    expect(join.unmatched).toBe(0);
    const rows = Array.from({ length: join.rowCount }, (_, g) => ({
      id: join.dimensions[0].column.values[join.dimensions[0].codes[g]],
      benchmark: join.measures.get("Benchmark")![g],
      gap: join.measures.get("Gap")![g],
      group: join.measures.get("Group")![g],
    }));
    const a = rows.find((r) => r.id === "A")!;
    expect(a.benchmark).toBeCloseTo(0.175, 15);
    expect(a.gap).toBeCloseTo(0.075, 15);
    expect(a.group).toBe("retail");
    expect(rows.find((r) => r.id === "C")!.benchmark).toBeCloseTo(0.1, 15);
  });

  it("says which levels exist when a join names a dimension the series does not group by", () => {
    const bad = { ...joinDefinition, on: [{ left: "CustomerSegment", right: "Region" }] };
    const make = () =>
      computeJoin(bad, computeSeries(table, left, context), computeSeries(table, right, context));
    expect(make).toThrow(AgentInputError);
    expect(make).toThrow(
      'Join "Join": "Region" is not a group-by level of series "Avg Margin by Customer Segment" (levels: BenchmarkGroup).'
    );
  });

  it("names the join and the measure when a join formula is wrong", () => {
    const bad = {
      ...joinDefinition,
      measures: [{ name: "Gap", label: "Gap", expression: "Bench.AvgMarginPtc - 1" }],
    };
    const make = () =>
      computeJoin(bad, computeSeries(table, left, context), computeSeries(table, right, context));
    expect(make).toThrow(
      /^Join "Join", measure "Gap": Unknown measure "Bench.AvgMarginPtc" at position 0\. Did you mean "Bench.AvgMarginPct"\?/
    );
  });
});
