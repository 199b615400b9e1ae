import { parseActivities } from "../../../../src/core/read/contribution/parse-activities";
import { parseCostDrivers } from "../../../../src/core/read/contribution/parse-cost-drivers";
import { parseCustomerCosts } from "../../../../src/core/read/contribution/parse-customer-costs";
import {
  ACTIVITIES_SPEC,
  CUSTOMER_COSTS_SPEC,
} from "../../../../src/core/read/contribution/table-fields";
import { mapTableFields } from "../../../../src/core/read/contribution/table-mapping";
import { AgentInputError } from "../../../../src/core/model/errors";
import { FORMULA_WITHOUT_RESULT } from "../../../../src/core/model/cells";
import { CONTRIBUTION_ISSUE_LABEL } from "../../../../src/core/model/contribution-quality";
import { sheet } from "../../../helpers/contribution-fixture";

/** An activity without the seed's optional columns: customer level, single stage. */
const CUSTOMER_LEVEL = {
  level: "customer",
  segment: null,
  mainProcess: null,
  neutralCosts: 0,
  productivity: null,
};
/** A customer costs row without the detailed cash flow or own customer value columns. */
const NO_SPLIT = {
  nonCashMaterialCosts: 0,
  nonCashPersonnelCosts: 0,
  horizonYears: null,
  growthRate: null,
  dsoDays: null,
};

const fieldColumns = (mapping: ReturnType<typeof mapTableFields>) =>
  Object.fromEntries(
    [...mapping.fields].map(([field, match]) => [field, `${match.header} (${match.method})`])
  );

describe("mapping the input tables' headers", () => {
  test("the seed's own wording maps every Activities field", () => {
    const headers = [
      "Process",
      "Process factor",
      "Process costs",
      "Process quantity",
      "Maximum possible process quantity",
      "Causal",
    ];
    expect(fieldColumns(mapTableFields(ACTIVITIES_SPEC, "Activities", headers, {}))).toEqual({
      Process: "Process (exact)",
      CostDriver: "Process factor (synonym)",
      ProcessCosts: "Process costs (label)",
      ProcessQuantity: "Process quantity (label)",
      MaxQuantity: "Maximum possible process quantity (synonym)",
      UnusedCapacityCausal: "Causal (synonym)",
    });
  });

  test("synonyms and typos, best match first, a header used once", () => {
    const headers = ["Activity", "Cost Driver", "Costs", "Actual Quantity", "Capacity"];
    const mapping = mapTableFields(ACTIVITIES_SPEC, "A", headers, {});
    expect(fieldColumns(mapping)).toEqual({
      Process: "Activity (synonym)",
      CostDriver: "Cost Driver (label)",
      ProcessCosts: "Costs (synonym)",
      ProcessQuantity: "Actual Quantity (synonym)",
      MaxQuantity: "Capacity (synonym)",
    });
    const typo = mapTableFields(
      ACTIVITIES_SPEC,
      "A",
      ["Process", "Driver", "Proces Costs", "Quantity"],
      {}
    );
    expect(typo.fields.get("ProcessCosts")).toMatchObject({
      header: "Proces Costs",
      method: "fuzzy",
    });
    expect(typo.warnings).toEqual([
      expect.stringContaining('ProcessCosts was matched to "Proces Costs" by similar spelling'),
    ]);
  });

  test("the user's overrides win", () => {
    const mapping = mapTableFields(
      ACTIVITIES_SPEC,
      "A",
      ["Process", "Driver", "Budget", "Costs", "Quantity"],
      { ProcessCosts: "budget" }
    );
    expect(mapping.fields.get("ProcessCosts")).toMatchObject({
      header: "Budget",
      method: "override",
      column: 2,
    });
  });

  test("missing fields and wrong overrides are input errors naming the table and its headers", () => {
    expect(() => mapTableFields(ACTIVITIES_SPEC, "Acts", ["Process", "Driver"], {})).toThrow(
      new AgentInputError(
        "Activities table 'Acts': required field ProcessQuantity not found. Headers found: Process, Driver. Map it in the contribution settings."
      )
    );
    // Process costs may be entered as productivity instead (seed 001: rate = 1 / productivity).
    expect(() =>
      mapTableFields(ACTIVITIES_SPEC, "Acts", ["Process", "Driver", "Quantity"], {})
    ).toThrow(
      new AgentInputError(
        "Activities table 'Acts': none of ProcessCosts, Productivity found. Headers found: Process, Driver, Quantity. Map at least one in the contribution settings."
      )
    );
    expect(() =>
      mapTableFields(ACTIVITIES_SPEC, "Acts", ["Process", "Driver", "Costs", "Qty"], {
        Costs: "Costs",
      })
    ).toThrow(/names "Costs", which is not a field of this table/);
    expect(() =>
      mapTableFields(ACTIVITIES_SPEC, "Acts", ["Process", "Driver", "Costs", "Qty"], {
        ProcessCosts: "Budget",
      })
    ).toThrow(/maps ProcessCosts to "Budget", but the sheet has no such header/);
    expect(() => mapTableFields(CUSTOMER_COSTS_SPEC, "CC", ["Customer Id", "Region"], {})).toThrow(
      /none of DirectOrderCosts, DirectCustomerCosts, PaymentIneffectiveCosts, NonCashMaterialCosts, NonCashPersonnelCosts, Depreciation, InvestmentPayments, HorizonYears, GrowthRate, DaysSalesOutstanding found/
    );
  });
});

