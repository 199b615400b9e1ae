import { computeContribution } from "../../../../src/core/compute/contribution/compute-contribution";
import { parseActivities } from "../../../../src/core/read/contribution/parse-activities";
import { parseCostDrivers } from "../../../../src/core/read/contribution/parse-cost-drivers";
import { parseCustomerCosts } from "../../../../src/core/read/contribution/parse-customer-costs";
import { contributionRows } from "../../../../src/core/model/contribution-report";
import { contributionReport } from "../../../../src/core/model/contribution-report";
import {
  activityRatesSheet,
  contributionQualitySheet,
  contributionSheet,
  contributionSheets,
  customerValueNote,
  whaleCurveSheet,
} from "../../../../src/core/report/contribution/contribution-sheets";
import {
  activitiesSheet,
  allRows,
  customerCostsSheet,
  definition,
  driversSheet,
  sheet,
  transactions,
} from "../../../helpers/contribution-fixture";

const table = transactions();
const result = computeContribution({
  transactions: table,
  rows: allRows(table.rowCount),
  windowMonths: 12,
  activities: parseActivities(activitiesSheet(false), {}),
  drivers: parseCostDrivers(driversSheet(), {}),
  customerCosts: parseCustomerCosts(customerCostsSheet(), {}),
  definition,
});

describe("contribution rows (the JSON form)", () => {
  test("one row per account, largest sales first, with each activity's charge", () => {
    const rows = contributionRows(result);
    expect(rows.map((r) => r.CustomerId)).toEqual(["C2", "C1", "C3"]);
    expect(rows[0]).toMatchObject({
      CustomerName: "Customer C2",
      Sales: 3000,
      CPI: 800,
      Charge1: 100,
      Charge2: 500,
      CostToServe: 600,
      CPII: 200,
    });
  });
});

describe("Customer Profit Contribution sheet", () => {
  const s = contributionSheet(contributionReport(result), "USD");

  test("the waterfall columns from sales to customer value, one per activity", () => {
    expect(s.name).toBe("Customer Profit Contribution");
    expect(s.table.columns.map((c) => c.header)).toEqual([
      "Customer Id",
      "Customer Name",
      "Customer Segment",
      "Sales",
      "Sales Deductions",
      "Net Revenue",
      "Cost of Goods",
      "Direct Order Costs",
      "Direct Customer Costs",
      "CP I",
      "Order processing",
      "Customer visits",
      "Cost to Serve",
      "CP II",
      "CP II Margin %",
      "Payment-Ineffective Costs",
      "Investment Payments",
      "Cash Flow",
      "Customer Value",
    ]);
    expect(s.table.columns.find((c) => c.key === "CPIIMarginPct")?.format).toBe("percent");
  });

  test("title counts the accounts with a negative CP II; totals are exact; negatives highlighted", () => {
    expect(s.title).toBe(
      "Customer profit contribution per year: 1 of 3 accounts have a negative CP II"
    );
    expect(s.table.totals).toMatchObject({
      CustomerId: "Total",
      Sales: 5600,
      CPI: 1540,
      Charge1: 600,
      Charge2: 800,
      CostToServe: 1400,
      CPII: 140,
      CashFlow: -330,
    });
    expect(s.table.totals?.CPIIMarginPct).toBeCloseTo(140 / 5440, 15);
    expect(s.table.highlights).toContainEqual({ kind: "negative", column: "CPII", style: "bad" });
    expect(s.notes?.[1]).toBe(
      "Amounts per year, the customer value's discounting period: the 12-month window as analysed; the cost tables as entered (12 months)."
    );
    expect(s.notes?.[2]).toBe(
      "Customer value: cash flow over t = 0..3 years, growing 0% a year, discounted at 10%; investment payments in every period. Customer value = cash flow x 3.486852."
    );
  });

  test("with causal unused capacity the sheet shows how much of it each account carries", () => {
    const causal = computeContribution({
      transactions: table,
      rows: allRows(table.rowCount),
      windowMonths: 12,
      activities: parseActivities(activitiesSheet(true), {}),
      drivers: parseCostDrivers(driversSheet(), {}),
      customerCosts: null,
      definition,
    });
    const keys = contributionSheet(contributionReport(causal), "USD").table.columns.map(
      (c) => c.key
    );
    expect(keys).toContain("UnusedCapacityCharged");
    expect(keys).not.toContain("Charge3");
  });

  test("more than 12 activities: only the total cost to serve", () => {
    const many = computeContribution({
      transactions: table,
      rows: allRows(table.rowCount),
      windowMonths: 12,
      activities: parseActivities(
        sheet(
          "A",
          ["Process", "Driver", "Costs", "Quantity"],
          Array.from({ length: 13 }, (_, i) => [`P${i + 1}`, "Lines", 8, 8])
        ),
        {}
      ),
      drivers: null,
      customerCosts: null,
      definition: { ...definition, costDrivers: undefined },
    });
    const s13 = contributionSheet(contributionReport(many), "USD");
    expect(s13.table.columns.some((c) => c.key.startsWith("Charge"))).toBe(false);
    // 13 activities x 8 lines x 1 per line
    expect(s13.table.totals?.CostToServe).toBe(104);
  });
});

