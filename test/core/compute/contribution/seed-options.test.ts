/**
 * Seed 001's further options on the hand-worked example of contribution-fixture.ts (CP I C1 680,
 * C2 800, C3 60; orders C1 2, C2 1, C3 3; visits C1 2, C2 5, C3 1; CP II 280, 200, -340).
 */
import { computeContribution } from "../../../../src/core/compute/contribution/compute-contribution";
import { resolveDiscountRate } from "../../../../src/core/compute/contribution/discount-rate";
import type { ContributionDefinition } from "../../../../src/core/model/contribution-definition";
import type {
  ContributionMeasure,
  ContributionResult,
} from "../../../../src/core/model/contribution-result";
import type { CellValue } from "../../../../src/core/model/cells";
import type { ContributionSheet } from "../../../../src/core/read/contribution/row-reader";
import { parseActivities } from "../../../../src/core/read/contribution/parse-activities";
import { parseCostDrivers } from "../../../../src/core/read/contribution/parse-cost-drivers";
import { parseCustomerCosts } from "../../../../src/core/read/contribution/parse-customer-costs";
import {
  allRows,
  customerCostsSheet,
  definition,
  driversSheet,
  sheet,
  transactions,
} from "../../../helpers/contribution-fixture";

function run(
  activities: ContributionSheet,
  costs: ContributionSheet = customerCostsSheet(),
  overrides: Partial<ContributionDefinition> = {}
): ContributionResult {
  const table = transactions();
  return computeContribution({
    transactions: table,
    rows: allRows(table.rowCount),
    windowMonths: 12,
    activities: parseActivities(activities, {}),
    drivers: parseCostDrivers(driversSheet(), {}),
    customerCosts: parseCustomerCosts(costs, {}),
    definition: { ...definition, ...overrides },
  });
}

const byCustomer = (result: ContributionResult, measure: ContributionMeasure) =>
  Object.fromEntries(result.customerId.map((id, a) => [id, result.measures[measure][a]]));

const HEADERS = [
  "Process",
  "Cost Driver",
  "Process Costs",
  "Process Quantity",
  "Max Quantity",
  "Level",
  "Segment",
  "Main Process",
  "Neutral Costs",
  "Productivity",
];
const activities = (rows: CellValue[][]) => sheet("Activities", HEADERS, rows);
const ORDERS: CellValue[] = [
  "Order processing",
  "Orders",
  600,
  6,
  null,
  "Order",
  null,
  null,
  null,
  null,
];
const VISITS: CellValue[] = [
  "Customer visits",
  "Visits",
  1000,
  8,
  10,
  "Kunde",
  null,
  null,
  null,
  null,
];

describe("cost levels (seed 001, Diagrams 2 and 3)", () => {
  const result = run(
    activities([
      ORDERS,
      VISITS,
      ["Retail advertising", null, 150, null, null, "Market segment", "retail", null, null, null],
      ["Management", null, 90, null, null, "Company", null, null, null, null],
    ])
  );

  test("charged levels split the cost to serve; CP II is unchanged", () => {
    expect(byCustomer(result, "ProductProcessingCosts")).toEqual({ C1: 0, C2: 0, C3: 0 });
    expect(byCustomer(result, "OrderProcessingCosts")).toEqual({ C1: 200, C2: 100, C3: 300 });
    expect(byCustomer(result, "CustomerProcessingCosts")).toEqual({ C1: 200, C2: 500, C3: 100 });
    expect(byCustomer(result, "CostToServe")).toEqual({ C1: 400, C2: 600, C3: 400 });
    expect(byCustomer(result, "CPII")).toEqual({ C1: 280, C2: 200, C3: -340 });
  });

  test("segment and company costs are reported below CP II, not charged", () => {
    // Retail = C1 + C3: 280 - 340 = -60, less 150 advertising = -210; Wholesale = C2: 200.
    // Result = 140 - 150 - 90 = -100.
    expect(result.belowCPII).toEqual({
      segments: [
        { segment: "Retail", accounts: 2, cpii: -60, costs: 150, contribution: -210 },
        { segment: "Wholesale", accounts: 1, cpii: 200, costs: 0, contribution: 200 },
      ],
      companyCosts: [{ process: "Management", costs: 90 }],
      totalSegmentCosts: 150,
      totalCompanyCosts: 90,
      result: -100,
    });
    expect(result.activities.map((a) => [a.process, a.level, a.chargedForUse])).toEqual([
      ["Order processing", "order", 600],
      ["Customer visits", "customer", 800],
      ["Retail advertising", "segment", 0],
      ["Management", "company", 0],
    ]);
    expect(result.warnings).toEqual([]);
  });

  test("a level that is none of the five is reported and taken as customer level", () => {
    const odd = run(
      activities([ORDERS, [...VISITS.slice(0, 5), "Region", null, null, null, null]])
    );
    expect(odd.activities[1].level).toBe("customer");
    expect(odd.quality[0].issues.badLevel?.rows).toEqual([3]);
    expect(run(activities([ORDERS])).belowCPII).toBeNull();
  });
});

