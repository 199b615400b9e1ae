import { computeContribution } from "../../src/core/compute/contribution/compute-contribution";
import { defaultContribution } from "../../src/core/model/contribution-definition";
import { parseActivities } from "../../src/core/read/contribution/parse-activities";
import { parseCostDrivers } from "../../src/core/read/contribution/parse-cost-drivers";
import { parseCustomerCosts } from "../../src/core/read/contribution/parse-customer-costs";
import { sampleContributionTables, type SampleTable } from "../../src/sample/contribution-sample";
import { generateColumnar } from "../../src/sample/generate";
import { sheet } from "../helpers/contribution-fixture";

const asSheet = (t: SampleTable) => sheet(t.name, t.headers, t.rows);

describe("sample contribution tables", () => {
  const table = generateColumnar({ rows: 2000, seed: 7, accounts: 50, anchorDate: "2025-10-21" });
  const ids = table.CustomerId.values;
  const tables = sampleContributionTables(ids, 7);
  const result = computeContribution({
    transactions: table,
    rows: new Uint8Array(table.rowCount).fill(1),
    windowMonths: 12,
    activities: parseActivities(asSheet(tables.activities), {}),
    drivers: parseCostDrivers(asSheet(tables.costDrivers), {}),
    customerCosts: parseCustomerCosts(asSheet(tables.customerCosts), {}),
    definition: defaultContribution(),
  });

  test("the same seed gives the same tables", () => {
    expect(sampleContributionTables(ids, 7)).toEqual(tables);
    expect(sampleContributionTables(ids, 8)).not.toEqual(tables);
  });

  test("clean: every row maps, parses and matches an account", () => {
    expect(
      result.quality.map((q) => [q.table, q.rowsRead === q.rowsUsable, Object.keys(q.issues)])
    ).toEqual([
      ["activities", true, []],
      ["costDrivers", true, []],
      ["customerCosts", true, []],
    ]);
    expect(result.unmatched).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  test("process costs are all charged but the unused capacity of non-causal activities", () => {
    for (const a of result.activities) {
      expect(a.customerQuantity).toBe(a.actualQuantity);
      expect(a.notCharged).toBeCloseTo(a.unusedCapacityCausal ? 0 : a.unusedCapacityCost, 6);
    }
    expect(result.activities.map((a) => a.processCosts)).toEqual([
      55_000, 50_000, 20_000, 15_000, 10_000,
    ]);
  });

  test("some accounts lose money after the cost to serve: the whale curve has a hump", () => {
    const losing = result.measures.CPII.filter((v) => (v as number) < 0).length;
    expect(losing).toBeGreaterThan(0);
    expect(result.whale.peakShare).toBeGreaterThan(1);
  });
});