describe("Activity Rates sheet", () => {
  test("rates, unused capacity and what was not charged, with totals", () => {
    const s = activityRatesSheet(contributionReport(result), "USD");
    expect(s.name).toBe("Activity Rates");
    expect(s.table.rows).toEqual([
      {
        Process: "Order processing",
        CostDriver: "Orders",
        ProcessCosts: 600,
        ActualQuantity: 6,
        MaxQuantity: null,
        RateBasis: "Actual quantity",
        Rate: 100,
        CustomerQuantity: 6,
        ChargedForUse: 600,
        UnusedCapacityCost: 0,
        Causal: "No",
        UnusedCharged: 0,
        NotCharged: 0,
      },
      {
        Process: "Customer visits",
        CostDriver: "Visits",
        ProcessCosts: 1000,
        ActualQuantity: 8,
        MaxQuantity: 10,
        RateBasis: "Maximum quantity",
        Rate: 100,
        CustomerQuantity: 8,
        ChargedForUse: 800,
        UnusedCapacityCost: 200,
        Causal: "No",
        UnusedCharged: 0,
        NotCharged: 200,
      },
    ]);
    expect(s.table.totals).toEqual({
      Process: "Total",
      ProcessCosts: 1600,
      ChargedForUse: 1400,
      UnusedCapacityCost: 200,
      UnusedCharged: 0,
      NotCharged: 200,
    });
  });
});

describe("Whale Curve sheet", () => {
  test("points most profitable first and the headline", () => {
    const s = whaleCurveSheet(contributionReport(result));
    expect(
      s.table.rows.map((r) => [r.Rank, r.CustomerId, r.CumulativeCPII, r.CumulativeShare])
    ).toEqual([
      [1, "C1", 280, 2],
      [2, "C2", 480, 480 / 140],
      [3, "C3", 140, 1],
    ]);
    expect(s.notes).toEqual([
      "The 2 most profitable of 3 accounts (66.7%) earn 342.9% of total CP II; the rest give 242.9% of it away.",
    ]);
  });

  test("a line chart of the cumulative share against the share of accounts, unless total CP II is not above 0", () => {
    const report = contributionReport(result);
    expect(whaleCurveSheet(report).charts).toEqual([
      {
        kind: "line",
        title: "Whale curve: cumulative share of CP II against share of accounts",
        x: "AccountShare",
        y: "CumulativeShare",
        xBounds: { min: 0, max: 1 },
      },
    ]);
    const losing = { ...report, whale: { ...report.whale, peakShare: null } };
    expect(whaleCurveSheet(losing).charts).toEqual([]);
  });
});

