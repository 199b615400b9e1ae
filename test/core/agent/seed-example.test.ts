import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import { computeAgent } from "../../../src/core/compute/compute-agent";
import { cleanQuality, tableOf, type Line } from "../../helpers/table";

/**
 * SPEC, "Join Series": the seed's worked example. Each account gets a companion account in its
 * segment so that the segment's weighted margin equals the seed's Segment %.
 */
const SEED = [
  {
    id: "CID-0014",
    segment: "Electrical connectors",
    current: 0.154204915,
    segmentPct: 0.126670131,
    annual: 4178456.848,
    variance: -0.027534783,
    suggested: 0.140437523,
    lift: -0.08927985,
    uplift: -14381.61291,
  },
  {
    id: "CID-0098",
    segment: "Consumer goods",
    current: 0.203052154,
    segmentPct: 0.189789198,
    annual: 1699032.983,
    variance: -0.013262957,
    suggested: 0.196420676,
    lift: -0.032658991,
    uplift: -2816.775135,
  },
  {
    id: "CID-0070",
    segment: "Cooling",
    current: 0.213392651,
    segmentPct: 0.207939539,
    annual: 605556.114,
    variance: -0.005453112,
    suggested: 0.210666095,
    lift: -0.012777178,
    uplift: -412.7706549,
  },
];

function seedLines(): Line[] {
  return SEED.flatMap((s): Line[] => {
    const profit = s.annual * s.current;
    const companionRevenue = 3_000_000;
    const companionProfit = s.segmentPct * (s.annual + companionRevenue) - profit;
    return [
      // Two lines a month apart, so the account's totals are sums, not single values.
      {
        CustomerId: s.id,
        CustomerSegment: s.segment,
        InvoicePrice: s.annual / 2,
        GrossMargin: profit / 2,
        PricingDate: "2025-03-15",
      },
      {
        CustomerId: s.id,
        CustomerSegment: s.segment,
        InvoicePrice: s.annual / 2,
        GrossMargin: profit / 2,
        PricingDate: "2025-09-30",
      },
      {
        CustomerId: `${s.id}-peer`,
        CustomerSegment: s.segment,
        InvoicePrice: companionRevenue,
        GrossMargin: companionProfit,
        PricingDate: "2025-06-01",
      },
    ];
  });
}

function relativeClose(actual: unknown, expected: number, tolerance = 1e-7): void {
  expect(typeof actual).toBe("number");
  const a = actual as number;
  expect(Math.abs(a - expected) / Math.abs(expected)).toBeLessThan(tolerance);
}

describe("the seed's worked example (SPEC table)", () => {
  const doc = { ...unprofitableAccountAgent(), anchorDate: "2025-10-21" };
  const lines = seedLines();
  const result = computeAgent(tableOf(lines), cleanQuality(lines.length), doc);

  it.each(SEED)("reproduces $id", (s) => {
    const row = result.join.find((r) => r.CustomerId === s.id)!;
    expect(row).toBeDefined();
    expect(row.CustomerSegment).toBe(s.segment);
    relativeClose(row.CurrentMarginPct, s.current);
    relativeClose(row.SegmentAvgMarginPct, s.segmentPct);
    relativeClose(row.AnnualRevenue, s.annual);
    relativeClose(row.MarginVariance, s.variance);
    relativeClose(row.SuggestedMarginPct, s.suggested);
    relativeClose(row.MarginLiftPotentialPct, s.lift);
    relativeClose(row.QuarterMarginUplift, s.uplift);
    relativeClose(row.QuarterRevenueUplift, s.uplift);
  });

  it("ranks revenue as PERCENT_RANK over the six accounts", () => {
    const ranks = Object.fromEntries(result.join.map((r) => [r.CustomerId, r.RevenueRank]));
    // Revenues: 4.18M, 3M x3 (tied), 1.70M, 0.61M -> ranks 5/5, 2/5 (tied), 1/5, 0.
    expect(ranks["CID-0014"]).toBe(1);
    expect(ranks["CID-0014-peer"]).toBe(0.4);
    expect(ranks["CID-0098-peer"]).toBe(0.4);
    expect(ranks["CID-0098"]).toBe(0.2);
    expect(ranks["CID-0070"]).toBe(0);
  });

  it("flags none of the seed's three accounts, all above their segment", () => {
    const flaggedIds = result.flagged.map((r) => r.CustomerId);
    for (const s of SEED) expect(flaggedIds).not.toContain(s.id);
  });
});
