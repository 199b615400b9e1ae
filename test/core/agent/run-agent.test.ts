import type { AgentDocument } from "../../../src/core/model/document";
import { anchorSerialOf, serialFromIsoDate, todaySerial } from "../../../src/core/read/anchor";
import { AgentInputError } from "../../../src/core/model/errors";
import { computeAgent } from "../../../src/core/compute/compute-agent";
import { buildResultSheets } from "../../../src/core/report/result-sheets";
import { presetDocument } from "../../helpers/agent";
import { cleanQuality, serialOf, tableOf, type Line } from "../../helpers/table";

/** The whole computation from a parsed table to a result: parameters, warnings, detection targets. */

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
  extra: { Units: 3 },
});
const LINES: Line[] = [
  line("P", "Retail", 10000, 3000),
  line("A", "Retail", 1000, 0),
  line("B", "Retail", 4000, 400, "2024-12-01"),
  line("C", "Retail", 2000, -100),
];
const TODAY = new Date(2025, 9, 21, 23, 30); // late evening: still the 21st by the local calendar

const run = (doc: AgentDocument, lines: readonly Line[] = LINES) =>
  computeAgent(tableOf(lines), cleanQuality(lines.length), doc, { today: TODAY });

describe("the anchor date", () => {
  it("is today by the local calendar when the document has none", () => {
    const result = run(presetDocument(null));
    expect(result.parameters.anchorDate).toBe("2025-10-21");
    expect(todaySerial(TODAY)).toBe(serialOf("2025-10-21"));
  });

  it("is the document's when given, and rejects a day that does not exist", () => {
    expect(anchorSerialOf("2024-02-29", TODAY)).toBe(serialOf("2024-02-29"));
    expect(anchorSerialOf(" ", TODAY)).toBe(serialOf("2025-10-21"));
    expect(() => anchorSerialOf("2025-02-29", TODAY)).toThrow(AgentInputError);
    expect(() => anchorSerialOf("2025-02-29", TODAY)).toThrow(
      'Anchor date "2025-02-29" is not a date; expected YYYY-MM-DD, e.g. 2025-10-21.'
    );
    expect(serialFromIsoDate("2025-1-5")).toBeNull();
  });
});

describe("the run's parameters", () => {
  it("record each series' window as dates", () => {
    const result = run(presetDocument("2025-08-31"));
    expect(result.parameters.windows).toEqual({
      "Revenue and Margin by Customer": {
        months: 12,
        fromExclusive: "2024-08-31",
        to: "2025-08-31",
      },
      "Avg Margin by Customer Segment": {
        months: 12,
        fromExclusive: "2024-08-31",
        to: "2025-08-31",
      },
    });
    expect(result.parameters).toMatchObject({
      agent: "Unprofitable Account Agent",
      currency: "USD",
      deductRebateFromMargin: false,
      rule: "CurrentMarginPct < 0 OR MarginVariance > 0.02",
    });
  });

  it("record a series without a window as null", () => {
    const doc = presetDocument();
    const series2 = { ...doc.series[1], filters: { ...doc.series[1].filters, window: null } };
    const result = run({ ...doc, series: [doc.series[0], series2] });
    expect(result.parameters.windows["Avg Margin by Customer Segment"]).toBeNull();
    const sheet = buildResultSheets(result, { ...doc, series: [doc.series[0], series2] }).find(
      (s) => s.name === "Avg Margin by Customer Segment"
    )!;
    expect(sheet.notes![1]).toBe("All pricing dates; anchor date 2025-10-21.");
  });
});

describe("an empty window", () => {
  it("warns which pricing dates the sheet holds", () => {
    const result = run(presetDocument("2030-01-31"));
    expect(result.join).toEqual([]);
    expect(result.flagged).toEqual([]);
    expect(result.dataQuality.warnings).toContain(
      'Series "Revenue and Margin by Customer" has no rows: its window runs after 2029-01-31 up to 2030-01-31, but the sheet\'s pricing dates run from 2024-12-01 to 2025-06-01. Set the anchor date within that range.'
    );
  });
});

describe("detection on a series instead of the join", () => {
  const base = presetDocument();
  const doc: AgentDocument = {
    ...base,
    detection: {
      series: "Series1",
      rule: {
        kind: "compare",
        measure: "AvgMarginPct",
        operator: "<",
        value: 0.05,
        label: "Thin margin",
      },
    },
    impact: [{ measure: "Revenue", type: "Revenue", realizationRatePct: 10, order: 1 }],
  };
  const result = run(doc);

  it("flags the series' rows, ordered by expected impact", () => {
    // Margins: P 30%, A 0%, B 10%, C -5%; expected = 10% of revenue: C 200, A 100.
    expect(result.flagged.map((r) => [r.CustomerId, r.ExpectedRevenue, r.RulesMet])).toEqual([
      ["C", 200, "Thin margin"],
      ["A", 100, "Thin margin"],
    ]);
    expect(result.impact.measures[0]).toMatchObject({
      measure: "Revenue",
      potential: 3000,
      expected: 300,
    });
  });

  it("describes sheets over the series' measures", () => {
    const flagged = buildResultSheets(result, doc).find((s) => s.name === "Flagged Accounts")!;
    const keys = flagged.table.columns.map((c) => c.key);
    expect(keys).toEqual([
      "Priority",
      "CustomerId",
      "CustomerName",
      "CustomerSegment",
      "ExpectedRevenue",
      "RevenueRank", // a measure of the flagged sheet's reading order, before the series' own
      "Revenue",
      "Profit",
      "AvgMarginPct",
      "RulesMet",
      "ActionSummary",
      "ActionDueDate",
      "ActionAssignee",
    ]);
    for (const row of flagged.table.rows) for (const key of keys) expect(key in row).toBe(true);
  });
});

describe("impact labels", () => {
  it("come from the detection series, also when another series has a measure of the same name", () => {
    const base = presetDocument();
    const doc: AgentDocument = {
      ...base,
      join: {
        ...base.join,
        measures: base.join.measures.map((m) =>
          m.name === "AnnualRevenue" ? { ...m, label: "Trailing Revenue" } : m
        ),
      },
      impact: [{ measure: "AnnualRevenue", type: "Revenue", realizationRatePct: 10, order: 1 }],
    };
    const result = run(doc);
    expect(result.impact.measures[0].label).toBe("Trailing Revenue");
    const sheets = buildResultSheets(result, doc);
    const flagged = sheets.find((s) => s.name === "Flagged Accounts")!;
    expect(flagged.table.columns.map((c) => c.header)).toContain("Expected Trailing Revenue (10%)");
    expect(sheets.find((s) => s.name === "Impact")!.table.rows[0].Measure).toBe("Trailing Revenue");
  });
});

describe("fields the document names", () => {
  it("refuses to group by a numeric column, naming the text columns", () => {
    const base = presetDocument();
    const doc: AgentDocument = {
      ...base,
      series: [{ ...base.series[0], groupBy: ["CustomerId", "Units"] }, base.series[1]],
    };
    expect(() => run(doc)).toThrow(AgentInputError);
    expect(() => run(doc)).toThrow('Field "Units" is not a text column of the transaction sheet.');
  });
});