describe("two-stage allocation, neutral costs and productivity (seed 001, 1.2)", () => {
  test("an activity rolled into its main process is charged at the main process's rate", () => {
    const result = run(
      activities([
        ORDERS,
        VISITS,
        ["Credit check", "Checks", 300, 30, null, "Order", null, "order processing", null, null],
      ])
    );
    // Stage one: credit check 300 / 30 = 10 per check. Stage two: (600 + 300) / 6 = 150 per order.
    expect(result.charges[0]).toEqual([300, 150, 450]);
    expect(result.charges[2]).toEqual([0, 0, 0]);
    expect(result.activities[0]).toMatchObject({ stage: "main", rolledUpCosts: 300, rate: 150 });
    expect(result.activities[2]).toMatchObject({ stage: "activity", rate: 10, notCharged: 0 });
    expect(byCustomer(result, "CPII")).toEqual({ C1: 180, C2: 150, C3: -490 });
    // No "no account used its driver" warning for the rolled-up activity: it charges by design none.
    expect(result.warnings.filter((w) => w.startsWith("Activity"))).toEqual([]);
  });

  test("a main process that is not in the table is reported; the activity charges by its own driver", () => {
    const result = run(activities([ORDERS, [...VISITS.slice(0, 7), "Field service", null, null]]));
    expect(result.activities[1].stage).toBe("single");
    expect(result.charges[1]).toEqual([200, 500, 100]);
    expect(result.quality[0].issues.unknownMainProcess?.rows).toEqual([3]);
  });

  test("allocation ratio aqi / aqn x 100 and the neutral costs each account carries", () => {
    const result = run(activities([[...ORDERS.slice(0, 8), 150, null], VISITS]));
    // aqi = 600 - 150 = 450; ratio 450 / 150 x 100 = 300%; a quarter of each order charge.
    expect(result.activities[0].allocationRatioPct).toBe(300);
    expect(result.activities[1].allocationRatioPct).toBeNull();
    expect(byCustomer(result, "NeutralCostsCharged")).toEqual({ C1: 50, C2: 25, C3: 75 });
    expect(byCustomer(result, "CPII")).toEqual({ C1: 280, C2: 200, C3: -340 });
  });

  test("a rate entered as 1 / productivity: costs = quantity / productivity", () => {
    // 8 visits at 0.008 visits per unit of cost: 1000; rate over the maximum 10 = 100.
    const result = run(
      activities([ORDERS, [...VISITS.slice(0, 2), null, ...VISITS.slice(3, 9), 0.008]])
    );
    expect(result.activities[1].processCosts).toBeCloseTo(1000, 9);
    expect(result.activities[1].rate).toBeCloseTo(100, 9);
    expect(result.charges[1].map((v) => Number(v.toFixed(6)))).toEqual([200, 500, 100]);
  });
});

