import Decimal from "decimal.js";
import type { AgentDocument } from "../../../src/core/model/document";
import { computeAgent } from "../../../src/core/compute/compute-agent";
import { sheetName, tableName } from "../../../src/core/report/columns";
import { dataQualitySheet } from "../../../src/core/report/data-quality-sheet";
import { buildResultSheets } from "../../../src/core/report/result-sheets";
import type { SheetDescription, SheetRow } from "../../../src/core/model/sheet";
import type { DataQualityReport } from "../../../src/core/model/data-quality";
import { presetDocument } from "../../helpers/agent";
import { serialOf, tableOf, type Line } from "../../helpers/table";

/** The result sheets described as data (STYLE: hosts only render them). */

const line = (
  CustomerId: string,
  CustomerSegment: string,
  InvoicePrice: number,
  GrossMargin: number,
  PricingDate = "2025-06-01"
): Line => ({
  CustomerId,
  CustomerSegment,
  InvoicePrice,
  GrossMargin,
  PricingDate,
});

// Amounts in tenths and cents, so plain float totals would be off in the last digits.
const LINES: Line[] = [
  line("P", "Retail", 10000.1, 3000.2),
  line("A", "Retail", 1000.2, 0.1),
  line("B", "Retail", 4000.3, 400.2),
  line("C", "Retail", 2000.1, -100.3),
  line("C", "Retail", 0, 5, "2025-07-01"), // zero value: filtered
  line("Q", "Cooling", 1000.7, 300.1),
  line("D", "Cooling", 1000.1, 100.2),
  line("OLD", "Cooling", 500, 50, "2023-01-01"), // outside the window
];

const QUALITY: DataQualityReport = {
  sheet: "Sales",
  rowsRead: LINES.length + 3,
  rowsUsable: LINES.length,
  skipped: {
    badNumber: {
      count: 2,
      rows: [5, 9],
      rowsTruncated: false,
      examples: [{ row: 5, column: "Invoice Price", value: "12,3x", expected: "a number" }],
    },
    errorValue: {
      count: 1,
      rows: [7],
      rowsTruncated: false,
      examples: [{ row: 7, column: "Gross Margin", value: "#N/A", expected: "a number" }],
    },
  },
  filtered: {},
  warnings: ["CalculatedRebate not mapped: treated as 0"],
};

function sheetsFor(doc: AgentDocument = presetDocument(), lines: readonly Line[] = LINES) {
  const result = computeAgent(tableOf(lines), QUALITY, doc, { today: new Date(2025, 9, 21) });
  return { result, sheets: buildResultSheets(result, doc) };
}

const { result, sheets } = sheetsFor();
const sheet = (name: string) => sheets.find((s) => s.name === name)!;
const decimalTotal = (rows: readonly SheetRow[], key: string) =>
  rows
    .reduce(
      (sum, row) => (typeof row[key] === "number" ? sum.plus(String(row[key])) : sum),
      new Decimal(0)
    )
    .toNumber();