describe("parseActivities: bad rows are reported with their row numbers, not lost", () => {
  const parsed = parseActivities(
    sheet(
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
        ["Receiving", "Deliveries", 5000, 0, null, null], // row 2: zero quantity
        ["Returns", "Returns", -100, 10, null, null], // 3: negative costs
        ["Picking", "Lines", 1000, 100, 80, "yes"], // 4: maximum below actual, kept without it
        ["Billing", "Invoices", "1.234,50 €", "10", 20, "maybe"], // 5: flag unreadable, kept as not causal
        ["", "Orders", 100, 1, null, null], // 6: blank process
        ["Dunning", "Reminders", { error: "#N/A" }, 5, null, null], // 7: error value
        ["Credit checks", "Checks", "12,3x", 5, null, null], // 8: not a number
        [null, null, null, null, null, null], // 9: blank row
        ["picking", "Lines", 10, 10, null, null], // 10: listed twice
        ["Shipping", "Deliveries", 100, "-5", null, null], // 11: negative quantity
        ["Quotes", "Quotes", 100, "50%", null, null], // 12: a percentage
        ["Visits", "Visits", 100, null, null, null], // 13: blank quantity
        ["Account care", "Accounts", 0, 4, 4, 1], // 14: fine: zero costs, at capacity, causal
      ]
    ),
    {}
  );

  test("usable activities with their stand-ins", () => {
    expect(parsed.activities).toEqual([
      {
        row: 4,
        process: "Picking",
        costDriver: "Lines",
        processCosts: 1000,
        actualQuantity: 100,
        maxQuantity: null,
        unusedCapacityCausal: true,
        ...CUSTOMER_LEVEL,
      },
      {
        row: 5,
        process: "Billing",
        costDriver: "Invoices",
        processCosts: 1234.5,
        actualQuantity: 10,
        maxQuantity: 20,
        unusedCapacityCausal: false,
        ...CUSTOMER_LEVEL,
      },
      {
        row: 14,
        process: "Account care",
        costDriver: "Accounts",
        processCosts: 0,
        actualQuantity: 4,
        maxQuantity: 4,
        unusedCapacityCausal: true,
        ...CUSTOMER_LEVEL,
      },
    ]);
    expect(parsed.report).toMatchObject({
      table: "activities",
      sheet: "Activities",
      rowsRead: 13,
      rowsUsable: 3,
    });
  });

  test("every problem counted by reason with rows and an example", () => {
    const issues = Object.fromEntries(
      Object.entries(parsed.report.issues).map(([k, v]) => [k, v!.rows])
    );
    expect(issues).toEqual({
      nonPositiveQuantity: [2, 11],
      negativeCosts: [3],
      maxBelowActual: [4],
      badFlag: [5],
      blankKey: [6],
      errorValue: [7],
      badNumber: [8, 12, 13],
      blankRow: [9],
      duplicateProcess: [10],
    });
    expect(parsed.report.issues.nonPositiveQuantity!.examples[0]).toEqual({
      row: 2,
      column: "Process Quantity",
      value: "0",
      expected: "a process quantity above 0",
    });
    expect(
      parsed.report.issues.badNumber!.examples.map((e) => [e.row, e.value, e.expected])
    ).toEqual([
      [8, "12,3x", "a number"],
      [12, "50%", "a number, not a percentage"],
      [13, "", "a number (the cell is blank)"],
    ]);
    expect(parsed.report.issues.duplicateProcess!.examples[0].expected).toBe(
      "a process not already listed (row 4)"
    );
    expect(parsed.report.warnings).toEqual([]);
  });

  test("a formula saved without its result says how to get the value, not 'Excel error'", () => {
    const noResult = parseActivities(
      sheet(
        "Activities",
        ["Process", "Cost Driver", "Process Costs", "Process Quantity"],
        [
          ["Receiving", "Deliveries", FORMULA_WITHOUT_RESULT, 10], // row 2: costs
          [FORMULA_WITHOUT_RESULT, "Lines", 100, 10], // 3: the process key
          ["Billing", "Invoices", { error: "#REF!" }, 10], // 4: a real Excel error
        ]
      ),
      {}
    );
    const { formulaWithoutResult, errorValue } = noResult.report.issues;
    expect(formulaWithoutResult).toMatchObject({ rows: [2, 3] });
    expect(formulaWithoutResult!.examples[0]).toMatchObject({
      column: "Process Costs",
      expected:
        "a saved value; open the file in Excel and save it, so its formulas' results are stored",
    });
    expect(CONTRIBUTION_ISSUE_LABEL.formulaWithoutResult).toBe("Formula saved without its result");
    expect(errorValue).toMatchObject({ rows: [4] });
  });

  test("a sheet with only a header says so", () => {
    const empty = parseActivities(
      sheet("Acts", ["Process", "Driver", "Costs", "Quantity"], []),
      {}
    );
    expect(empty.activities).toEqual([]);
    expect(empty.report.warnings).toEqual(["Sheet 'Acts' has no activities below its header."]);
  });
});