describe("detailed cash flow and each customer's own valuation (seed 001, Diagram 4 and 3)", () => {
  const costs = sheet(
    "Customer Costs",
    [
      "Customer Id",
      "Direct Costs",
      "Non-Cash Material Costs",
      "Non-Cash Personnel Costs",
      "Depreciation",
      "Other Payment-Ineffective Costs",
      "Investments",
      "Relationship Duration",
      "Growth Rate",
      "DSO",
    ],
    [
      ["C1", 100, 5, 10, 15, null, null, 1, "10%", 36.5],
      ["C2", null, null, null, null, 4, 500, null, null, -73],
      ["C3", 50, 0, 0, 0, 0, 0, null, null, null],
      ["C1", null, null, null, null, null, null, 2, null, null],
      ["C3", null, null, null, null, null, null, null, null, 400],
    ]
  );
  const result = run(activities([ORDERS, VISITS]), costs);

  test("payment-ineffective costs line by line, summed", () => {
    expect(byCustomer(result, "NonCashMaterialCosts")).toEqual({ C1: 5, C2: 0, C3: 0 });
    expect(byCustomer(result, "NonCashPersonnelCosts")).toEqual({ C1: 10, C2: 0, C3: 0 });
    expect(byCustomer(result, "Depreciation")).toEqual({ C1: 15, C2: 0, C3: 0 });
    expect(byCustomer(result, "OtherPaymentIneffectiveCosts")).toEqual({ C1: 0, C2: 4, C3: 0 });
    expect(byCustomer(result, "PaymentIneffectiveCosts")).toEqual({ C1: 30, C2: 4, C3: 0 });
  });

  test("DSO with growth shifts cash: change in receivables = -NR x d/365 x g/(1+g)", () => {
    // C1: -2040 x 36.5/365 x 0.1/1.1 = -204/11; cash flow 280 + 30 - 204/11 = 3206/11.
    const receivables = byCustomer(result, "ReceivablesChange");
    expect(receivables.C1).toBeCloseTo(-204 / 11, 10);
    // C2 prepays, but without growth each year receives as much ahead as the last one did.
    expect(receivables.C2).toBe(0);
    expect(byCustomer(result, "CashFlow").C1).toBeCloseTo(3206 / 11, 10);
    expect(byCustomer(result, "CashFlow").C2).toBe(-296);
  });

  test("own duration and growth: C1 over t = 0..1 at 10% growth and 10% discount, F = 2", () => {
    expect(result.valuation.horizonYears).toEqual([1, 3, 3]);
    expect(result.valuation.growthRate).toEqual([0.1, 0, 0]);
    expect(result.valuation.dsoDays).toEqual([36.5, -73, 0]);
    expect(result.valuation.factor[0]).toBe(2);
    expect(result.valuation.perAccount).toBe(true);
    const value = byCustomer(result, "CustomerValue");
    expect(value.C1).toBeCloseTo(6412 / 11, 9);
    // C2 keeps the global 3 years at 0%: -296 x 3.4868519909842...
    expect(value.C2).toBeCloseTo(-296 * 3.4868519909842224, 9);
  });

  test("a second row of the customer with another duration is reported, the first kept", () => {
    const report = result.quality.find((q) => q.table === "customerCosts")!;
    expect(report.issues.conflictingValue?.rows).toEqual([5]);
    // 400 days is beyond a year of credit: reported, and C3 keeps no DSO.
    expect(report.issues.badDays?.rows).toEqual([6]);
    expect(report.rowsUsable).toBe(5);
  });
});

describe("cost of debt from the customer relationships' costs (seed 001, 3.1)", () => {
  test("relationship debt costs 20 / debt 400 = 5%, then WACC 6.9%", () => {
    const rate = resolveDiscountRate({
      kind: "wacc",
      equity: 600,
      debt: 400,
      riskFree: 0.03,
      beta: 1.2,
      marketReturn: 0.08,
      costOfDebt: 0.05,
      costOfDebtParts: { relationshipDebtCosts: 20 },
      taxRate: 0.25,
    });
    expect(rate.costOfDebt).toBe(0.05);
    expect(rate.costOfDebtParts).toEqual({ relationshipDebtCosts: 20 });
    // 0.6 x 9% + 0.4 x 5% x 0.75 = 6.9%
    expect(rate.rate).toBeCloseTo(0.069, 15);
  });
});
