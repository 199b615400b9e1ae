import { computeAgent } from "../../../src/core/compute/compute-agent";
import { parseAgentDocument } from "../../../src/core/agent/validate";
import type { AgentDocument } from "../../../src/core/model/document";
import { AgentInputError } from "../../../src/core/model/errors";
import {
  marginUpliftDefinition,
  revenuePriceLevel,
  withMarginTrend,
  withQuarterMarginUplift,
  withQuarterRevenueUplift,
} from "../../../src/core/model/join-presets";
import { presetDocument } from "../../helpers/agent";
import { cleanQuality, tableOf, type Line } from "../../helpers/table";

/**
 * The join step's ready-made measures (docs/decisions.md, "Quarter measures"), computed on lines
 * worked by hand. Anchor 2025-10-21: the rolling quarter is after 2025-07-21 up to 2025-10-21
 * (the previous one after 2025-04-21 up to 2025-07-21); the calendar quarter is Q3 2025, Jul 1 -
 * Sep 30 (the previous one Q2, Apr 1 - Jun 30). The series' window: after 2024-10-21.
 */
const line = (
  CustomerId: string,
  PricingDate: string,
  InvoicePrice: number,
  GrossMargin: number,
  Quantity: number
): Line => ({
  CustomerId,
  CustomerSegment: "Retail",
  InvoicePrice,
  GrossMargin,
  PricingDate,
  extra: { Quantity },
});

const LINES: Line[] = [
  line("A", "2025-10-10", 1000, 100, 10), // rolling current; calendar: Q4, in neither
  line("A", "2025-08-15", 2000, 400, 10), // rolling current; calendar current
  line("A", "2025-07-10", 1000, 300, 5), // rolling previous; calendar current
  line("A", "2025-05-10", 1000, 250, 5), // rolling previous; calendar previous
  line("A", "2024-12-01", 1000, 0, 5), // in the 12 months, in no quarter
  line("A", "2024-06-01", 2000, 600, 10), // the 12 months before: previous period
  line("B", "2025-09-01", 4000, 1200, 80), // current in both
  line("B", "2025-06-01", 1000, 200, 20), // previous in both
  line("B", "2024-09-01", 1000, 100, 10), // previous period
];

function joinOf(doc: AgentDocument): Record<string, Record<string, unknown>> {
  const checked = parseAgentDocument(JSON.parse(JSON.stringify(doc)));
  const result = computeAgent(tableOf(LINES), cleanQuality(LINES.length), checked, {
    today: new Date(2025, 9, 21),
  });
  return Object.fromEntries(result.join.map((r) => [r.CustomerId as string, r]));
}

describe("Quarter Margin Uplift: the previous quarter's margin rate restored", () => {
  it("on rolling quarters: A (550/2000 - 500/3000) x 3000 = 325, B (20% - 30%) x 4000 = -400", () => {
    const join = joinOf(withQuarterMarginUplift(presetDocument(), "previousQuarter", "rolling"));
    // A: current 1000 + 2000 revenue, 100 + 400 profit; previous 1000 + 1000, 300 + 250.
    expect(join.A.CurrentQuarterRevenue).toBe(3000);
    expect(join.A.CurrentQuarterMarginPct).toBeCloseTo(500 / 3000, 15);
    expect(join.A.PreviousQuarterMarginPct).toBeCloseTo(0.275, 15);
    expect(join.A.QuarterMarginUplift).toBeCloseTo(325, 9);
    expect(join.B.QuarterMarginUplift).toBeCloseTo(-400, 9);
  });

  it("on calendar quarters: A's Q3 is Jul 10 + Aug 15 (700 / 3000), Q2 is May 10 (25%): 50", () => {
    const join = joinOf(withQuarterMarginUplift(presetDocument(), "previousQuarter", "calendar"));
    expect(join.A.CurrentQuarterRevenue).toBe(3000);
    expect(join.A.CurrentQuarterMarginPct).toBeCloseTo(700 / 3000, 15);
    expect(join.A.PreviousQuarterMarginPct).toBeCloseTo(0.25, 15);
    expect(join.A.QuarterMarginUplift).toBeCloseTo(0.25 * 3000 - 700, 9);
    expect(join.B.QuarterMarginUplift).toBeCloseTo(-400, 9);
  });

  it("is blank, not 0, for an account with no revenue in the previous quarter", () => {
    const doc = withQuarterMarginUplift(presetDocument(), "previousQuarter", "calendar");
    const lines = LINES.filter((l) => !(l.CustomerId === "A" && l.PricingDate === "2025-05-10"));
    const checked = parseAgentDocument(JSON.parse(JSON.stringify(doc)));
    const result = computeAgent(tableOf(lines), cleanQuality(lines.length), checked, {
      today: new Date(2025, 9, 21),
    });
    expect(result.join.find((r) => r.CustomerId === "A")!.QuarterMarginUplift).toBeNull();
  });

  it("replaces the measure where it stands, so rules and impact lines naming it keep working", () => {
    const preset = presetDocument();
    const doc = withQuarterMarginUplift(preset, "previousQuarter", "rolling");
    const names = doc.join.measures.map((m) => m.name);
    expect(names.indexOf("QuarterMarginUplift")).toBe(
      preset.join.measures.findIndex((m) => m.name === "QuarterMarginUplift")
    );
    expect(doc.impact).toEqual(preset.impact);
    expect(marginUpliftDefinition(doc)).toBe("previousQuarter");
    // The quarter sums are hidden helpers of Series1, each with its own window.
    expect(doc.series[0].measures.filter((m) => m.hidden).map((m) => m.name)).toEqual([
      "AnnualRevenue",
      "CurrentQuarterRevenue",
      "CurrentQuarterProfit",
      "PreviousQuarterRevenue",
      "PreviousQuarterProfit",
    ]);
  });

  it("keeps the SPEC's formula as the default, and going back to it restores the preset", () => {
    const preset = presetDocument();
    expect(marginUpliftDefinition(preset)).toBe("suggestedMargin");
    expect(withQuarterMarginUplift(preset, "suggestedMargin", "rolling")).toEqual(preset);
    const back = withQuarterMarginUplift(
      withQuarterMarginUplift(preset, "previousQuarter", "rolling"),
      "suggestedMargin",
      "rolling"
    );
    expect(back.join.measures.find((m) => m.name === "QuarterMarginUplift")).toEqual(
      preset.join.measures.find((m) => m.name === "QuarterMarginUplift")
    );
  });
});