describe("parseCostDrivers and parseCustomerCosts", () => {
  test("driver rows: negative and blank ones reported, the rest kept for matching", () => {
    const parsed = parseCostDrivers(
      sheet(
        "Drivers",
        ["Customer", "Cost Driver", "Qty"],
        [
          ["C1", "Visits", "2"],
          ["C2", "Visits", -1],
          ["", "Visits", 1],
          ["C3", "", 1],
          ["C3", "Orders", 0],
        ]
      ),
      {}
    );
    expect(parsed.uses).toEqual([
      { row: 2, customerId: "C1", costDriver: "Visits", quantity: 2 },
      { row: 6, customerId: "C3", costDriver: "Orders", quantity: 0 },
    ]);
    expect(
      Object.fromEntries(Object.entries(parsed.report.issues).map(([k, v]) => [k, v!.rows]))
    ).toEqual({
      negativeQuantity: [3],
      blankKey: [4, 5],
    });
    expect(parsed.columnOf).toEqual({
      CustomerId: "Customer",
      CostDriver: "Cost Driver",
      DriverQuantity: "Qty",
    });
  });

  test("customer costs: blanks and unmapped columns are 0, negative amounts reported", () => {
    const parsed = parseCustomerCosts(
      sheet(
        "Costs",
        ["Account No", "Direct Costs", "Depreciation"],
        [
          ["C1", 100.5, null],
          ["C2", null, "30"],
          ["C3", -5, 0],
          ["C4", 1, "(2)"],
        ]
      ),
      {}
    );
    expect(parsed.costs).toEqual([
      {
        row: 2,
        customerId: "C1",
        directOrderCosts: 0,
        directCosts: 100.5,
        paymentIneffectiveCosts: 0,
        investmentPayments: 0,
        ...NO_SPLIT,
        depreciation: 0,
      },
      {
        row: 3,
        customerId: "C2",
        directOrderCosts: 0,
        directCosts: 0,
        paymentIneffectiveCosts: 0,
        investmentPayments: 0,
        ...NO_SPLIT,
        // Seed 001, Diagram 4: depreciation is its own line of the cash flow.
        depreciation: 30,
      },
    ]);
    expect(
      Object.fromEntries(Object.entries(parsed.report.issues).map(([k, v]) => [k, v!.rows]))
    ).toEqual({ negativeCosts: [4, 5] });
    expect(parsed.report.issues.negativeCosts!.examples[1]).toMatchObject({
      column: "Depreciation",
      value: "(2)",
    });
  });
});

describe("readContributionSheet", () => {
  test("gathers asynchronous blocks in order, keeping their row numbers", async () => {
    const { readContributionSheet } =
      await import("../../../../src/core/read/contribution/read-sheet");
    async function* blocks() {
      yield { rows: [["Picking", "Lines", 100, 10]], firstRowNumber: 2 };
      yield { rows: [["Billing", "Invoices", 50, 0]], firstRowNumber: 3 };
    }
    const gathered = await readContributionSheet({
      name: "Acts",
      headers: ["Process", "Driver", "Costs", "Quantity"],
      blocks: blocks(),
    });
    const parsed = parseActivities(gathered, {});
    expect(parsed.activities.map((a) => [a.row, a.process])).toEqual([[2, "Picking"]]);
    expect(parsed.report.issues.nonPositiveQuantity?.rows).toEqual([3]);
  });
});
