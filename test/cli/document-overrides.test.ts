import type { AggregateMeasure } from "../../src/core/model/document";
import { unprofitableAccountAgent } from "../../src/core/model/preset";
import { applyOverrides } from "../../src/cli/document-overrides";

describe("applyOverrides", () => {
  it("returns the document unchanged in content when nothing is overridden", () => {
    const doc = unprofitableAccountAgent();
    expect(applyOverrides(doc, {})).toEqual(doc);
  });

  it("sets the anchor date and the sheet", () => {
    const doc = applyOverrides(unprofitableAccountAgent(), {
      anchorDate: "2024-10-21",
      sheet: "Sales",
    });
    expect(doc.anchorDate).toBe("2024-10-21");
    expect(doc.source).toEqual({ sheet: "Sales", mapping: {} });
  });

  it("sets every series' window months, keeping measure windows and the offset", () => {
    const original = unprofitableAccountAgent();
    const withOffset = {
      ...original,
      series: [
        {
          ...original.series[0],
          filters: { ...original.series[0].filters, window: { months: 12, offsetMonths: 3 } },
        },
        original.series[1],
      ],
    };
    const doc = applyOverrides(withOffset, { months: 6 });
    expect(doc.series.map((series) => series.filters.window)).toEqual([
      { months: 6, offsetMonths: 3 },
      { months: 6 },
    ]);
    // SPEC: AnnualRevenue stays "Revenue over the trailing 12 months".
    const annual = doc.series[0].measures.find(
      (measure) => measure.name === "AnnualRevenue"
    ) as AggregateMeasure;
    expect(annual.window).toEqual({ months: 12 });
  });

  it("gives a series without a date filter a window of the requested months", () => {
    const original = unprofitableAccountAgent();
    const open = {
      ...original,
      series: original.series.map((series) => ({
        ...series,
        filters: { ...series.filters, window: null },
      })),
    };
    expect(applyOverrides(open, { months: 3 }).series[1].filters.window).toEqual({ months: 3 });
  });

  it("never changes the document it was given", () => {
    const doc = unprofitableAccountAgent();
    const before = JSON.stringify(doc);
    applyOverrides(doc, { anchorDate: "2024-10-21", months: 24, sheet: "Sales" });
    expect(JSON.stringify(doc)).toBe(before);
  });
});
