import { computeContribution } from "../../../../src/core/compute/contribution/compute-contribution";
import { parseActivities } from "../../../../src/core/read/contribution/parse-activities";
import { parseCostDrivers } from "../../../../src/core/read/contribution/parse-cost-drivers";
import { parseCustomerCosts } from "../../../../src/core/read/contribution/parse-customer-costs";
import {
  activitiesSheet,
  allRows,
  definition,
  sheet,
  transactions,
} from "../../../helpers/contribution-fixture";

/** Drivers and costs that find no account or activity are reported with their rows and listed, never charged. */
describe("computeContribution: input rows that match nothing", () => {
  const table = transactions();
  const result = computeContribution({
    transactions: table,
    rows: allRows(table.rowCount),
    windowMonths: 12,
    activities: parseActivities(activitiesSheet(false), {}),
    drivers: parseCostDrivers(
      sheet(
        "Cost Drivers",
        ["Customer Id", "Driver", "Quantity"],
        [
          ["C1", "Visits", 2], // 2
          ["C9", "Visits", 4], // 3: unknown customer
          ["C9", "VISITS", 1], // 4: the same, summed
          ["C1", "Tea", 3], // 5: no activity uses it
          ["C2", "Orders", 7], // 6: counted from the transaction sheet already
          ["C3", "Visits", -1], // 7: negative (parser)
          ["", "Visits", 1], // 8: blank customer (parser)
          ["c3", "Visits", 1], // 9: the id in another case is C3
          ["C2", "Visits", 5], // 10
        ]
      ),
      {}
    ),
    customerCosts: parseCustomerCosts(
      sheet(
        "Customer Costs",
        ["Customer Id", "Direct Costs", "Investments"],
        [
          ["C7", 10, 5], // 2: unknown customer
          ["C1", -5, 0], // 3: negative (parser)
          ["C1", 100, 0], // 4
        ]
      ),
      {}
    ),
    definition,
  });

  test("listed with summed quantity, the cost left out and the rows", () => {
    expect(result.unmatched).toEqual([
      // 5 visits at the rate over capacity, 100: 500 of process costs charged to no account.
      {
        table: "costDrivers",
        reason: "unknownCustomer",
        customerId: "C9",
        costDriver: "Visits",
        quantity: 5,
        amount: 500,
        rows: [3, 4],
      },
      {
        table: "costDrivers",
        reason: "unknownDriver",
        customerId: "C1",
        costDriver: "Tea",
        quantity: 3,
        amount: 0,
        rows: [5],
      },
      {
        table: "costDrivers",
        reason: "derivedDriverInTable",
        customerId: "C2",
        costDriver: "Orders",
        quantity: 7,
        amount: 0,
        rows: [6],
      },
      {
        table: "customerCosts",
        reason: "unknownCustomer",
        customerId: "C7",
        costDriver: null,
        quantity: null,
        amount: 15,
        rows: [2],
      },
    ]);
  });

  test("counted in each table's report, after the parser's own problems", () => {
    const drivers = result.quality.find((q) => q.table === "costDrivers")!;
    expect(drivers.rowsRead).toBe(9);
    expect(drivers.rowsUsable).toBe(3);
    expect(
      Object.fromEntries(Object.entries(drivers.issues).map(([k, v]) => [k, v!.rows]))
    ).toEqual({
      negativeQuantity: [7],
      blankKey: [8],
      unknownCustomer: [3, 4],
      unknownDriver: [5],
      derivedDriverInTable: [6],
    });
    expect(drivers.issues.unknownCustomer!.examples[0]).toEqual({
      row: 3,
      column: "Customer Id",
      value: "C9",
      expected: "a customer id of the transaction sheet",
    });
    const costs = result.quality.find((q) => q.table === "customerCosts")!;
    expect(costs.rowsUsable).toBe(1);
    expect(Object.keys(costs.issues).sort()).toEqual(["negativeCosts", "unknownCustomer"]);
  });

  test("the matched rows are charged: C1 2, C2 5, C3 1 visits; Orders only from the sheet", () => {
    expect(result.charges).toEqual([
      [200, 100, 300],
      [200, 500, 100],
    ]);
    expect(result.measures.DirectCustomerCosts).toEqual([100, 0, 0]);
  });
});

describe("computeContribution: activities no account uses", () => {
  test("are charged to no one, with a warning naming the activity", () => {
    const table = transactions();
    const result = computeContribution({
      transactions: table,
      rows: allRows(table.rowCount),
      windowMonths: 12,
      activities: parseActivities(
        sheet(
          "A",
          ["Process", "Driver", "Costs", "Quantity"],
          [
            ["Complaints", "Complaints", 900, 3],
            ["Order entry", "Orders", 100, 4],
          ]
        ),
        {}
      ),
      drivers: null,
      customerCosts: null,
      definition: { ...definition, derivedDrivers: [{ name: "Orders", from: "orders" }] },
    });
    expect(result.activities[0]).toMatchObject({
      customerQuantity: 0,
      chargedForUse: 0,
      notCharged: 900,
    });
    // 6 orders against an actual quantity of 4: charged 150 for costs of 100.
    expect(result.activities[1]).toMatchObject({
      customerQuantity: 6,
      chargedForUse: 150,
      notCharged: -50,
    });
    expect(result.warnings).toEqual([
      expect.stringMatching(/^Activity "Complaints": no account used its driver "Complaints"/),
      expect.stringMatching(
        /^Activity "Order entry": the accounts used 6 of driver "Orders", more than the actual process quantity 4/
      ),
    ]);
    expect(result.measures.CostToServe).toEqual([50, 25, 75]);
  });
});
