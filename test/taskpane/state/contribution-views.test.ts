import {
  ACTIVITIES_SPEC,
  CUSTOMER_COSTS_SPEC,
} from "../../../src/core/read/contribution/table-fields";
import type { ContributionReport } from "../../../src/core/model/contribution-report";
import type { WhalePoint } from "../../../src/core/model/contribution-result";
import { contributionPreview } from "../../../src/taskpane/state/contribution-preview";
import { DEFAULT_WACC, discountRateView } from "../../../src/taskpane/state/discount-rate-view";
import { parsePercentText, percentText } from "../../../src/taskpane/state/inputs";
import { tableMappingView } from "../../../src/taskpane/state/table-mapping-view";

const ACTIVITY_HEADERS = [
  "Process",
  "Cost Driver",
  "Process Costs",
  "Process Quantity",
  "Maximum Quantity",
  "Unused Capacity Causal",
];
const ACTIVITY_ROWS = [
  ["Delivery handling", "Deliveries", 44000, 2521, 2900, "No"],
  ["Field sales visits", "Customer visits", 40000, 555, 694, "Yes"],
];

describe("a contribution table's field mapping", () => {
  test("the sample's Activities headers map to every field, with samples", () => {
    const view = tableMappingView(
      ACTIVITIES_SPEC,
      "Activities",
      ACTIVITY_HEADERS,
      {},
      ACTIVITY_ROWS
    );
    expect(view.error).toBeNull();
    // Process costs may be entered as productivity instead (seed 001): not required on its own.
    expect(view.requiredMapped).toBe(3);
    expect(view.requiredTotal).toBe(3);
    expect(view.rows.map((r) => [r.field, r.match?.header, r.badge.text])).toEqual([
      ["Process", "Process", "Exact 100%"],
      ["CostDriver", "Cost Driver", "Same label 95%"],
      ["ProcessCosts", "Process Costs", "Same label 95%"],
      ["ProcessQuantity", "Process Quantity", "Same label 95%"],
      ["MaxQuantity", "Maximum Quantity", "Synonym 90%"],
      ["UnusedCapacityCausal", "Unused Capacity Causal", "Same label 95%"],
      ...["Level", "Segment", "MainProcess", "NeutralCosts", "Productivity"].map((f) => [
        f,
        undefined,
        "Not in sheet",
      ]),
    ]);
    expect(view.rows[2].samples).toEqual(["44000", "40000"]);
  });

  test("a missing required field is the engine's message, and the other fields still show their columns", () => {
    const headers = ["Process", "Cost Driver", "Amount"];
    const view = tableMappingView(ACTIVITIES_SPEC, "Processes", headers, {}, [
      ["Quotation", "Quotes", 900],
    ]);
    expect(view.error).toBe(
      "Activities table 'Processes': required field ProcessQuantity not found. Headers found: Process, Cost Driver, Amount. Map it in the contribution settings."
    );
    expect(view.rows.find((r) => r.field === "ProcessCosts")?.match?.header).toBe("Amount");
    expect(view.rows.find((r) => r.field === "ProcessQuantity")?.badge.text).toBe("Not found");
    expect(view.requiredMapped).toBe(2);
  });

  test("an override naming no column is reported; the detected columns stay visible", () => {
    const view = tableMappingView(
      ACTIVITIES_SPEC,
      "Activities",
      ACTIVITY_HEADERS,
      { ProcessCosts: "Cost pool" },
      []
    );
    expect(view.error).toMatch(
      /^Activities table 'Activities': the field mapping maps ProcessCosts to "Cost pool", but the sheet has no such header\./
    );
    expect(view.rows.find((r) => r.field === "Process")?.match?.header).toBe("Process");
    expect(view.rows.find((r) => r.field === "ProcessCosts")?.override).toBe("Cost pool");
  });

  test("Customer Costs' amounts are each optional, but one is needed", () => {
    const view = tableMappingView(
      CUSTOMER_COSTS_SPEC,
      "Customer Costs",
      ["Customer Id", "Notes"],
      {},
      []
    );
    expect(view.error).toMatch(
      /none of DirectOrderCosts, DirectCustomerCosts, PaymentIneffectiveCosts, NonCashMaterialCosts, NonCashPersonnelCosts, Depreciation, InvestmentPayments, HorizonYears, GrowthRate, DaysSalesOutstanding found/
    );
    const direct = view.rows.find((r) => r.field === "DirectCustomerCosts")!;
    expect(direct.oneOf).toBe(true);
    expect(direct.badge.description).toBe(
      "Optional, but one of DirectOrderCosts, DirectCustomerCosts, PaymentIneffectiveCosts, NonCashMaterialCosts, NonCashPersonnelCosts, Depreciation, InvestmentPayments, HorizonYears, GrowthRate, DaysSalesOutstanding is needed."
    );
  });
});

