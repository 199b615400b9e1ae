import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import { parseAgentDocument } from "../../../../src/core/agent/validate";
import { computeAgent } from "../../../../src/core/compute/compute-agent";
import { buildResultSheets } from "../../../../src/core/report/result-sheets";
import { cleanQuality, tableOf, type Line } from "../../../helpers/table";

/** SPEC, "Data quality": a sum too large for a double blanks figures; that is said, not silent. */
describe("a sum beyond the largest double", () => {
  // Retail: C1 and C2 each sell 1e308 (each within range); the segment's revenue, 2e308, is not.
  // Wholesale: C3 sells 100 at 5 margin, an ordinary segment whose benchmark stays 5%.
  const lines: Line[] = [
    {
      CustomerId: "C1",
      CustomerSegment: "Retail",
      InvoicePrice: 1e308,
      GrossMargin: 1e306,
      PricingDate: "2025-09-01",
    },
    {
      CustomerId: "C2",
      CustomerSegment: "Retail",
      InvoicePrice: 1e308,
      GrossMargin: 1e306,
      PricingDate: "2025-09-01",
    },
    {
      CustomerId: "C3",
      CustomerSegment: "Wholesale",
      InvoicePrice: 100,
      GrossMargin: 5,
      PricingDate: "2025-09-01",
    },
  ];
  const doc = parseAgentDocument({ ...unprofitableAccountAgent(), anchorDate: "2025-10-21" });
  const result = computeAgent(tableOf(lines), cleanQuality(lines.length), doc);

  it("leaves the segment's benchmark blank", () => {
    const benchmark = Object.fromEntries(
      result.join.map((r) => [r.CustomerId, r.SegmentAvgMarginPct])
    );
    expect(benchmark).toEqual({ C1: null, C2: null, C3: 0.05 });
  });

  it("names the series, measure and group on the Data Quality sheet", () => {
    const warning =
      'Series "Avg Margin by Customer Segment": the sum of InvoicePrice ("Revenue") for Retail is ' +
      "beyond the largest number a workbook can hold (about 1.8E+308); it is left blank, and so " +
      "is every figure computed from it. Check that column for amounts in the wrong unit.";
    expect(result.dataQuality.warnings).toEqual([warning]);
    const sheet = buildResultSheets(result, doc).find((s) => s.name === "Data Quality");
    expect(sheet?.notes).toEqual([warning]);
  });
});
