import { computeContribution } from "../../../../src/core/compute/contribution/compute-contribution";
import type { ContributionDefinition } from "../../../../src/core/model/contribution-definition";
import { parseActivities } from "../../../../src/core/read/contribution/parse-activities";
import { parseCostDrivers } from "../../../../src/core/read/contribution/parse-cost-drivers";
import { parseCustomerCosts } from "../../../../src/core/read/contribution/parse-customer-costs";
import {
  CONTRIBUTION_MEASURES,
  type ContributionResult,
} from "../../../../src/core/model/contribution-result";
import {
  activitiesSheet,
  allRows,
  customerCostsSheet,
  definition,
  driversSheet,
  LINES,
  sheet,
  transactions,
} from "../../../helpers/contribution-fixture";

function run(
  causal: boolean,
  overrides: Partial<ContributionDefinition> = {},
  rows?: Uint8Array
): ContributionResult {
  const table = transactions();
  return computeContribution({
    transactions: table,
    rows: rows ?? allRows(table.rowCount),
    windowMonths: 12,
    activities: parseActivities(activitiesSheet(causal), {}),
    drivers: parseCostDrivers(driversSheet(), {}),
    customerCosts: parseCustomerCosts(customerCostsSheet(), {}),
    definition: { ...definition, ...overrides },
  });
}

/** Measure values by customer id, for readable assertions. */
function byCustomer(
  result: ContributionResult,
  measure: (typeof CONTRIBUTION_MEASURES)[number]
): Record<string, number | null> {
  return Object.fromEntries(result.customerId.map((id, a) => [id, result.measures[measure][a]]));
}

