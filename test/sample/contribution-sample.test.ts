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
  const segmentOf = ids.map((_, c) => (c % 3 === 0 ? "Retail" : "Wholesale"));
  const tables = sampleContributionTables(ids, 7, segmentOf);
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
    expect(sampleContributionTables(ids, 7, segmentOf)).toEqual(tables);
    expect(sampleContributionTables(ids, 8, segmentOf)).not.toEqual(tables);
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
    for (const a of result.activities.filter(
      (x) => x.stage !== "activity" && x.level !== "segment" && x.level !== "company"
    )) {
      expect(a.customerQuantity).toBe(a.actualQuantity);
      expect(a.notCharged).toBeCloseTo(a.unusedCapacityCausal ? 0 : a.unusedCapacityCost, 6);
    }
    // Quotation 10,000 = its own 7,500 + price calculation 2,500 rolled into it (two stages).
    expect(result.activities.map((a) => a.processCosts)).toEqual([
      55_000, 50_000, 20_000, 15_000, 7_500, 2_500, 2_550, 4_950, 20_000,
    ]);
    expect(result.activities[4]).toMatchObject({ stage: "main", rolledUpCosts: 2_500 });
  });

  test("the seed's options leave every account's CP II as the single-stage, untagged tables give it", () => {
    const plain = computeContribution({
      transactions: table,
      rows: new Uint8Array(table.rowCount).fill(1),
      windowMonths: 12,
      activities: parseActivities(
        sheet("Activities", tables.activities.headers.slice(0, 6), [
          // Returns processing is entered as 1 / productivity: here its costs, quantity / productivity.
          ...tables.activities.rows
            .slice(0, 4)
            .map((r) => [
              r[0],
              r[1],
              r[2] ?? (r[3] as number) / (r[10] as number),
              ...r.slice(3, 6),
            ]),
          // Quotation with its price calculation's costs, as one process.
          [
            ...tables.activities.rows[4].slice(0, 2),
            10_000,
            ...tables.activities.rows[4].slice(3, 6),
          ],
        ]),
        {}
      ),
      drivers: parseCostDrivers(asSheet(tables.costDrivers), {}),
      customerCosts: parseCustomerCosts(asSheet(tables.customerCosts), {}),
      definition: defaultContribution(),
    });
    // The sample enters Returns processing's rate as 1 / productivity: no costs, a productivity.
    expect(tables.activities.rows[2].slice(0, 3)).toEqual([
      "Returns processing",
      expect.anything(),
      null,
    ]);
    expect(tables.activities.rows[2][10]).toBeGreaterThan(0);
    expect(result.measures.CPII).toEqual(plain.measures.CPII);
    // 12% of 50,000... the neutral shares: delivery 20% of 55,000, complaints 25% of 15,000.
    expect(result.activities[0].allocationRatioPct).toBe(400);
    expect(result.activities[3].allocationRatioPct).toBe(300);
    // Segment advertising 150 an account, company costs 400 an account: 50 x 550 below CP II.
    expect(result.belowCPII!.totalSegmentCosts + result.belowCPII!.totalCompanyCosts).toBe(27_500);
  });

  test("some accounts lose money after the cost to serve: the whale curve has a hump", () => {
    const losing = result.measures.CPII.filter((v) => (v as number) < 0).length;
    expect(losing).toBeGreaterThan(0);
    expect(result.whale.peakShare).toBeGreaterThan(1);
  });
});