describe("the workbook's sheets", () => {
  it("come in the reader's order", () => {
    expect(sheets.map((s) => s.name)).toEqual([
      "Summary",
      "Flagged Accounts",
      "Impact",
      "Join Series",
      "Revenue and Margin by Customer",
      "Avg Margin by Customer Segment",
      "Data Quality",
    ]);
  });

  it("have every column key in every row (table and blocks)", () => {
    for (const s of sheets) {
      const tables = [s.table, ...(s.blocks ?? [])];
      for (const t of tables) {
        for (const row of t.rows) {
          for (const column of t.columns)
            expect([s.name, column.key, column.key in row]).toEqual([s.name, column.key, true]);
        }
      }
    }
  });

  it("have highlight rules on existing columns and rows", () => {
    for (const s of sheets) {
      const keys = s.table.columns.map((c) => c.key);
      for (const rule of s.table.highlights ?? []) {
        if (rule.kind === "rows")
          for (const r of rule.rows) expect(r).toBeLessThan(s.table.rows.length);
        else expect(keys).toContain(rule.column);
      }
    }
  });

  it("have totals only on existing columns", () => {
    for (const s of sheets) {
      const keys = s.table.columns.map((c) => c.key);
      for (const key of Object.keys(s.table.totals ?? {})) expect(keys).toContain(key);
    }
  });

  it("have valid, unique sheet names and table names", () => {
    expectValidNames(sheets);
  });

  it("have unique column keys per table", () => {
    for (const s of sheets) {
      const keys = s.table.columns.map((c) => c.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

function expectValidNames(all: readonly SheetDescription[]): void {
  const sheetNames = all.map((s) => s.name);
  const tableNames = all.map((s) => s.table.name);
  for (const name of sheetNames) {
    expect(name.length).toBeGreaterThan(0);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[:\\/?*[\]]/);
    expect(name).not.toMatch(/^'|'$/);
  }
  expect(new Set(sheetNames.map((n) => n.toLowerCase())).size).toBe(sheetNames.length);
  for (const name of tableNames) {
    expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    expect(name.length).toBeLessThanOrEqual(255);
    // Not a cell reference (A1 or R1C1 style), which Excel refuses as a name.
    expect(name).not.toMatch(/^[A-Za-z]{1,3}[0-9]+$/);
    expect(name).not.toMatch(/^[RrCc]$|^[Rr][0-9]*[Cc][0-9]*$/);
  }
  expect(new Set(tableNames.map((n) => n.toLowerCase())).size).toBe(tableNames.length);
}

describe("the series sheets", () => {
  const s1 = sheet("Revenue and Margin by Customer");

  it("show the visible measures after the group-by levels", () => {
    expect(s1.table.columns.map((c) => [c.key, c.header, c.format])).toEqual([
      ["CustomerId", "Customer Id", "text"],
      ["CustomerName", "Customer Name", "text"],
      ["CustomerSegment", "Customer Segment", "text"],
      ["Revenue", "Revenue", "money"],
      ["Profit", "Profit", "money"],
      ["AvgMarginPct", "Avg Margin %", "percent"],
      ["RevenueRank", "Revenue Rank", "rank"],
    ]);
    expect(s1.table.name).toBe("Series1");
  });

  it("list the accounts by revenue, largest first, with the window in a note", () => {
    expect(s1.table.rows.map((r) => r.CustomerId)).toEqual(["P", "B", "C", "Q", "A", "D"]);
    expect(s1.notes).toEqual([
      "6 rows grouped by CustomerId, CustomerName, CustomerSegment.",
      "Pricing dates after 2024-10-21 up to 2025-10-21 (12 months back from the anchor date 2025-10-21).",
    ]);
  });

  it("total money columns exactly", () => {
    // Revenue: 10000.1 + 1000.2 + 4000.3 + 2000.1 + 1000.7 + 1000.1 = 19001.5
    expect(s1.table.totals).toEqual({ CustomerId: "Total", Revenue: 19001.5, Profit: 3700.5 });
    expect(s1.table.totals!.Revenue).toBe(decimalTotal(s1.table.rows, "Revenue"));
    expect(s1.table.totals!.Profit).toBe(decimalTotal(s1.table.rows, "Profit"));
    const s2 = sheet("Avg Margin by Customer Segment");
    expect(s2.table.totals).toEqual({ CustomerSegment: "Total", Revenue: 19001.5, Profit: 3700.5 });
  });

  it("mark negative money and margins", () => {
    expect(s1.table.highlights).toEqual([
      { kind: "negative", column: "Revenue", style: "bad" },
      { kind: "negative", column: "Profit", style: "bad" },
      { kind: "negative", column: "AvgMarginPct", style: "bad" },
    ]);
  });
});

describe("the flagged sheet", () => {
  const flagged = sheet("Flagged Accounts");

  it("lists the flagged accounts by priority with their rules and actions", () => {
    expect(flagged.table.rows.map((r) => [r.Priority, r.CustomerId])).toEqual([
      [1, "C"],
      [2, "B"],
      [3, "A"],
      [4, "D"],
    ]);
    expect(flagged.title).toBe("Flagged accounts: 4 of 6 meet the detection rule");
    expect(flagged.table.rows[0].RulesMet).toBe(
      "Negative margin; Margin more than 2 points below its segment"
    );
  });

  it("writes the due date as an Excel serial in a date column", () => {
    // Run on 2025-10-21, due in 7 days: 2025-10-28, serial 45958.
    const due = flagged.table.columns.find((c) => c.key === "ActionDueDate")!;
    expect(due.format).toBe("date");
    expect(flagged.table.rows.map((r) => r.ActionDueDate)).toEqual([45958, 45958, 45958, 45958]);
    expect(serialOf("2025-10-28")).toBe(45958);
    expect(result.flagged[0].ActionDueDate).toBe("2025-10-28");
  });

  it("heads expected impact columns with their rate and totals them exactly", () => {
    const columns = flagged.table.columns.map((c) => c.header);
    expect(columns).toContain("Expected Quarter Revenue Uplift (50%)");
    expect(columns).toContain("Expected Quarter Margin Uplift (40%)");
    const totals = flagged.table.totals!;
    expect(totals.CustomerId).toBe("Total");
    for (const key of [
      "ExpectedQuarterRevenueUplift",
      "ExpectedQuarterMarginUplift",
      "QuarterMarginUplift",
      "AnnualRevenue",
    ]) {
      expect([key, totals[key]]).toEqual([key, decimalTotal(flagged.table.rows, key)]);
    }
    // AnnualRevenue of C, B, A, D: 2000.1 + 4000.3 + 1000.2 + 1000.1 = 8000.7
    expect(totals.AnnualRevenue).toBe(8000.7);
  });

  it("says which measure orders it", () => {
    expect(flagged.notes).toEqual([
      "Rule: CurrentMarginPct < 0 OR MarginVariance > 0.02",
      "Ordered by expected Quarter Revenue Uplift, largest first. Anchor date 2025-10-21; amounts in USD.",
    ]);
  });
});

describe("the impact and summary sheets", () => {
  it("show potential and expected impact per measure, and per type", () => {
    const impact = sheet("Impact");
    const [revenue, margin] = result.impact.measures;
    expect(impact.table.rows).toEqual([
      {
        Order: 1,
        Measure: "Quarter Revenue Uplift",
        ImpactType: "Revenue",
        RealizationRate: 0.5,
        PotentialOfActions: revenue.potentialOfActions,
        ExpectedOfActions: revenue.expectedOfActions,
        Potential: revenue.potential,
        Expected: revenue.expected,
        NotUpliftAccounts: revenue.notUpliftAccounts,
        NotUpliftAmount: revenue.notUpliftAmount,
      },
      {
        Order: 2,
        Measure: "Quarter Margin Uplift",
        ImpactType: "Profit",
        RealizationRate: 0.4,
        PotentialOfActions: margin.potentialOfActions,
        ExpectedOfActions: margin.expectedOfActions,
        Potential: margin.potential,
        Expected: margin.expected,
        NotUpliftAccounts: margin.notUpliftAccounts,
        NotUpliftAmount: margin.notUpliftAmount,
      },
    ]);
    expect(impact.blocks![0].rows).toEqual([
      {
        ImpactType: "Revenue",
        Expected: revenue.expected,
        ExpectedOfActions: revenue.expectedOfActions,
      },
      {
        ImpactType: "Profit",
        Expected: margin.expected,
        ExpectedOfActions: margin.expectedOfActions,
      },
    ]);
  });

  it("summarise the run's settings and findings", () => {
    const rows = Object.fromEntries(sheet("Summary").table.rows.map((r) => [r.Item, r]));
    expect(rows["Anchor date"].Value).toBe("2025-10-21");
    expect(rows["Rows read"].Count).toBe(11);
    expect(rows["Rows skipped (see Data Quality)"].Count).toBe(3);
    expect(rows["Flagged accounts"].Count).toBe(4);
    expect(rows["Accounts"].Count).toBe(6);
    expect(rows["Schedule"].Value).toBe("From 2025-10-21T11:01, every 7 days");
    expect(rows["Expected revenue impact of all flagged accounts"].Amount).toBe(
      result.impact.expectedByType.Revenue
    );
    expect(sheet("Summary").blocks?.[0].rows).toContainEqual({
      Group: "Join",
      Setting: "Join Series",
      Value: "Series1 with Series2 on CustomerSegment",
    });
    expect(rows["Expected profit impact of the actions"].Amount).toBe(
      result.impact.expectedOfActionsByType.Profit
    );
    expect(rows['Window of "Revenue and Margin by Customer"'].Value).toBe(
      "12 months: after 2024-10-21 up to 2025-10-21"
    );
  });

  it("mark the flagged accounts in the join sheet", () => {
    const join = sheet("Join Series");
    const flaggedIds = join.table.rows.filter((r) => r.Flagged === "Yes").map((r) => r.CustomerId);
    expect(flaggedIds.sort()).toEqual(["A", "B", "C", "D"]);
    expect(join.table.highlights).toContainEqual({
      kind: "greaterThan",
      column: "MarginVariance",
      value: 0,
      style: "bad",
    });
  });
});

describe("the data-quality sheet", () => {
  const dq = sheet("Data Quality");

  it("has one row per skip reason and per series filter reason", () => {
    expect(dq.table.rows).toEqual([
      {
        Stage: "Skipped (unusable)",
        Reason: "Number could not be read",
        Rows: 2,
        RowNumbers: "5, 9",
        Example: 'Row 5, Invoice Price: "12,3x" (expected a number)',
      },
      {
        Stage: "Skipped (unusable)",
        Reason: "Excel error value in a required cell",
        Rows: 1,
        RowNumbers: "7",
        Example: 'Row 7, Gross Margin: "#N/A" (expected a number)',
      },
      {
        Stage: 'Filtered out of "Revenue and Margin by Customer"',
        Reason: "Pricing date outside the window",
        Rows: 1,
        RowNumbers: "",
        Example: "",
      },
      {
        Stage: 'Filtered out of "Revenue and Margin by Customer"',
        Reason: "Zero-value line (InvoicePrice = 0)",
        Rows: 1,
        RowNumbers: "",
        Example: "",
      },
      {
        Stage: 'Filtered out of "Avg Margin by Customer Segment"',
        Reason: "Pricing date outside the window",
        Rows: 1,
        RowNumbers: "",
        Example: "",
      },
      {
        Stage: 'Filtered out of "Avg Margin by Customer Segment"',
        Reason: "Zero-value line (InvoicePrice = 0)",
        Rows: 1,
        RowNumbers: "",
        Example: "",
      },
    ]);
    expect(dq.title).toBe('Data quality: 8 of 11 rows of "Sales" usable');
    expect(dq.notes).toEqual(["CalculatedRebate not mapped: treated as 0"]);
  });

  it("shortens long row lists", () => {
    const rows = Array.from({ length: 25 }, (_, i) => i + 2);
    const sheetOf = dataQualitySheet({
      ...QUALITY,
      skipped: { blankCustomerId: { count: 30, rows, rowsTruncated: true, examples: [] } },
      warnings: [],
    });
    expect(sheetOf.table.rows[0].RowNumbers).toBe(`${rows.join(", ")}, ... (5 more)`);
    expect(sheetOf.table.rows[0].Example).toBe("");
    expect(sheetOf.notes).toEqual(["No warnings."]);
  });
});

describe("names from the user's own labels and ids", () => {
  it("keeps sheet and table names valid and unique for long, clashing labels and short ids", () => {
    const base = presetDocument();
    const doc: AgentDocument = {
      ...base,
      series: [
        {
          ...base.series[0],
          id: "S1",
          label: "Revenue and margin by customer: last twelve months",
        },
        {
          ...base.series[1],
          id: "Impact",
          label: "Revenue and margin by customer: segment benchmark",
        },
      ],
      join: {
        ...base.join,
        left: "S1",
        right: "Impact",
        label: "Summary",
        measures: base.join.measures.map((m) => ({
          ...m,
          expression: m.expression.replace(/Series1\./g, "S1.").replace(/Series2\./g, "Impact."),
        })),
      },
      detection: { ...base.detection, series: "Summary" },
    };
    const named = sheetsFor(doc).sheets;
    expectValidNames(named);
    expect(named.map((s) => [s.name, s.table.name])).toEqual([
      ["Summary", "AgentSummary"],
      ["Flagged Accounts", "FlaggedAccounts"],
      ["Impact", "Impact"],
      ["Summary (2)", "Summary"],
      ["Revenue and margin by customer", "T_S1"],
      ["Revenue and margin by custo (2)", "Impact_2"],
      ["Data Quality", "DataQuality"],
    ]);
  });

  it.each([
    ["Series1", "Series1"],
    ["Join Series", "JoinSeries"],
    ["2024 Accounts", "T_2024Accounts"],
    ["S1", "T_S1"],
    ["AB12", "T_AB12"],
    ["R1C1", "T_R1C1"],
    ["R", "T_R"],
    ["c", "T_c"],
    ["ABCD1", "ABCD1"],
  ])("table name of %s is %s", (text, expected) => {
    expect(tableName(text)).toBe(expected);
  });

  it("cuts sheet names to 31 characters without forbidden characters", () => {
    expect(sheetName("Margin: by customer / segment [2025]?")).toBe(
      "Margin  by customer   segment"
    );
    expect(sheetName("***")).toBe("Sheet");
  });
});