describe("computeContribution: the hand-worked three-account example (fixture.ts)", () => {
  const result = run(false);

  test("accounts in order of first appearance, with name and segment", () => {
    expect(result.customerId).toEqual(["C1", "C2", "C3"]);
    expect(result.customerName).toEqual(["Customer C1", "Customer C2", "Customer C3"]);
    expect(result.customerSegment).toEqual(["Retail", "Wholesale", "Retail"]);
    expect(result.accountOf.get("C2")).toBe(1);
  });

  test("sales, deductions, net revenue, cost of goods, direct costs, CP I", () => {
    expect(byCustomer(result, "Sales")).toEqual({ C1: 2100, C2: 3000, C3: 500 });
    expect(byCustomer(result, "SalesDeductions")).toEqual({ C1: 60, C2: 100, C3: 0 });
    expect(byCustomer(result, "NetRevenue")).toEqual({ C1: 2040, C2: 2900, C3: 500 });
    expect(byCustomer(result, "CostOfGoods")).toEqual({ C1: 1260, C2: 2100, C3: 390 });
    expect(byCustomer(result, "DirectCustomerCosts")).toEqual({ C1: 100, C2: 0, C3: 50 });
    expect(byCustomer(result, "CPI")).toEqual({ C1: 680, C2: 800, C3: 60 });
  });

  test("cost to serve by activity, CP II and its margin; unused capacity not charged", () => {
    expect(result.charges).toEqual([
      [200, 100, 300],
      [200, 500, 100],
    ]);
    expect(byCustomer(result, "CostToServe")).toEqual({ C1: 400, C2: 600, C3: 400 });
    expect(byCustomer(result, "UnusedCapacityCharged")).toEqual({ C1: 0, C2: 0, C3: 0 });
    expect(byCustomer(result, "CPII")).toEqual({ C1: 280, C2: 200, C3: -340 });
    const margin = byCustomer(result, "CPIIMarginPct");
    expect(margin.C1).toBeCloseTo(280 / 2040, 15);
    expect(margin.C2).toBeCloseTo(200 / 2900, 15);
    expect(margin.C3).toBe(-0.68);
  });

  test("activities: rates, use, unused capacity reported", () => {
    const [orders, visits] = result.activities;
    expect(orders).toMatchObject({
      rate: 100,
      rateBasis: "actual",
      customerQuantity: 6,
      chargedForUse: 600,
      unusedCapacityCost: 0,
      notCharged: 0,
    });
    expect(visits).toMatchObject({
      rate: 100,
      rateBasis: "maximum",
      customerQuantity: 8,
      chargedForUse: 800,
      unusedCapacityCost: 200,
      unusedCharged: 0,
      notCharged: 200,
    });
  });

  test("cash flow and customer value (3 years at 10%, no growth: factor 3.4868519909842...)", () => {
    expect(byCustomer(result, "PaymentIneffectiveCosts")).toEqual({ C1: 30, C2: 0, C3: 0 });
    expect(byCustomer(result, "InvestmentPayments")).toEqual({ C1: 0, C2: 500, C3: 0 });
    expect(byCustomer(result, "CashFlow")).toEqual({ C1: 310, C2: -300, C3: -340 });
    const value = byCustomer(result, "CustomerValue");
    expect(value.C1).toBeCloseTo(1080.924117205109, 9);
    expect(value.C2).toBeCloseTo(-1046.0555972952668, 9);
    expect(value.C3).toBeCloseTo(-1185.5296769346355, 9);
    expect(result.customerValue).toMatchObject({
      rate: 0.1,
      source: "entered",
      horizonYears: 3,
      growthRate: 0,
      investmentTiming: "everyPeriod",
    });
    expect(result.customerValue.factor).toBeCloseTo(3.4868519909842224, 14);
  });

  test("totals are exact sums; the total margin is total CP II / total net revenue", () => {
    expect(result.totals).toMatchObject({
      Sales: 5600,
      SalesDeductions: 160,
      NetRevenue: 5440,
      CostOfGoods: 3750,
      DirectCustomerCosts: 150,
      CPI: 1540,
      CostToServe: 1400,
      CPII: 140,
      CashFlow: -330,
    });
    expect(result.totals.CPIIMarginPct).toBeCloseTo(140 / 5440, 15);
  });

  test("whale curve: most profitable first, cumulative share of total CP II, peak", () => {
    expect(
      result.whale.points.map((p) => [
        p.customerId,
        p.cpii,
        p.cumulativeCPII,
        p.cumulativeShare,
        p.accountShare,
      ])
    ).toEqual([
      ["C1", 280, 280, 2, 1 / 3],
      ["C2", 200, 480, 480 / 140, 2 / 3],
      ["C3", -340, 140, 1, 1],
    ]);
    expect(result.whale.peakShare).toBeCloseTo(3.4285714285714284, 15);
    expect(result.whale.peakAccounts).toBe(2);
    expect(result.whale.totalCPII).toBe(140);
  });

  test("nothing unmatched, no warnings", () => {
    expect(result.unmatched).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.quality.map((q) => [q.table, q.rowsRead, q.rowsUsable])).toEqual([
      ["activities", 2, 2],
      ["costDrivers", 4, 4],
      ["customerCosts", 3, 3],
    ]);
  });
});

describe("computeContribution: unused capacity marked causal", () => {
  const result = run(true);

  test("accounts pay process costs / actual quantity per visit (125), unused capacity included", () => {
    expect(result.charges[1]).toEqual([250, 625, 125]);
    expect(byCustomer(result, "UnusedCapacityCharged")).toEqual({ C1: 50, C2: 125, C3: 25 });
    expect(byCustomer(result, "CostToServe")).toEqual({ C1: 450, C2: 725, C3: 425 });
    expect(byCustomer(result, "CPII")).toEqual({ C1: 230, C2: 75, C3: -365 });
    expect(result.activities[1]).toMatchObject({
      rate: 100,
      unusedCapacityCost: 200,
      unusedCharged: 200,
      chargedForUse: 800,
      notCharged: 0,
    });
  });

  test("a total CP II below 0 gives a whale curve without shares, and says why", () => {
    expect(result.totals.CPII).toBe(-60);
    expect(result.whale.points.map((p) => p.cumulativeShare)).toEqual([null, null, null]);
    expect(result.whale.peakShare).toBeNull();
    expect(result.warnings).toEqual([expect.stringContaining("not above 0")]);
  });
});

