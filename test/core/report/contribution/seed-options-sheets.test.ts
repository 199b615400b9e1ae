/** The contribution sheets with seed 001's optional parts on (contribution-fixture.ts' example). */
import { computeContribution } from "../../../../src/core/compute/contribution/compute-contribution";
import { contributionReport } from "../../../../src/core/model/contribution-report";
import { parseActivities } from "../../../../src/core/read/contribution/parse-activities";
import { parseCostDrivers } from "../../../../src/core/read/contribution/parse-cost-drivers";
import { parseCustomerCosts } from "../../../../src/core/read/contribution/parse-customer-costs";
import {
  activityRatesSheet,
  contributionSheet,
} from "../../../../src/core/report/contribution/contribution-sheets";
import {
  allRows,
  definition,
  driversSheet,
  sheet,
  transactions,
} from "../../../helpers/contribution-fixture";

const table = transactions();
const report = contributionReport(
  computeContribution({
    transactions: table,
    rows: allRows(table.rowCount),
    windowMonths: 12,
    activities: parseActivities(
      sheet(
        "Activities",
        [
          "Process",
          "Driver",
          "Process Costs",
          "Quantity",
          "Level",
          "Segment",
          "Main Process",
          "Neutral Costs",
        ],
        [
          ["Order processing", "Orders", 600, 6, "order", null, null, 150],
          ["Credit check", "Checks", 300, 30, "order", null, "Order processing", null],
          ["Customer visits", "Visits", 800, 8, "customer", null, null, null],
          ["Retail advertising", null, 150, null, "segment", "Retail", null, null],
          ["Management", null, 90, null, "company", null, null, null],
        ]
      ),
      {}
    ),
    drivers: parseCostDrivers(driversSheet(), {}),
    customerCosts: parseCustomerCosts(
      sheet(
        "Customer Costs",
        ["Customer Id", "Direct Costs", "Depreciation", "Relationship Duration", "Growth", "DSO"],
        [["C1", 100, 30, 1, 0.1, 36.5]]
      ),
      {}
    ),
    definition,
  })
);

describe("contribution sheet with levels, two stages, neutral costs and own valuations", () => {
  const s = contributionSheet(report, "EUR");
  const headers = s.table.columns.map((c) => c.header);

  test("charge columns only for activities that charge accounts; level, cash flow and valuation columns", () => {
    expect(headers).toContain("Order processing");
    expect(headers).not.toContain("Credit check");
    expect(headers).not.toContain("Management");
    for (const h of [
      "Order Processing Costs",
      "Customer Processing Costs",
      "Quantity-Neutral Costs Charged",
      "Depreciation",
      "Change in Receivables",
      "Horizon (Years)",
      "Growth",
      "DSO (Days)",
    ])
      expect(headers).toContain(h);
    const order = s.table.columns.find((c) => c.header === "Order processing")!;
    // (600 + 150 neutral... ) main: 900 costs, 150 neutral: aqi 750 / aqn 150 = 500%.
    expect(order.description).toContain("Allocation ratio aqi / aqn = 500%");
  });

  test("the block below CP II: segments, then company costs and the result", () => {
    // CP I: C1 2040 - 1260 - 100 = 680, C2 800, C3 500 - 390 = 110 (no direct costs here).
    // Orders at (600 + 300) / 6 = 150: C1 300, C2 150, C3 450; visits 100 each: C1 200, C2 500, C3 100.
    // CP II: C1 180, C2 150, C3 -440; Retail (C1, C3) -260 - 150 = -410; total -110 - 150 - 90 = -350.
    const block = s.blocks![0];
    expect(block.rows.map((r) => [r.Level, r.Name, r.CPII, r.Costs, r.Contribution])).toEqual([
      ["Market segment", "Retail (2 accounts)", -260, 150, -410],
      ["Market segment", "Wholesale (1 account)", 150, 0, 150],
      ["All segments", "Total CP II less segment-level costs", -110, 150, -260],
      ["Company", "Management", null, 90, null],
      ["Company", "Result after segment- and company-level costs", null, 90, -350],
    ]);
  });

  test("the customer value note says accounts may use their own duration and growth", () => {
    expect((s.notes ?? []).join(" ")).toContain("Accounts with their own duration or growth");
  });
});

describe("Activity Rates sheet with the seed's optional columns", () => {
  const s = activityRatesSheet(report, "EUR");
  test("level, main process, rolled-up costs and the allocation ratio", () => {
    const row = (p: string) => s.table.rows.find((r) => r.Process === p)!;
    expect(row("Order processing")).toMatchObject({
      Level: "Order",
      MainProcess: "(main process)",
      RolledUpCosts: 300,
      NeutralCosts: 150,
      AllocationRatioPct: 500,
      Rate: 150,
    });
    expect(row("Credit check")).toMatchObject({
      MainProcess: "Order processing",
      Rate: 10,
      ChargedForUse: 0,
    });
    expect(row("Retail advertising")).toMatchObject({ Level: "Market segment", Segment: "Retail" });
    expect(s.table.columns.map((c) => c.header)).toContain("Allocation Ratio % (aqi / aqn x 100)");
  });
});
