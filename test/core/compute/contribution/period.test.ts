import { computeContribution } from "../../../../src/core/compute/contribution/compute-contribution";
import type { ContributionDefinition } from "../../../../src/core/model/contribution-definition";
import type {
  ContributionMeasure,
  ContributionResult,
} from "../../../../src/core/model/contribution-result";
import { parseActivities } from "../../../../src/core/read/contribution/parse-activities";
import { parseCostDrivers } from "../../../../src/core/read/contribution/parse-cost-drivers";
import { parseCustomerCosts } from "../../../../src/core/read/contribution/parse-customer-costs";
import {
  activitiesSheet,
  allRows,
  customerCostsSheet,
  definition,
  driversSheet,
  transactions,
} from "../../../helpers/contribution-fixture";

/** The fixture's three accounts, read as if their lines covered `windowMonths` months. */
function run(
  windowMonths: number | null,
  overrides: Partial<ContributionDefinition> = {}
): ContributionResult {
  const table = transactions();
  return computeContribution({
    transactions: table,
    rows: allRows(table.rowCount),
    windowMonths,
    activities: parseActivities(activitiesSheet(false), {}),
    drivers: parseCostDrivers(driversSheet(), {}),
    customerCosts: parseCustomerCosts(customerCostsSheet(), {}),
    definition: { ...definition, ...overrides },
  });
}

const byCustomer = (result: ContributionResult, measure: ContributionMeasure) =>
  Object.fromEntries(result.customerId.map((id, a) => [id, result.measures[measure][a]]));

describe("contribution per year: the window and the cost tables converted to the discounting period", () => {
  test("a 6-month window with 6-month cost tables: every amount twice the half-year's", () => {
    // Half-year figures (contribution-fixture.ts): CP II 280 / 200 / -340, cash flow 310 / -300 / -340.
    const result = run(6, { costTablesMonths: 6 });
    expect(byCustomer(result, "Sales")).toEqual({ C1: 4200, C2: 6000, C3: 1000 });
    expect(byCustomer(result, "DirectCustomerCosts")).toEqual({ C1: 200, C2: 0, C3: 100 });
    expect(byCustomer(result, "CostToServe")).toEqual({ C1: 800, C2: 1200, C3: 800 });
    expect(byCustomer(result, "CPII")).toEqual({ C1: 560, C2: 400, C3: -680 });
    expect(byCustomer(result, "CashFlow")).toEqual({ C1: 620, C2: -600, C3: -680 });
    // A ratio of two amounts converted alike does not move: 280 / 2040.
    expect(byCustomer(result, "CPIIMarginPct").C1).toBeCloseTo(280 / 2040, 15);
    expect(result.charges).toEqual([
      [400, 200, 600],
      [400, 1000, 200],
    ]);
    expect(result.chargeTotals).toEqual([1200, 1600]);
    expect(result.period).toEqual({ months: 12, windowMonths: 6, costTablesMonths: 6 });
    // The activities stay as their table states them (per 6 months).
    expect(result.activities[0]).toMatchObject({ processCosts: 600, customerQuantity: 6 });
  });

  test("a 6-month window with yearly cost tables: sales doubled, tables as entered", () => {
    const result = run(6);
    // Net revenue 2 x (2040, 2900, 500); cost of goods 2 x (1260, 2100, 390); direct 100, 0, 50.
    expect(byCustomer(result, "NetRevenue")).toEqual({ C1: 4080, C2: 5800, C3: 1000 });
    expect(byCustomer(result, "CPI")).toEqual({ C1: 1460, C2: 1600, C3: 170 });
    // Orders counted in the half-year (2, 1, 3) are 4, 2, 6 a year at 100 each; visits as entered.
    expect(result.charges).toEqual([
      [400, 200, 600],
      [200, 500, 100],
    ]);
    expect(result.activities[0]).toMatchObject({ customerQuantity: 12 });
    expect(byCustomer(result, "CPII")).toEqual({ C1: 860, C2: 900, C3: -530 });
    // Cash flow = CP II + payment-ineffective (30, 0, 0) - investment (0, 500, 0).
    expect(byCustomer(result, "CashFlow")).toEqual({ C1: 890, C2: 400, C3: -530 });
    expect(result.totals.CashFlow).toBe(760);
    // 12 orders a year against 6 performed: the Activities table and the window disagree.
    expect(result.warnings.some((w) => w.includes('"Order processing"'))).toBe(true);
  });

  test("quarterly cost tables with a 12-month window: tables x 4, window drivers / 4", () => {
    const result = run(12, { costTablesMonths: 3 });
    expect(byCustomer(result, "Sales")).toEqual({ C1: 2100, C2: 3000, C3: 500 });
    expect(byCustomer(result, "DirectCustomerCosts")).toEqual({ C1: 400, C2: 0, C3: 200 });
    expect(byCustomer(result, "InvestmentPayments")).toEqual({ C1: 0, C2: 2000, C3: 0 });
    // Orders 2, 1, 3 a year are 0.5, 0.25, 0.75 a quarter at 100 each, x 4 = the year's 200, 100, 300.
    expect(result.charges[0]).toEqual([200, 100, 300]);
    expect(result.charges[1]).toEqual([800, 2000, 400]);
  });

  test("a 12-month window and yearly tables change nothing; no window is taken as a year, with a warning", () => {
    const year = run(12);
    expect(byCustomer(year, "CPII")).toEqual({ C1: 280, C2: 200, C3: -340 });
    expect(year.warnings.some((w) => w.includes("no date window"))).toBe(false);
    const none = run(null);
    expect(byCustomer(none, "CPII")).toEqual({ C1: 280, C2: 200, C3: -340 });
    expect(none.period.windowMonths).toBeNull();
    expect(none.warnings.some((w) => w.includes("no date window"))).toBe(true);
  });

  test("customer value discounts the cash flow per year (3 years at 10%)", () => {
    const result = run(6, { costTablesMonths: 6 });
    const factor = 1 + 1 / 1.1 + 1 / 1.21 + 1 / 1.331;
    expect(byCustomer(result, "CustomerValue").C1).toBeCloseTo(620 * factor, 9);
  });
});