describe("the discount rate shown while typing", () => {
  test("an entered rate is used as it is", () => {
    expect(discountRateView({ kind: "rate", rate: 0.08 })).toEqual({
      rate: 0.08,
      working: [],
      error: null,
    });
  });

  test("WACC by CAPM, worked out with the user's figures", () => {
    // r_e = 3% + 1.1 x (8% - 3%) = 8.5%; WACC = 0.6 x 8.5% + 0.4 x 5% x (1 - 25%) = 5.1% + 1.5% = 6.6%.
    const view = discountRateView(DEFAULT_WACC);
    expect(view.rate).toBeCloseTo(0.066, 12);
    expect(view.working).toEqual([
      "Cost of equity (CAPM) = 3.00% + 1.1 × (8.00% − 3.00%) = 8.50%",
      "WACC = 60.00% × 8.50% + 40.00% × 5.00% × (1 − 25.00%) = 6.60%",
    ]);
  });

  test("no capital gives no rate, in words", () => {
    expect(discountRateView({ ...DEFAULT_WACC, equity: 0, debt: 0 })).toEqual({
      rate: null,
      working: [],
      error: "WACC needs equity plus debt above 0.",
    });
  });
});

describe("rates typed in percent", () => {
  test("8, 8% and 7,5 are fractions", () => {
    expect(parsePercentText("8")).toEqual({ ok: true, value: 0.08 });
    expect(parsePercentText("8%")).toEqual({ ok: true, value: 0.08 });
    expect(parsePercentText("7,5")).toEqual({ ok: true, value: 0.075 });
    expect(parsePercentText("-2")).toEqual({ ok: true, value: -0.02 });
  });

  test("text is refused with an example", () => {
    expect(parsePercentText("eight", "the growth rate")).toEqual({
      ok: false,
      message: '"eight" is not a number; enter the growth rate in percent, such as 8 for 8%.',
    });
    expect(parsePercentText("", "the growth rate")).toEqual({
      ok: false,
      message: "Enter the growth rate.",
    });
  });

  test("shown back without float noise", () => {
    expect(percentText(0.07)).toBe("7");
    expect(percentText(0.085)).toBe("8.5");
    expect(percentText(-0.015)).toBe("-1.5");
  });
});

function point(rank: number, id: string, cpii: number): WhalePoint {
  return {
    rank,
    customerId: id,
    customerName: `${id} Ltd`,
    cpii,
    cumulativeCPII: 0,
    cumulativeShare: null,
    accountShare: 0,
  };
}

describe("the contribution preview", () => {
  const cpii = [500, 300, 200, 100, 50, 20, -10, -70, -90];
  const report = {
    accountCount: cpii.length,
    whale: {
      points: cpii.map((v, i) => point(i + 1, `C${i + 1}`, v)),
      totalCPII: 1000,
      peakShare: 1.17,
      peakAccounts: 6,
    },
    customerValue: { rate: 0.08 },
    unmatched: [
      {
        table: "costDrivers",
        reason: "unknownCustomer",
        customerId: "X1",
        costDriver: "Deliveries",
        quantity: 10,
        amount: 120.5,
        rows: [4],
      },
      {
        table: "costDrivers",
        reason: "unknownCustomer",
        customerId: "X2",
        costDriver: "Returns",
        quantity: 1,
        amount: 30,
        rows: [9],
      },
      {
        table: "customerCosts",
        reason: "customerWithoutLines",
        customerId: "C77",
        costDriver: null,
        quantity: null,
        amount: 400,
        rows: [12],
      },
    ],
    quality: [
      {
        table: "costDrivers",
        sheet: "Cost Drivers",
        rowsRead: 40,
        rowsUsable: 38,
        issues: { unknownCustomer: { count: 2, rows: [4, 9], rowsTruncated: false, examples: [] } },
        warnings: [],
      },
    ],
    warnings: ["Something to check."],
  } as unknown as ContributionReport;

  test("best and worst accounts by CP II, the loss-makers counted, the whale's peak", () => {
    const view = contributionPreview(report);
    expect(view.belowZero).toBe(3);
    expect(view.top.map((p) => p.customerId)).toEqual(["C1", "C2", "C3", "C4", "C5"]);
    // Nine accounts: the worst four, worst first, none shown twice.
    expect(view.bottom.map((p) => p.customerId)).toEqual(["C9", "C8", "C7", "C6"]);
    expect(view.peak).toEqual({ share: 1.17, accounts: 6 });
    expect(view.discountRate).toBe(0.08);
  });

  test("what found no account, grouped with the money left out", () => {
    const view = contributionPreview(report);
    expect(view.unmatched).toEqual([
      {
        table: "Cost Drivers",
        reason: "unknownCustomer",
        label: "Customer not in the transaction sheet",
        entries: 2,
        amount: 150.5,
        examples: ["X1 (Deliveries)", "X2 (Returns)"],
      },
      {
        table: "Customer Costs",
        reason: "customerWithoutLines",
        label: "Customer has no transaction lines in the analysed rows",
        entries: 1,
        amount: 400,
        examples: ["C77"],
      },
    ]);
    expect(view.tables).toEqual([
      {
        table: "Cost Drivers",
        sheet: "Cost Drivers",
        rowsRead: 40,
        rowsUsable: 38,
        issues: [{ label: "Customer not in the transaction sheet", count: 2, rows: "4, 9" }],
        warnings: [],
      },
    ]);
  });
});
