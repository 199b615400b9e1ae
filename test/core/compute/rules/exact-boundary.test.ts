import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import { parseAgentDocument } from "../../../../src/core/agent/validate";
import { computeAgent } from "../../../../src/core/compute/compute-agent";
import { cleanQuality, tableOf, type Line } from "../../../helpers/table";

/**
 * docs/decisions.md, "Comparing numbers": a margin exactly 2 points below its segment is not
 * "more than 2 points below". In binary floating point 0.05 - 0.03 is 0.020000000000000004.
 */
describe("an account exactly on a rule's boundary", () => {
  // Retail: C1 earns 3 on 100 (3%), C2 earns 7 on 100 (7%); the segment earns 10 on 200 = 5%.
  // C1's variance is 5% - 3% = 2 points exactly; C3 in Wholesale earns 2.9 on 100 against
  // 4.9 + 2.9 = 7.8 on 200 = 3.9%, so 1 point below; C4 earns 4.9%.
  const lines: Line[] = [
    {
      CustomerId: "C1",
      CustomerSegment: "Retail",
      InvoicePrice: 100,
      GrossMargin: 3,
      PricingDate: "2025-09-01",
    },
    {
      CustomerId: "C2",
      CustomerSegment: "Retail",
      InvoicePrice: 100,
      GrossMargin: 7,
      PricingDate: "2025-09-01",
    },
    {
      CustomerId: "C3",
      CustomerSegment: "Wholesale",
      InvoicePrice: 100,
      GrossMargin: 2.9,
      PricingDate: "2025-09-01",
    },
    {
      CustomerId: "C4",
      CustomerSegment: "Wholesale",
      InvoicePrice: 100,
      GrossMargin: 4.9,
      PricingDate: "2025-09-01",
    },
  ];
  const run = (threshold: number) => {
    const preset = unprofitableAccountAgent();
    const doc = parseAgentDocument({
      ...preset,
      anchorDate: "2025-10-21",
      detection: {
        series: preset.detection.series,
        rule: { kind: "compare", measure: "MarginVariance", operator: ">", value: threshold },
      },
    });
    return computeAgent(tableOf(lines), cleanQuality(lines.length), doc);
  };

  it("does not flag a 3% account in a 5% segment as more than 2 points below", () => {
    expect(run(0.02).flagged.map((r) => r.CustomerId)).toEqual([]);
  });

  it("still flags it when the threshold is a hair lower (1.99 points)", () => {
    expect(run(0.0199).flagged.map((r) => r.CustomerId)).toEqual(["C1"]);
  });

  it("keeps >= inclusive at the boundary", () => {
    const preset = unprofitableAccountAgent();
    const doc = parseAgentDocument({
      ...preset,
      anchorDate: "2025-10-21",
      detection: {
        series: preset.detection.series,
        rule: { kind: "compare", measure: "MarginVariance", operator: ">=", value: 0.02 },
      },
    });
    const result = computeAgent(tableOf(lines), cleanQuality(lines.length), doc);
    expect(result.flagged.map((r) => r.CustomerId)).toEqual(["C1"]);
  });
});