describe("Contribution Data Quality sheet", () => {
  test("problems by table and reason, and what found no account", () => {
    const bad = computeContribution({
      transactions: table,
      rows: allRows(table.rowCount),
      windowMonths: 12,
      activities: parseActivities(
        sheet(
          "Activities",
          ["Process", "Driver", "Costs", "Quantity"],
          [
            ["Visits", "Visits", 1000, 8],
            ["Broken", "Visits", 10, 0],
          ]
        ),
        {}
      ),
      drivers: parseCostDrivers(
        sheet("Cost Drivers", ["Customer", "Driver", "Quantity"], [["C9", "Visits", 2]]),
        {}
      ),
      customerCosts: null,
      definition,
    });
    const s = contributionQualitySheet(contributionReport(bad));
    expect(s.table.rows).toEqual([
      {
        Table: "Activities ('Activities')",
        Effect: "Not used",
        Reason: "Process quantity zero or negative (no cost rate)",
        Rows: 1,
        RowNumbers: "3",
        Example: 'Row 3, Quantity: "0" (expected a process quantity above 0)',
      },
      {
        Table: "Cost Drivers ('Cost Drivers')",
        Effect: "Not used",
        Reason: "Customer not in the transaction sheet",
        Rows: 1,
        RowNumbers: "2",
        Example: 'Row 2, Customer: "C9" (expected a customer id of the transaction sheet)',
      },
    ]);
    expect(s.blocks?.[0].rows).toEqual([
      {
        Table: "Cost Drivers",
        Reason: "Customer not in the transaction sheet",
        CustomerId: "C9",
        CostDriver: "Visits",
        Quantity: 2,
        Amount: 250,
        RowNumbers: "2",
      },
    ]);
    expect(s.notes?.slice(0, 2)).toEqual([
      "Activities 'Activities': 1 of 2 rows used.",
      "Cost Drivers 'Cost Drivers': 0 of 1 rows used.",
    ]);
  });

  test("all five sheets, in reading order, with valid names", () => {
    const names = contributionSheets(contributionReport(result), "USD").map((s) => s.name);
    expect(names).toEqual([
      "Customer Profit Contribution",
      "Contribution Waterfall",
      "Activity Rates",
      "Whale Curve",
      "Contribution Data Quality",
    ]);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });
});

describe("the period the contribution sheets' amounts are per", () => {
  const halfYear = computeContribution({
    transactions: table,
    rows: allRows(table.rowCount),
    windowMonths: 6,
    activities: parseActivities(activitiesSheet(false), {}),
    drivers: parseCostDrivers(driversSheet(), {}),
    customerCosts: parseCustomerCosts(customerCostsSheet(), {}),
    definition: { ...definition, costTablesMonths: 6 },
  });
  const report = contributionReport(halfYear);

  test("the contribution sheet says per year and how each input was converted", () => {
    const s = contributionSheet(report, "USD");
    expect(s.title).toMatch(/^Customer profit contribution per year:/);
    expect(s.notes).toContain(
      "Amounts per year, the customer value's discounting period: the 6-month window x 12 / 6; the cost tables (6 months) x 12 / 6."
    );
    // Charge totals are the year's, as the rows are: 2 x 600 orders, 2 x 800 visits charged.
    expect(s.table.totals?.Charge1).toBe(1200);
    expect(s.table.totals?.Charge2).toBe(1600);
  });

  test("Activity Rates keeps the table's own period and says so", () => {
    const s = activityRatesSheet(report, "USD");
    expect(s.notes).toContain(
      `Costs and quantities per 6 months, as the Activities table states them; sheet "Customer Profit Contribution" charges them per year (x 12 / 6).`
    );
    expect(s.table.rows[0].ProcessCosts).toBe(600);
  });
});

test("the customer value note shows a risk-free rate entered as real rate + inflation", () => {
  const note = customerValueNote({
    rate: 0.069,
    costOfEquity: 0.09,
    riskFree: 0.03,
    riskFreeParts: { realRate: 0.01, inflation: 0.02 },
    equityShare: 0.6,
    costOfDebt: null,
    costOfDebtParts: null,
    source: "wacc",
    horizonYears: 5,
    growthRate: 0,
    factor: 5,
    investmentTiming: "everyPeriod",
  });
  expect(note).toContain(
    "WACC 6.9% (cost of equity by CAPM 9%, risk-free 3% = real 1% + inflation 2%, equity share 60%)"
  );
});
