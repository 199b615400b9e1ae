import { computeContribution } from "../../../../src/core/compute/contribution/compute-contribution";
import { parseActivities } from "../../../../src/core/read/contribution/parse-activities";
import { parseCostDrivers } from "../../../../src/core/read/contribution/parse-cost-drivers";
import { parseCustomerCosts } from "../../../../src/core/read/contribution/parse-customer-costs";
import { contributionReport } from "../../../../src/core/model/contribution-report";
import {
  contributionWaterfallSheet,
  waterfallRows,
  type WaterfallRow,
} from "../../../../src/core/report/contribution/waterfall";
import {
  activitiesSheet,
  allRows,
  customerCostsSheet,
  definition,
  driversSheet,
  transactions,
} from "../../../helpers/contribution-fixture";

/** [step, amount, base, total, increase, decrease, increase below zero, decrease below zero] */
const flat = (rows: readonly WaterfallRow[]) =>
  rows.map((r) => [
    r.step,
    r.amount,
    r.base,
    r.total,
    r.increase,
    r.decrease,
    r.increaseBelowZero,
    r.decreaseBelowZero,
  ]);

describe("waterfallRows", () => {
  test("above zero: each cost a bar standing on the subtotal it leaves", () => {
    const rows = waterfallRows({
      Sales: 1000,
      SalesDeductions: 50,
      NetRevenue: 950,
      CostOfGoods: 600,
      DirectCustomerCosts: 100,
      CPI: 250,
      CostToServe: 100,
      CPII: 150,
    });
    expect(flat(rows)).toEqual([
      ["Sales", 1000, null, 1000, null, null, null, null],
      ["Sales deductions", -50, 950, null, null, 50, null, null],
      ["Net revenue", 950, null, 950, null, null, null, null],
      ["Cost of goods", -600, 350, null, null, 600, null, null],
      ["Direct customer costs", -100, 250, null, null, 100, null, null],
      ["CP I", 250, null, 250, null, null, null, null],
      ["Cost to serve", -100, 150, null, null, 100, null, null],
      ["CP II", 150, null, 150, null, null, null, null],
    ]);
  });

  test("with product- or order-level activities the cost to serve shows by level (seed 001, Diagram 3)", () => {
    const rows = waterfallRows({
      Sales: 1000,
      SalesDeductions: 50,
      NetRevenue: 950,
      CostOfGoods: 600,
      DirectCustomerCosts: 100,
      CPI: 250,
      ProductProcessingCosts: 0,
      OrderProcessingCosts: 60,
      CustomerProcessingCosts: 40,
      CostToServe: 100,
      CPII: 150,
    });
    // 250 - 60 = 190 (the order bar stands on 190), 190 - 40 = 150; no product step (none of it).
    expect(flat(rows).slice(5)).toEqual([
      ["CP I", 250, null, 250, null, null, null, null],
      ["Order processing", -60, 190, null, null, 60, null, null],
      ["Customer processing", -40, 150, null, null, 40, null, null],
      ["CP II", 150, null, 150, null, null, null, null],
    ]);
  });

  test("crossing zero splits a bar; below zero the base and bar are negative; a zero step has no bar", () => {
    const rows = waterfallRows({
      Sales: 10,
      // A negative deduction raises net revenue.
      SalesDeductions: -2,
      NetRevenue: 12,
      CostOfGoods: 30,
      DirectCustomerCosts: 5,
      CPI: -23,
      // A negative cost to serve (a credit) lifts CP II back above zero.
      CostToServe: -40,
      CPII: 17,
    });
    expect(flat(rows)).toEqual([
      ["Sales", 10, null, 10, null, null, null, null],
      ["Sales deductions", 2, 10, null, 2, null, null, null],
      ["Net revenue", 12, null, 12, null, null, null, null],
      // 12 -> -18: 12 above zero, -18 below.
      ["Cost of goods", -30, null, null, null, 12, null, -18],
      // -18 -> -23: stands below the base at -18, reaching down 5 more.
      ["Direct customer costs", -5, -18, null, null, -5, null, null],
      ["CP I", -23, null, -23, null, null, null, null],
      ["Cost to serve", 40, null, null, 17, null, -23, null],
      ["CP II", 17, null, 17, null, null, null, null],
    ]);
    const zero = waterfallRows({ Sales: 5, SalesDeductions: 0, NetRevenue: 5 });
    expect(flat(zero)[1]).toEqual(["Sales deductions", 0, null, null, null, null, null, null]);
  });
});

