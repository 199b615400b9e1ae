import { computeSeries } from "../../../../src/core/compute/series/compute-series";
import { seriesSubtotals } from "../../../../src/core/compute/series/subtotals";
import { serialFromIsoDate } from "../../../../src/core/read/anchor";
import { aggregate, expression, rank, series } from "../../../helpers/agent";
import { tableOf, type Line } from "../../../helpers/table";

/** Subtotal rows of a series with a grouping hierarchy (issue 11), worked by hand. */

const line = (
  CustomerSegment: string,
  CustomerId: string,
  InvoicePrice: number,
  GrossMargin: number
): Line => ({
  CustomerId,
  CustomerSegment,
  InvoicePrice,
  GrossMargin,
  CalculatedRebate: 0,
  PricingDate: "2025-06-01",
  extra: { Region: CustomerId.startsWith("A") ? "North" : "South" },
});

const table = tableOf([
  line("Retail", "A1", 100, 10),
  line("Retail", "A2", 300, -30),
  line("Retail", "A2", 100, 20),
  line("Online", "B1", 1000, 250),
  line("Online", "B2", 50, 5),
]);

const measures = [
  aggregate("Revenue", "InvoicePrice", "sum"),
  aggregate("Profit", "GrossMargin", "sum"),
  expression("MarginPct", "Profit / Revenue"),
  rank("RevenueRank", "Revenue"),
  expression("TopHalf", "RevenueRank >= 0.5"),
];
const context = { anchorSerial: serialFromIsoDate("2025-10-21")!, deductRebateFromMargin: false };

function subtotalsOf(filters = {}) {
  const definition = {
    ...series(measures, { groupBy: ["CustomerSegment", "CustomerId"], filters }),
    subtotals: true,
  };
  const result = computeSeries(table, definition, context);
  return seriesSubtotals(table, [result], context)![definition.label];
}

describe("seriesSubtotals", () => {
  it("computes each outer value's own aggregates and formulas; ranks are blank", () => {
    const [segments] = subtotalsOf();
    expect(segments.levels).toEqual(["CustomerSegment"]);
    const retail = segments.rows.find((r) => r.CustomerSegment === "Retail")!;
    // Retail: revenue 100 + 300 + 100 = 500, profit 10 - 30 + 20 = 0, margin 0 / 500 = 0.
    expect(retail).toMatchObject({ Revenue: 500, Profit: 0, MarginPct: 0 });
    const online = segments.rows.find((r) => r.CustomerSegment === "Online")!;
    // Online: 1050 revenue, 255 profit: 255 / 1050, the weighted margin (not the mean of 25% and 10%).
    expect(online).toMatchObject({ Revenue: 1050, Profit: 255, MarginPct: 255 / 1050 });
    // A rank ranks accounts, not subtotals; a formula on a rank is blank too.
    expect(online.RevenueRank).toBeNull();
    expect(online.TopHalf).toBeNull();
    expect(online.CustomerId).toBeUndefined();
  });

  it("leaves out the lines of groups a measure filter dropped", () => {
    const [segments] = subtotalsOf({
      measures: [{ measure: "Revenue", operator: ">=", value: 100 }],
    });
    // B2 (revenue 50) is dropped, so Online's subtotal is B1's alone.
    const online = segments.rows.find((r) => r.CustomerSegment === "Online")!;
    expect(online).toMatchObject({ Revenue: 1000, Profit: 250, MarginPct: 0.25 });
  });

  it("computes none for a series without subtotals", () => {
    const result = computeSeries(table, series(measures), context);
    expect(seriesSubtotals(table, [result], context)).toBeUndefined();
  });
});
