/**
 * The hand-worked example of the contribution tests: three accounts, two activities.
 *
 * Transactions (all analysed):
 *   C1: 1000/400/rebate 50 on 2025-01-10, 500/200 on 2025-01-10, 600/240/rebate 10 on 2025-02-01
 *       Sales 2100, deductions 60, net revenue 2040, gross margin 840, cost of goods 1260,
 *       3 lines, 2 orders (two pricing days).
 *   C2: 3000/900/rebate 100 on 2025-03-05
 *       Sales 3000, deductions 100, net revenue 2900, cost of goods 2100, 1 line, 1 order.
 *   C3: 200/50 on 01-15, 300/60 on 01-16, credit note -100/-20 and 100/20 on 01-17
 *       Sales 500, net revenue 500, gross margin 110, cost of goods 390, 4 lines, 3 orders.
 * Customer costs: C1 direct 100, payment-ineffective 30; C2 investment 500; C3 direct 50.
 *   CP I = net revenue - cost of goods - direct: C1 680, C2 800, C3 60.
 * Activities:
 *   Order processing, driver Orders (derived), costs 600, actual 6, no maximum:
 *     rate 600 / 6 = 100 per order; C1 200, C2 100, C3 300; all 600 charged.
 *   Customer visits, driver Visits (Cost Drivers table: C1 2, C2 5, C3 1), costs 1000,
 *   actual 8, maximum 10: rate 1000 / 10 = 100 per visit, unused capacity 100 x (10 - 8) = 200.
 *     Not causal: C1 200, C2 500, C3 100; the 200 is reported, not charged.
 *     Causal: 1000 / 8 = 125 per visit: C1 250, C2 625, C3 125 (of which 50, 125, 25 unused).
 * Not causal: cost to serve C1 400, C2 600, C3 400; CP II C1 280, C2 200, C3 -340 (total 140).
 *   Cash flow = CP II + payment-ineffective - investment: C1 310, C2 -300, C3 -340.
 * Causal: cost to serve C1 450, C2 725, C3 425; CP II C1 230, C2 75, C3 -365.
 */
import type { ContributionDefinition } from "../../src/core/model/contribution-definition";
import type { ContributionSheet } from "../../src/core/read/contribution/row-reader";
import type { CellValue } from "../../src/core/model/cells";
import { tableOf, type Line } from "./table";

export function sheet(
  name: string,
  headers: readonly CellValue[],
  rows: readonly (readonly CellValue[])[]
): ContributionSheet {
  return { name, headers, blocks: [{ rows, firstRowNumber: 2 }] };
}

const line = (id: string, price: number, margin: number, date: string, rebate = 0): Line => ({
  CustomerId: id,
  CustomerName: `Customer ${id}`,
  CustomerSegment: id === "C2" ? "Wholesale" : "Retail",
  InvoicePrice: price,
  GrossMargin: margin,
  CalculatedRebate: rebate,
  PricingDate: date,
});

export const LINES: readonly Line[] = [
  line("C1", 1000, 400, "2025-01-10", 50),
  line("C1", 500, 200, "2025-01-10"),
  line("C2", 3000, 900, "2025-03-05", 100),
  line("C3", 200, 50, "2025-01-15"),
  line("C1", 600, 240, "2025-02-01", 10),
  line("C3", 300, 60, "2025-01-16"),
  line("C3", -100, -20, "2025-01-17T09:00"),
  line("C3", 100, 20, "2025-01-17T15:30"),
];

export const transactions = () => tableOf(LINES);
export const allRows = (n: number) => new Uint8Array(n).fill(1);

export function activitiesSheet(causal: boolean): ContributionSheet {
  return sheet(
    "Activities",
    [
      "Process",
      "Cost Driver",
      "Process Costs",
      "Process Quantity",
      "Max Quantity",
      "Unused Capacity Causal",
    ],
    [
      ["Order processing", "Orders", 600, 6, null, null],
      ["Customer visits", "Visits", 1000, 8, 10, causal ? "yes" : "no"],
    ]
  );
}

export const driversSheet = (): ContributionSheet =>
  sheet(
    "Cost Drivers",
    ["Customer Id", "Driver", "Quantity"],
    [
      ["C1", "Visits", 2],
      ["C2", "Visits", 3],
      ["C3", "Visits", 1],
      ["C2", "visits", 2],
    ]
  );

export const customerCostsSheet = (): ContributionSheet =>
  sheet(
    "Customer Costs",
    ["Customer Id", "Direct Costs", "Non-Cash Costs", "Investments"],
    [
      ["C1", 100, 30, null],
      ["C2", null, null, 500],
      ["C3", 50, 0, 0],
    ]
  );

export const definition: ContributionDefinition = {
  activities: { sheet: "Activities", mapping: {} },
  costDrivers: { sheet: "Cost Drivers", mapping: {} },
  customerCosts: { sheet: "Customer Costs", mapping: {} },
  derivedDrivers: [
    { name: "Orders", from: "orders" },
    { name: "Lines", from: "lines" },
  ],
  horizonYears: 3,
  growthRate: 0,
  discountRate: { kind: "rate", rate: 0.1 },
};