describe("Quarter Revenue Uplift at the segment's average price", () => {
  // Segment Retail over the 12 months (every line but the two of 2024-06 and 2024-09):
  // 11,000 revenue for 135 units, 81.48 a unit.
  const segmentPrice = 11000 / 135;

  it("prices the current quarter's units at the segment's average: B (81.48 - 50) x 80", () => {
    const join = joinOf(
      withQuarterRevenueUplift(presetDocument(), "segmentAveragePrice", "rolling")
    );
    expect(join.B.SegmentAvgUnitPrice).toBeCloseTo(segmentPrice, 12);
    expect(join.B.CurrentQuarterUnits).toBe(80);
    expect(join.B.CurrentQuarterUnitPrice).toBe(50);
    expect(join.B.QuarterRevenueUplift).toBeCloseTo(segmentPrice * 80 - 4000, 9); // 2,518.52
    // A sells above the segment's price: 20 units at 150 -> (81.48 - 150) x 20 = -1,370.37.
    expect(join.A.QuarterRevenueUplift).toBeCloseTo(segmentPrice * 20 - 3000, 9);
  });

  it("counts the calendar quarter's units (A: Jul 10 + Aug 15, 15 units for 3,000)", () => {
    const join = joinOf(
      withQuarterRevenueUplift(presetDocument(), "segmentAveragePrice", "calendar")
    );
    expect(join.A.QuarterRevenueUplift).toBeCloseTo(segmentPrice * 15 - 3000, 9);
  });

  it("leaves the margin uplift as it was, and the default is the seed's example", () => {
    const preset = presetDocument();
    expect(revenuePriceLevel(preset)).toBe("sameAsMargin");
    const doc = withQuarterRevenueUplift(preset, "segmentAveragePrice", "rolling");
    expect(revenuePriceLevel(doc)).toBe("segmentAveragePrice");
    expect(marginUpliftDefinition(doc)).toBe("suggestedMargin");
    expect(withQuarterRevenueUplift(preset, "sameAsMargin", "rolling")).toEqual(preset);
  });

  it("names the missing quantity column when the sheet has none", () => {
    const doc = withQuarterRevenueUplift(
      presetDocument(),
      "segmentAveragePrice",
      "rolling",
      "Units"
    );
    expect(() => joinOf(doc)).toThrow(
      'Field "Units" is not a numeric column of the transaction sheet'
    );
  });
});

describe("the margin trend: this period against the previous one", () => {
  it("compares the last 12 months with the 12 before: A 17.5% - 30%, B 28% - 10%", () => {
    const join = joinOf(withMarginTrend(presetDocument()));
    // A: 6,000 revenue and 1,050 profit in the 12 months; 2,000 / 600 in the 12 before.
    expect(join.A.PreviousMarginPct).toBeCloseTo(0.3, 15);
    expect(join.A.MarginTrendPts).toBeCloseTo(0.175 - 0.3, 15);
    // B: 5,000 / 1,400 now; 1,000 / 100 before.
    expect(join.B.MarginTrendPts).toBeCloseTo(0.28 - 0.1, 15);
  });

  it("needs a window on the series to know what the previous period is", () => {
    const preset = presetDocument();
    const noWindow: AgentDocument = {
      ...preset,
      series: preset.series.map((s, i) =>
        i === 0 ? { ...s, filters: { ...s.filters, window: null } } : s
      ),
    };
    expect(() => withMarginTrend(noWindow)).toThrow(AgentInputError);
    expect(() => withMarginTrend(noWindow)).toThrow(
      'series "Revenue and Margin by Customer" needs a date window (it has none)'
    );
  });
});