describe("computeContribution: options", () => {
  test("investments paid once now: CV = -I + (CF + I) x F (seed's second form)", () => {
    const result = run(false, { investmentTiming: "firstPeriodOnly" });
    // C2: CF = -300, I = 500: -500 + 200 x 3.48685199... = 197.3703981968445
    expect(byCustomer(result, "CustomerValue").C2).toBeCloseTo(197.3703981968445, 9);
    expect(byCustomer(result, "CustomerValue").C1).toBeCloseTo(1080.924117205109, 9);
  });

  test("discount rate from WACC with CAPM cost of equity", () => {
    const result = run(false, {
      discountRate: {
        kind: "wacc",
        equity: 600,
        debt: 400,
        riskFree: 0.03,
        beta: 1.2,
        marketReturn: 0.08,
        costOfDebt: 0.05,
        taxRate: 0.25,
      },
      horizonYears: 1,
    });
    // re = 0.03 + 1.2 x 0.05 = 0.09; WACC = 0.6 x 0.09 + 0.4 x 0.05 x 0.75 = 0.069; CV = CF (1 + 1/1.069)
    expect(result.customerValue.rate).toBeCloseTo(0.069, 15);
    expect(result.customerValue.costOfEquity).toBeCloseTo(0.09, 15);
    expect(byCustomer(result, "CustomerValue").C1).toBeCloseTo(310 * (1 + 1 / 1.069), 9);
  });

  test("mapped discount columns are sales deductions; numeric columns can be drivers", () => {
    const lines = LINES.map((l, i) => ({
      ...l,
      extra: { "Cash Discount": i === 0 ? 20 : 0, Deliveries: i + 1 },
    }));
    const { tableOf } = jest.requireActual(
      "../../../helpers/table"
    ) as typeof import("../../../helpers/table");
    const table = tableOf(lines);
    const result = computeContribution({
      transactions: table,
      rows: allRows(table.rowCount),
      windowMonths: 12,
      activities: parseActivities(
        sheet(
          "Activities",
          ["Process", "Driver", "Process Costs", "Process Quantity"],
          [["Shipping", "Deliveries", 360, 36]]
        ),
        {}
      ),
      drivers: null,
      customerCosts: null,
      definition: {
        ...definition,
        derivedDrivers: [{ name: "Deliveries", from: "column", column: "Deliveries" }],
        salesDeductionColumns: ["Cash Discount"],
      },
    });
    expect(byCustomer(result, "SalesDeductions")).toEqual({ C1: 80, C2: 100, C3: 0 });
    expect(byCustomer(result, "NetRevenue")).toEqual({ C1: 2020, C2: 2900, C3: 500 });
    // Deliveries: C1 rows 1, 2, 5 -> 1 + 2 + 5 = 8; C2 row 3 -> 3; C3 rows 4, 6, 7, 8 -> 25. Rate 10.
    expect(result.charges[0]).toEqual([80, 30, 250]);
    expect(byCustomer(result, "CPI")).toEqual({ C1: 760, C2: 800, C3: 110 });
  });

  test("only the analysed rows count: a customer outside them has no account, its drivers are listed", () => {
    const table = transactions();
    const rows = allRows(table.rowCount);
    rows[2] = 0; // C2's only line
    const result = run(false, {}, rows);
    expect(result.customerId).toEqual(["C1", "C3"]);
    // Orders: C1 2 + C3 3 = 5 of 6 charged at 100; 100 not charged.
    expect(result.activities[0]).toMatchObject({
      customerQuantity: 5,
      chargedForUse: 500,
      notCharged: 100,
    });
    expect(result.unmatched).toEqual([
      {
        table: "costDrivers",
        reason: "customerWithoutLines",
        customerId: "C2",
        costDriver: "Visits",
        quantity: 5,
        amount: 500,
        rows: [3, 5],
      },
      {
        table: "customerCosts",
        reason: "customerWithoutLines",
        customerId: "C2",
        costDriver: null,
        quantity: null,
        amount: 500,
        rows: [3],
      },
    ]);
  });
});

