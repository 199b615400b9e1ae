import { computeContribution } from "../../../../src/core/compute/contribution/compute-contribution";
import { parseActivities } from "../../../../src/core/read/contribution/parse-activities";
import { parseCostDrivers } from "../../../../src/core/read/contribution/parse-cost-drivers";
import { parseCustomerCosts } from "../../../../src/core/read/contribution/parse-customer-costs";
import { contributionReport } from "../../../../src/core/model/contribution-report";
import { contributionWaterfallSheet } from "../../../../src/core/report/contribution/waterfall";
import {
  activitiesSheet,
  allRows,
  definition,
  driversSheet,
  sheet,
  transactions,
} from "../../../helpers/contribution-fixture";

/** Seed 001, diagram 3: CP I = net revenue - direct product, order and customer costs. */
describe("direct order costs: their own line of CP I", () => {
  const table = transactions();
  const result = computeContribution({
    transactions: table,
    rows: allRows(table.rowCount),
    windowMonths: 12,
    activities: parseActivities(activitiesSheet(false), {}),
    drivers: parseCostDrivers(driversSheet(), {}),
    customerCosts: parseCustomerCosts(
      sheet(
        "Customer Costs",
        ["Customer Id", "Direct Order Costs", "Direct Customer Costs"],
        [
          ["C1", 40, 60],
          ["C2", 25, null],
          ["C3", null, 50],
        ]
      ),
      {}
    ),
    definition,
  });
  const of = (measure: "DirectOrderCosts" | "DirectCustomerCosts" | "CPI" | "CPII") =>
    Object.fromEntries(result.customerId.map((id, a) => [id, result.measures[measure][a]]));

  test("order and customer costs apart, both deducted in CP I", () => {
    expect(of("DirectOrderCosts")).toEqual({ C1: 40, C2: 25, C3: 0 });
    expect(of("DirectCustomerCosts")).toEqual({ C1: 60, C2: 0, C3: 50 });
    // Net revenue - cost of goods: C1 2040 - 1260 = 780, C2 2900 - 2100 = 800, C3 500 - 390 = 110.
    expect(of("CPI")).toEqual({ C1: 680, C2: 775, C3: 60 });
    // Cost to serve 400 / 600 / 400 (contribution-fixture.ts).
    expect(of("CPII")).toEqual({ C1: 280, C2: 175, C3: -340 });
    expect(result.totals.DirectOrderCosts).toBe(65);
  });

  test("the waterfall has a step for them when the portfolio has any", () => {
    const s = contributionWaterfallSheet(contributionReport(result), "USD");
    const portfolio = s.table.rows.filter((r) => r.Waterfall === "Portfolio");
    expect(portfolio.map((r) => r.Step)).toContain("Direct order costs");
    expect(portfolio.find((r) => r.Step === "Direct order costs")?.Amount).toBe(-65);
    const chart = s.charts?.[0];
    expect(chart?.kind === "waterfall" && chart.rows?.count).toBe(9);
  });
});
