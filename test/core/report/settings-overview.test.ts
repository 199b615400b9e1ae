import { settingsOverview } from "../../../src/core/report/settings-overview";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import { defaultContribution } from "../../../src/core/model/contribution-definition";
import type { AgentDocument } from "../../../src/core/model/document";
import { withQuarterRevenueUplift } from "../../../src/core/model/join-presets";

/** SPEC, "Summary: every setting in one view", as the Summary sheet writes it. */
function items(doc: AgentDocument): Record<string, Record<string, string>> {
  return Object.fromEntries(
    settingsOverview(doc).map((g) => [g.title, Object.fromEntries(g.items)])
  );
}

describe("settingsOverview", () => {
  const preset = unprofitableAccountAgent();

  test("series with their group-by, filters and measures; the join and its formulas", () => {
    const doc: AgentDocument = {
      ...preset,
      series: preset.series.map((s, i) =>
        i === 0
          ? {
              ...s,
              filters: {
                ...s.filters,
                dimensions: [{ field: "Region", operator: "notIn", values: ["EU", "US"] }],
              },
            }
          : s
      ),
    };
    const view = items(doc);
    expect(view.Series["Series1: Revenue and Margin by Customer"]).toBe(
      "by CustomerId, CustomerName, CustomerSegment"
    );
    expect(view.Series["Series1 filters"]).toBe(
      "last 12 months; zero-value lines left out; Region not in (EU, US)"
    );
    expect(view.Series["Series1.Revenue (Revenue)"]).toBe("Sum of InvoicePrice");
    expect(view.Series["Series1.RevenueRank (Revenue Rank)"]).toBe("percent rank of Revenue");
    expect(view.Join["Join Series"]).toBe("Series1 with Series2 on CustomerSegment");
    expect(view.Join["Margin Lift Potential % (MarginLiftPotentialPct)"]).toBe(
      "= (SuggestedMarginPct - CurrentMarginPct) / ABS(CurrentMarginPct)"
    );
    expect(view["Profit contribution"]).toEqual({ "Customer profit contribution": "not computed" });
  });

  test("number, date-range and measure filters, as a finance user reads them", () => {
    const [first, ...rest] = preset.series;
    const doc: AgentDocument = {
      ...preset,
      series: [
        {
          ...first,
          filters: {
            ...first.filters,
            dateRange: { from: "2025-01-01", to: null },
            numbers: [{ field: "InvoicePrice", operator: "between", low: 10, high: 500 }],
            measures: [{ measure: "Revenue", operator: ">", value: 10000 }],
          },
        },
        ...rest,
      ],
    };
    expect(items(doc).Series["Series1 filters"]).toBe(
      "last 12 months; zero-value lines left out; pricing dates 2025-01-01 to any (inclusive); " +
        "InvoicePrice between 10 and 500; groups with Revenue > 10000"
    );
  });

  test("the contribution's definition, WACC inputs included", () => {
    const contribution = {
      ...defaultContribution(),
      costTablesMonths: 6,
      salesDeductionColumns: ["Cash Discount"],
      discountRate: {
        kind: "wacc" as const,
        equity: 600,
        debt: 400,
        riskFree: 0.03,
        beta: 1.2,
        marketReturn: 0.08,
        costOfDebt: 0.05,
        taxRate: 0.25,
      },
    };
    const view = items({ ...preset, contribution })["Profit contribution"];
    expect(view).toMatchObject({
      Activities: "sheet 'Activities'",
      "Drivers from the transactions": "Lines (lines); Orders (orders)",
      "Further sales deductions": "Cash Discount",
      "Cost tables cover": "6 months (figures converted to a year)",
      "Customer value": "5 years after this one, growth 0% a year, investment payments every year",
      "Discount rate":
        "WACC: equity 600, debt 400, cost of debt 5%, tax 25%; cost of equity by CAPM: risk-free 3% + beta 1.2 x (market 8% - risk-free)",
    });
  });

  test("rule, impact, action and schedule", () => {
    const view = items(preset);
    expect(view["Detection rules"]["Flag when"]).toBe(
      "CurrentMarginPct < 0 OR MarginVariance > 0.02"
    );
    expect(view["Impact and actions"]["1. QuarterRevenueUplift"]).toBe("Revenue, 50% realized");
    expect(view.Schedule.Runs).toMatch(/^from .*, every 7 days$/);
  });
});

describe("settingsOverview: the quarter presets' settings", () => {
  test("names the reference price table and the calendar quarters of the measures", () => {
    const doc = withQuarterRevenueUplift(
      unprofitableAccountAgent(),
      "referencePrice",
      "calendar",
      "Units",
      { sheet: "Price List", by: "Product" }
    );
    const view = items(doc);
    expect(view.Join["Reference prices"]).toBe(
      'sheet "Price List", a price per Product; ReferenceRevenue = Units x that price (a line without one at its own revenue)'
    );
    expect(
      view.Series[
        "Series1.CurrentQuarterReferenceRevenue (Current Quarter Revenue at Reference Prices)"
      ]
    ).toBe("Sum of ReferenceRevenue, last complete calendar quarter (hidden)");
    expect(items(unprofitableAccountAgent()).Join["Reference prices"]).toBeUndefined();
  });
});
