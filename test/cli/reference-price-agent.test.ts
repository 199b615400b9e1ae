import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ResultRow } from "../../src/core/model/result-row";
import { readWorkbookSheets } from "../../src/xlsx/read-source";
import { resolveDiscountRate } from "../../src/core/compute/contribution/discount-rate";
import type { DiscountRateDefinition } from "../../src/core/model/contribution-definition";
import { runCli, scratchFolder } from "./run-cli";

/**
 * The third example agent (assets/reference-price-agent.json) on the sample workbook's Reference
 * Prices sheet: Quarter Revenue Uplift = the last 3 months' lines (after 2025-07-21 up to
 * 2025-10-21, zero-value lines left out) at the sheet's list price per product, less what they
 * brought. Figures worked from the sheet's rows outside the engine (the Transactions sheet as CSV,
 * summed by a script), and the products' prices multiplied out by hand below.
 */
const ROOT = resolve(__dirname, "../..");

describe("the reference-price agent on the sample workbook", () => {
  let rows: Record<string, ResultRow>;
  let stdout: string;
  beforeAll(async () => {
    const folder = scratchFolder();
    const run = await runCli(
      [
        join(ROOT, "assets/sample-transactions.xlsx"),
        "--config",
        join(ROOT, "assets/reference-price-agent.json"),
        "--out",
        join(folder, "priced.xlsx"),
        "--json",
        join(folder, "priced.json"),
      ],
      folder
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    stdout = run.stdout;
    const result = JSON.parse(readFileSync(join(folder, "priced.json"), "utf8")) as {
      join: ResultRow[];
    };
    rows = Object.fromEntries(result.join.map((r) => [r.CustomerId as string, r]));
  }, 120_000);

  it("the sample workbook has the Reference Prices sheet: each of the 16 products at its list price", async () => {
    const workbook = await readWorkbookSheets(
      readFileSync(join(ROOT, "assets/sample-transactions.xlsx"))
    );
    const sheet = workbook.read("Reference Prices");
    expect(sheet.headers).toEqual(["Product", "Reference Price"]);
    const prices: (readonly unknown[])[] = [];
    for await (const block of sheet.blocks) prices.push(...block.rows);
    expect(prices).toHaveLength(16);
    expect(prices).toContainEqual(["Corrugated box pallet", 310]);
    expect(prices).toContainEqual(["Stretch film roll", 21.6]);
  });

  it("CID-0062: 126 box pallets at 310 and 175 film rolls at 21.60 against 37,699.21 invoiced", () => {
    const row = rows["CID-0062"];
    expect(row.CurrentQuarterRevenue).toBeCloseTo(37699.21, 6);
    // 126 x 310 + 175 x 21.6 = 39,060 + 3,780 = 42,840.
    expect(row.CurrentQuarterReferenceRevenue).toBeCloseTo(42840, 6);
    expect(row.QuarterRevenueUplift).toBeCloseTo(42840 - 37699.21, 6); // 5,140.79
  });

  it("CID-0009: fans, chillers and heat sinks at list price against 86,270.05 invoiced", () => {
    const row = rows["CID-0009"];
    // 1,331 x 14.20 + 11 x 4,890 + 354 x 61 = 18,900.20 + 53,790 + 21,594 = 94,284.20.
    expect(row.CurrentQuarterReferenceRevenue).toBeCloseTo(94284.2, 6);
    expect(row.QuarterRevenueUplift).toBeCloseTo(94284.2 - 86270.05, 6); // 8,014.15
  });

  it("says on the command line that the revenue uplift is now the reference price's", () => {
    // Not the margin uplift's 25,439.33 any more (the sample agent's, where both are the same).
    expect(stdout).toMatch(/Quarter Revenue Uplift \(Revenue, 50% of [\d,.]+\)/);
    expect(stdout).not.toContain("Quarter Revenue Uplift (Revenue, 50% of 25,439.33)");
    expect(stdout).toContain("Quarter Margin Uplift (Profit, 40% of 25,439.33): 10,175.73");
  });
});

describe("the sample agent's discount rate", () => {
  it("is a WACC entered with risk-free = real rate + inflation and the cost of debt from the relationships' costs, worth 8%", () => {
    const doc = JSON.parse(readFileSync(join(ROOT, "assets/sample-agent.json"), "utf8")) as {
      contribution: { discountRate: DiscountRateDefinition };
    };
    expect(doc.contribution.discountRate).toMatchObject({
      kind: "wacc",
      riskFreeParts: { realRate: 0.01, inflation: 0.02 },
      costOfDebtParts: { relationshipDebtCosts: 25000 },
    });
    // Cost of equity 3% + 1 x (10% - 3%) = 10%; cost of debt 25,000 / 400,000 = 6.25%;
    // WACC 600/1000 x 10% + 400/1000 x 6.25% x (1 - 20%) = 6% + 2%: the 8% entered before, so
    // the sample's customer values stay as they were.
    const resolved = resolveDiscountRate(doc.contribution.discountRate);
    expect(resolved.costOfEquity).toBeCloseTo(0.1, 15);
    expect(resolved.costOfDebt).toBe(0.0625);
    expect(resolved.rate).toBeCloseTo(0.08, 15);
  });
});