describe("computeContribution: exact money", () => {
  test("sums of cents are exact and charges of thirds add up to the process costs", () => {
    const { tableOf } = jest.requireActual(
      "../../../helpers/table"
    ) as typeof import("../../../helpers/table");
    const lines = ["A", "B", "C"].flatMap((id) =>
      [0.1, 0.2, 0.7].map((price) => ({
        CustomerId: id,
        CustomerSegment: "S",
        InvoicePrice: price,
        GrossMargin: price / 10,
        PricingDate: "2025-01-01",
      }))
    );
    const table = tableOf(lines);
    const result = computeContribution({
      transactions: table,
      rows: allRows(table.rowCount),
      windowMonths: 12,
      activities: parseActivities(
        sheet(
          "A",
          ["Process", "Driver", "Process Costs", "Process Quantity"],
          [["Billing", "Lines", 100, 9]]
        ),
        {}
      ),
      drivers: null,
      customerCosts: null,
      definition: {
        ...definition,
        derivedDrivers: [{ name: "Lines", from: "lines" }],
        costDrivers: undefined,
      },
    });
    // 0.1 + 0.2 + 0.7 in doubles is 0.9999999999999999; exactly it is 1.
    expect(result.measures.Sales).toEqual([1, 1, 1]);
    expect(result.measures.CostToServe).toEqual([100 / 3, 100 / 3, 100 / 3]);
    expect(result.totals.CostToServe).toBe(100);
    expect(result.activities[0].notCharged).toBe(0);
    expect(result.totals.CPI).toBeCloseTo(0.3, 15);
  });

  test("the parts add up: CP II = CP I - cost to serve and cost to serve = sum of charges, per account and in total", () => {
    const result = run(true);
    for (let a = 0; a < result.accountCount; a++) {
      const charges = result.charges.reduce((s, c) => s + c[a], 0);
      expect(result.measures.CostToServe[a]).toBe(charges);
      expect(result.measures.CPII[a]).toBe((result.measures.CPI[a] as number) - charges);
    }
    const charged = result.activities.reduce(
      (s, a) => s + a.chargedForUse + a.unusedCharged + a.notCharged,
      0
    );
    expect(charged).toBe(1600);
  });
});

describe("computeContribution: laws", () => {
  test("the order of transaction lines and driver rows does not matter", () => {
    const { tableOf } = jest.requireActual(
      "../../../helpers/table"
    ) as typeof import("../../../helpers/table");
    const shuffled = [5, 2, 7, 0, 3, 6, 1, 4].map((i) => LINES[i]);
    const table = tableOf(shuffled);
    const drivers = driversSheet();
    const reversed = sheet(
      "Cost Drivers",
      drivers.headers,
      [...[...drivers.blocks][0].rows].reverse()
    );
    const other = computeContribution({
      transactions: table,
      rows: allRows(table.rowCount),
      windowMonths: 12,
      activities: parseActivities(activitiesSheet(true), {}),
      drivers: parseCostDrivers(reversed, {}),
      customerCosts: parseCustomerCosts(customerCostsSheet(), {}),
      definition,
    });
    const base = run(true);
    for (const m of CONTRIBUTION_MEASURES) {
      for (const id of base.customerId)
        expect([m, id, byCustomer(other, m)[id]]).toEqual([m, id, byCustomer(base, m)[id]]);
    }
    expect(other.totals).toEqual(base.totals);
  });
});