describe("Contribution Waterfall sheet", () => {
  const table = transactions();
  const report = contributionReport(
    computeContribution({
      transactions: table,
      rows: allRows(table.rowCount),
      windowMonths: 12,
      activities: parseActivities(activitiesSheet(false), {}),
      drivers: parseCostDrivers(driversSheet(), {}),
      customerCosts: parseCustomerCosts(customerCostsSheet(), {}),
      definition,
    })
  );
  const s = contributionWaterfallSheet(report, "USD");

  test("the portfolio's steps, then the account with the most negative CP II (C3, -340)", () => {
    expect(s.name).toBe("Contribution Waterfall");
    expect(s.title).toBe(
      "From sales to CP II: the portfolio, and Customer C3 (C3), the account losing most after cost to serve"
    );
    expect(s.table.columns.map((c) => c.key)).toEqual([
      "Waterfall",
      "Step",
      "Amount",
      "Base",
      "Total",
      "Increase",
      "Decrease",
      "DecreaseBelowZero",
    ]);
    const cells = s.table.rows.map((r) => s.table.columns.map((c) => r[c.key]));
    expect(cells).toEqual([
      // Portfolio: 5600 - 160 = 5440; - 3750 = 1690; - 150 = 1540 (CP I); - 1400 = 140 (CP II).
      ["Portfolio", "Sales", 5600, null, 5600, null, null, null],
      ["Portfolio", "Sales deductions", -160, 5440, null, null, 160, null],
      ["Portfolio", "Net revenue", 5440, null, 5440, null, null, null],
      ["Portfolio", "Cost of goods", -3750, 1690, null, null, 3750, null],
      ["Portfolio", "Direct customer costs", -150, 1540, null, null, 150, null],
      ["Portfolio", "CP I", 1540, null, 1540, null, null, null],
      ["Portfolio", "Cost to serve", -1400, 140, null, null, 1400, null],
      ["Portfolio", "CP II", 140, null, 140, null, null, null],
      // C3: 500, no deductions, - 390 = 110, - 50 = 60 (CP I), - 400 = -340 (CP II).
      ["Customer C3 (C3)", "Sales", 500, null, 500, null, null, null],
      ["Customer C3 (C3)", "Sales deductions", 0, null, null, null, null, null],
      ["Customer C3 (C3)", "Net revenue", 500, null, 500, null, null, null],
      ["Customer C3 (C3)", "Cost of goods", -390, 110, null, null, 390, null],
      ["Customer C3 (C3)", "Direct customer costs", -50, 60, null, null, 50, null],
      ["Customer C3 (C3)", "CP I", 60, null, 60, null, null, null],
      ["Customer C3 (C3)", "Cost to serve", -400, null, null, null, 60, -340],
      ["Customer C3 (C3)", "CP II", -340, null, -340, null, null, null],
    ]);
  });

  test("one waterfall chart per part, stacking only the bar columns its steps use", () => {
    expect(s.charts).toEqual([
      {
        kind: "waterfall",
        title: "Portfolio: from sales to CP II",
        category: "Step",
        base: "Base",
        bars: [
          { column: "Total", role: "total" },
          { column: "Decrease", role: "decrease" },
        ],
        rows: { first: 0, count: 8 },
      },
      {
        kind: "waterfall",
        title: "Customer C3 (C3): from sales to CP II (most negative CP II)",
        category: "Step",
        base: "Base",
        bars: [
          { column: "Total", role: "total" },
          { column: "Decrease", role: "decrease" },
          { column: "DecreaseBelowZero", role: "decrease" },
        ],
        rows: { first: 8, count: 8 },
      },
    ]);
  });

  test("the portfolio alone when no account loses money", () => {
    const profitable = { ...report, rows: report.rows.filter((r) => r.CustomerId !== "C3") };
    const only = contributionWaterfallSheet(profitable, "USD");
    expect(only.title).toBe("From sales to CP II: the portfolio");
    expect(only.table.rows).toHaveLength(8);
    expect(only.table.columns.map((c) => c.key)).not.toContain("DecreaseBelowZero");
    expect(only.charts?.map((c) => c.title)).toEqual(["Portfolio: from sales to CP II"]);
  });
});
