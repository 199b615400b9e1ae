/**
 * The Summary's rows on the customer profit contribution's options (seed 001), on the
 * contribution fixture's example with every option on: levels, a two-stage activity, one
 * account's own duration, growth and DSO, and a WACC whose risk-free rate and cost of debt are
 * entered as their parts.
 */
import { computeContribution } from "../../../src/core/compute/contribution/compute-contribution";
import { contributionReport } from "../../../src/core/model/contribution-report";
import type { ContributionDefinition } from "../../../src/core/model/contribution-definition";
import { parseActivities } from "../../../src/core/read/contribution/parse-activities";
import { parseCostDrivers } from "../../../src/core/read/contribution/parse-cost-drivers";
import { parseCustomerCosts } from "../../../src/core/read/contribution/parse-customer-costs";
import { contributionSummaryRows } from "../../../src/core/report/contribution-summary";
import type { SheetRow } from "../../../src/core/model/sheet";
import {
  allRows,
  definition,
  driversSheet,
  sheet,
  transactions,
} from "../../helpers/contribution-fixture";

/**
 * WACC by hand: cost of equity = 3% + 1 x (10% - 3%) = 10%; equity share 600 / 1000 = 0.6;
 * WACC = 0.6 x 10% + 0.4 x 6.25% x (1 - 20%) = 6% + 2% = 8%. Risk-free 3% = real 1% + inflation
 * 2%; cost of debt 6.25% = relationship debt costs 25 / debt 400.
 */
const wacc: ContributionDefinition["discountRate"] = {
  kind: "wacc",
  equity: 600,
  debt: 400,
  riskFree: 0.03,
  riskFreeParts: { realRate: 0.01, inflation: 0.02 },
  beta: 1,
  marketReturn: 0.1,
  costOfDebt: 0.0625,
  costOfDebtParts: { relationshipDebtCosts: 25 },
  taxRate: 0.2,
};

function report(options: { readonly levels: boolean; readonly ownValues: boolean }) {
  const table = transactions();
  const activities: (string | number | null)[][] = [
    ["Order processing", "Orders", 600, 6, "order", null, null],
    ["Credit check", "Checks", 300, 30, "order", null, "Order processing"],
    ["Customer visits", "Visits", 800, 8, "customer", null, null],
  ];
  if (options.levels)
    activities.push(
      ["Retail advertising", null, 150, null, "segment", "Retail", null],
      ["Management", null, 90, null, "company", null, null]
    );
  return contributionReport(
    computeContribution({
      transactions: table,
      rows: allRows(table.rowCount),
      windowMonths: 12,
      activities: parseActivities(
        sheet(
          "Activities",
          ["Process", "Driver", "Process Costs", "Quantity", "Level", "Segment", "Main Process"],
          activities
        ),
        {}
      ),
      drivers: parseCostDrivers(driversSheet(), {}),
      customerCosts: parseCustomerCosts(
        options.ownValues
          ? sheet(
              "Customer Costs",
              ["Customer Id", "Direct Costs", "Relationship Duration", "Growth", "DSO"],
              [["C1", 100, 1, 0.1, 36.5]]
            )
          : sheet("Customer Costs", ["Customer Id", "Direct Costs"], [["C1", 100]]),
        {}
      ),
      definition: { ...definition, discountRate: wacc },
    })
  );
}

/** The Summary sheet's row shape: text in Value, money in Amount. */
const row = (Item: string, value: string | number, format = "text"): SheetRow => ({
  Item,
  Value: format === "text" ? String(value) : null,
  Amount: format === "money" ? Number(value) : null,
});

function byItem(rows: readonly SheetRow[]): Record<string, SheetRow> {
  return Object.fromEntries(rows.map((r) => [r.Item as string, r]));
}

describe("contributionSummaryRows", () => {
  const rows = byItem(contributionSummaryRows(report({ levels: true, ownValues: true }), row));

  test("each account's own duration, growth and DSO, counted by value (C1 its own, C2 and C3 the global)", () => {
    // Global: 3 years, growth 0, DSO 0 (fixture definition); C1: 1 year, 10%, 36.5 days.
    const own = "per account: the Customer Costs sheet's, else the global setting";
    expect(rows["Relationship duration (years after this one)"].Value).toBe(
      `3 years: 2 accounts; 1 year: 1 account; ${own}`
    );
    expect(rows["Growth of the cash flow a year"].Value).toBe(
      `0%: 2 accounts; 10%: 1 account; ${own}`
    );
    expect(rows["Days sales outstanding (negative = prepayment)"].Value).toBe(
      `0 days: 2 accounts; 36.5 days: 1 account; ${own}`
    );
  });

  test("cost levels: what is charged in CP II, and the money below it", () => {
    expect(rows["Cost levels charged to accounts (in CP II)"].Value).toBe(
      "order: 2 activities; customer: 1 activity"
    );
    expect(rows["Segment-level costs below CP II (1 segment)"].Amount).toBe(150);
    expect(rows["Company-level costs below CP II"].Amount).toBe(90);
    // CP II: C1 180, C2 150, C3 -440 = -110 (seed-options-sheets.test.ts); -110 - 150 - 90.
    expect(rows["Result after segment- and company-level costs"].Amount).toBe(-350);
  });

  test("the two-stage allocation names each activity and its main process", () => {
    expect(rows["Two-stage allocation (activities into main processes)"].Value).toBe(
      "Credit check -> Order processing; charged at the main process's rate"
    );
  });

  test("the discount rate: WACC with risk-free = real rate + inflation and the cost of debt's source", () => {
    expect(rows["Discount rate i of the customer value"].Value).toBe(
      "WACC 8%: cost of equity 10% by CAPM; risk-free 3% = real rate 1% + inflation 2%; " +
        "cost of debt 6.25% = the relationships' debt costs (25.00 a year) / debt"
    );
  });

  test("without levels or own values the rows say so, instead of leaving them out", () => {
    const plain = byItem(contributionSummaryRows(report({ levels: false, ownValues: false }), row));
    expect(plain["Relationship duration (years after this one)"].Value).toBe(
      "3 years: 3 accounts; the global setting for every account (the Customer Costs sheet gives no own values)"
    );
    expect(plain["Costs below CP II (segment and company levels)"].Value).toBe("none");
    expect(plain["Result after segment- and company-level costs"]).toBeUndefined();
  });
});
