import Decimal from "decimal.js";
import type {
  ActionDefinition,
  AgentDocument,
  ImpactMeasure,
} from "../../../../src/core/model/document";
import type { ResultRow } from "../../../../src/core/model/result-row";
import { fillPlaceholders, planActions } from "../../../../src/core/compute/actions/plan-actions";
import { expectedImpact, summarizeImpact } from "../../../../src/core/compute/impact/impact";
import { exactSum } from "../../../../src/core/model/exact-sums";
import { computeAgent } from "../../../../src/core/compute/compute-agent";
import { presetDocument } from "../../../helpers/agent";
import { cleanQuality, serialOf, tableOf, type Line } from "../../../helpers/table";

/** SPEC, "Detection rules, schedule, actions, impact, summary". */

const line = (
  CustomerId: string,
  CustomerSegment: string,
  InvoicePrice: number,
  GrossMargin: number,
  CustomerName?: string
): Line => ({
  CustomerId,
  CustomerName: CustomerName ?? `${CustomerId} Ltd`,
  CustomerSegment,
  InvoicePrice,
  GrossMargin,
  PricingDate: "2025-06-01",
});

// Retail: P 10000 / 3000, A 1000 / 0, B 4000 / 400, C 2000 / -100 -> segment 3300 / 17000 = 33/170.
// Variance = 33/170 - current; QuarterMarginUplift = variance / 2 x revenue / 4 = variance x revenue / 8:
//   A: 33/170 x 1000 / 8 = 4125/170;  B: 16/170 x 4000 / 8 = 8000/170;  C: 41.5/170 x 2000 / 8 = 10375/170.
// Cooling: Q 1000 / 300, D 1000 / 100 -> segment 0.2; D: 0.1 x 1000 / 8 = 12.5.
const LINES: Line[] = [
  line("P", "Retail", 10000, 3000),
  line("A", "Retail", 1000, 0, "Acme Corp"),
  line("B", "Retail", 4000, 400),
  line("C", "Retail", 2000, -100),
  line("Q", "Cooling", 1000, 300),
  line("D", "Cooling", 1000, 100),
];
const UPLIFT = { A: 4125 / 170, B: 8000 / 170, C: 10375 / 170, D: 12.5 };

/** AnnualRevenue is listed first but QuarterMarginUplift has order 1: the order field decides. */
const IMPACT: ImpactMeasure[] = [
  { measure: "AnnualRevenue", type: "Revenue", realizationRatePct: 10, order: 2 },
  { measure: "QuarterMarginUplift", type: "Profit", realizationRatePct: 40, order: 1 },
];

function run(
  change: Partial<AgentDocument> = {},
  action: Partial<ActionDefinition> = {},
  today = new Date(2025, 9, 21)
) {
  const base = presetDocument();
  const doc: AgentDocument = {
    ...base,
    impact: IMPACT,
    ...change,
    action: { ...base.action, ...action },
  };
  return computeAgent(tableOf(LINES), cleanQuality(LINES.length), doc, { today });
}

describe("flagged accounts and their expected impact", () => {
  const result = run();

  it("orders flagged accounts by the expected impact of the measure with order 1, largest first", () => {
    // By QuarterMarginUplift: C 61.03, B 47.06, A 24.26, D 12.5 (by AnnualRevenue it would be B, C, A/D).
    expect(result.flagged.map((r) => r.CustomerId)).toEqual(["C", "B", "A", "D"]);
    expect(result.flagged.map((r) => r.Priority)).toEqual([1, 2, 3, 4]);
  });

  it("gives each account measure x realization rate", () => {
    const c = result.flagged[0];
    expect(c.QuarterMarginUplift).toBeCloseTo(UPLIFT.C, 10);
    expect(c.ExpectedQuarterMarginUplift).toBeCloseTo(UPLIFT.C * 0.4, 10);
    expect(c.ExpectedAnnualRevenue).toBe(200); // 2000 x 10%
  });

  it("records the conditions each account met", () => {
    const byId = Object.fromEntries(result.flagged.map((r) => [r.CustomerId, r.RulesMet]));
    expect(byId.C).toBe("Negative margin; Margin more than 2 points below its segment");
    expect(byId.A).toBe("Margin more than 2 points below its segment");
  });

  it("totals potential and expected impact per measure, in order", () => {
    const [first, second] = result.impact.measures;
    expect(result.impact.flaggedAccounts).toBe(4);
    expect(first).toMatchObject({
      measure: "QuarterMarginUplift",
      label: "Quarter Margin Uplift",
      type: "Profit",
      order: 1,
      realizationRatePct: 40,
    });
    const potential = exactSum(result.flagged.map((r) => r.QuarterMarginUplift as number));
    expect(first.potential).toBe(potential);
    expect(first.potential).toBeCloseTo((4125 + 8000 + 10375) / 170 + 12.5, 9);
    expect(first.expected).toBe(new Decimal(potential).times(40).div(100).toNumber());
    // AnnualRevenue over C, B, A, D: 2000 + 4000 + 1000 + 1000 = 8000, expected 10% = 800.
    expect(second).toMatchObject({
      measure: "AnnualRevenue",
      potential: 8000,
      expected: 800,
      type: "Revenue",
    });
    expect(result.impact.expectedByType).toEqual({ Revenue: 800, Profit: first.expected });
  });
});

describe("summarizeImpact is exact", () => {
  const flagged: ResultRow[] = [
    { Up: 0.1, Down: 0.5 },
    { Up: 0.2, Down: null },
    { Up: null, Down: 0.2 },
  ];
  const impact: ImpactMeasure[] = [
    { measure: "Down", type: "Revenue", realizationRatePct: 30, order: 2 },
    { measure: "Up", type: "Revenue", realizationRatePct: 40, order: 1 },
  ];

  it("sums the measure exactly and applies the rate exactly", () => {
    const summary = summarizeImpact(impact, ["Up", "Down"], new Map([["Up", "Uplift"]]), flagged, [
      "a",
      "b",
      null,
    ]);
    // Up: 0.1 + 0.2 = 0.3 (not 0.30000000000000004), x 40% = 0.12.
    expect(summary.measures[0]).toMatchObject({
      measure: "Up",
      label: "Uplift",
      potential: 0.3,
      expected: 0.12,
    });
    // Down: 0.5 + 0.2 = 0.7, x 30% = 0.21; blanks are skipped.
    expect(summary.measures[1]).toMatchObject({
      measure: "Down",
      label: "Down",
      potential: 0.7,
      expected: 0.21,
    });
    // Revenue: 0.12 + 0.21 = 0.33.
    expect(summary.expectedByType).toEqual({ Revenue: 0.33, Profit: 0 });
    expect(0.12 + 0.21).not.toBe(0.33); // what plain addition would report
  });

  it("counts the actions' accounts apart, and a negative value as no uplift (0)", () => {
    const rows: ResultRow[] = [
      { Up: 100, Down: 10 },
      { Up: -40, Down: 20 },
      { Up: 50, Down: null },
      { Up: -2.5, Down: 30 },
    ];
    // Actions cover rows 0 and 1 (the top K); rows 2 and 3 are flagged without an action.
    const summary = summarizeImpact(impact, ["Up", "Down"], new Map(), rows, [
      "a",
      "b",
      null,
      null,
    ]);
    expect(summary.actionAccounts).toBe(2);
    // Up: uplifts 100 + 50 = 150 (x 40% = 60); of the actions only 100 (x 40% = 40); -40 and -2.5 left out.
    expect(summary.measures[0]).toMatchObject({
      potential: 150,
      expected: 60,
      potentialOfActions: 100,
      expectedOfActions: 40,
      notUpliftAccounts: 2,
      notUpliftAmount: -42.5,
    });
    // Down: 10 + 20 + 30 = 60 (x 30% = 18); of the actions 10 + 20 = 30 (x 30% = 9).
    expect(summary.measures[1]).toMatchObject({ potential: 60, expectedOfActions: 9 });
    expect(summary.expectedByType).toEqual({ Revenue: 78, Profit: 0 });
    expect(summary.expectedOfActionsByType).toEqual({ Revenue: 49, Profit: 0 });
  });

  it("expects 0 of a negative value, blank of a blank", () => {
    const m: ImpactMeasure = { measure: "Up", type: "Profit", realizationRatePct: 40, order: 1 };
    expect(expectedImpact(-542.04, m)).toBe(0);
    expect(expectedImpact(0, m)).toBe(0);
    expect(expectedImpact(100, m)).toBe(40);
    expect(expectedImpact(null, m)).toBeNull();
  });

  it("rejects a measure the detection series does not have", () => {
    expect(() =>
      summarizeImpact(
        [{ measure: "Nope", type: "Profit", realizationRatePct: 1, order: 1 }],
        ["Up"],
        new Map(),
        [],
        []
      )
    ).toThrow('Impact measure "Nope" is not a measure of the detection series (available: Up).');
  });

  it("keeps a blank measure blank in an account's expected impact", () => {
    expect(expectedImpact(null, impact[0])).toBeNull();
    expect(expectedImpact("x", impact[0])).toBeNull();
    expect(expectedImpact(200, impact[0])).toBe(60);
  });
});

describe("actions", () => {
  it("keeps the top K groups by the first impact measure", () => {
    const result = run({}, { topK: 2 });
    expect(result.actions.map((a) => a.CustomerId)).toEqual(["C", "B"]);
    expect(result.actions.map((a) => a.Priority)).toEqual([1, 2]);
    expect(result.actions[0].ExpectedQuarterMarginUplift).toBeCloseTo(UPLIFT.C * 0.4, 10);
    // Accounts outside the top K stay flagged, without action fields.
    const a = result.flagged.find((r) => r.CustomerId === "A")!;
    expect(a).toMatchObject({ ActionSummary: null, ActionDueDate: null, ActionAssignee: null });
    expect(result.flagged[0].ActionSummary).toBe("Customer with High Revenue and Low Margin");
  });

  it("groups accounts by segment and aggregates their impact", () => {
    const result = run(
      {},
      { groupBy: "CustomerSegment", summary: "Review {Group}: {Accounts} accounts" }
    );
    // Retail: C + B + A uplift x 40% = 22500/170 x 0.4; Cooling: D 12.5 x 0.4 = 5.
    expect(result.actions.map((a) => [a.ActionKey, a.Accounts])).toEqual([
      ["CustomerSegment=Retail", 3],
      ["CustomerSegment=Cooling", 1],
    ]);
    expect(result.actions[0].ExpectedQuarterMarginUplift).toBeCloseTo((22500 / 170) * 0.4, 10);
    expect(result.actions[1].ExpectedQuarterMarginUplift).toBeCloseTo(5, 12);
    expect(result.actions[0].Summary).toBe("Review Retail: 3 accounts");
    expect(result.flagged.map((r) => r.ActionSummary)).toEqual([
      "Review Retail: 3 accounts",
      "Review Retail: 3 accounts",
      "Review Retail: 3 accounts",
      "Review Cooling: 1 accounts",
    ]);
  });

  it("groups by a level spelled differently from the sheet's field", () => {
    const base = presetDocument();
    const series1 = {
      ...base.series[0],
      groupBy: ["customer id", "CustomerName", "CustomerSegment"],
    };
    const result = run({ series: [series1, base.series[1]] }, { groupBy: "customer id" });
    expect(result.actions.map((a) => a.ActionKey)).toEqual([
      "CustomerId=C",
      "CustomerId=B",
      "CustomerId=A",
      "CustomerId=D",
    ]);
  });

  it("fills the description's placeholders from the group's largest account", () => {
    const result = run(
      {},
      {
        description:
          "{CustomerName} ({CustomerId}) earns {CurrentMarginPct} against {SegmentAvgMarginPct}.",
      }
    );
    const a = result.actions.find((x) => x.CustomerId === "A")!;
    // A: 0 / 1000 = 0.0%; Retail: 33/170 = 19.41...%.
    expect(a.Description).toBe("Acme Corp (A) earns 0.0% against 19.4%.");
  });

  it("formats expected impact placeholders as money, as the flagged sheet shows them", () => {
    const result = run(
      {},
      { description: "Worth {ExpectedQuarterMarginUplift} a quarter; {AnnualRevenue} a year." }
    );
    // C: 10375/170 x 40% = 24.41; AnnualRevenue 2,000.00.
    expect(result.actions[0].Description).toBe("Worth 24.41 a quarter; 2,000.00 a year.");
  });

  it("is due N days after the run date, not the anchor date", () => {
    const result = run({}, { dueInDays: 7 }, new Date(2025, 11, 28));
    expect(result.parameters.anchorDate).toBe("2025-10-21");
    expect(result.actions[0].DueDate).toBe("2026-01-04");
    expect(result.flagged[0].ActionDueDate).toBe("2026-01-04");
    expect(run({}, { dueInDays: 0 }, new Date(2024, 1, 29)).actions[0].DueDate).toBe("2024-02-29");
  });

  it("names the assignee, or none", () => {
    expect(run({}, { assignee: "maria@example.com" }).actions[0].Assignee).toBe(
      "maria@example.com"
    );
    expect(run().actions[0].Assignee).toBeNull();
  });
});

describe("planActions", () => {
  const flagged: ResultRow[] = [
    { CustomerId: "X", CustomerSegment: "Retail", Score: 5 },
    { CustomerId: "Y", CustomerSegment: "Cooling", Score: 5 },
    { CustomerId: "Z", CustomerSegment: "Retail", Score: null },
  ];
  const definition: ActionDefinition = {
    summary: "S",
    description: "",
    dueInDays: 3,
    assignee: "",
    groupBy: "CustomerSegment",
    topK: 5,
  };

  it("breaks ties between groups by flagged order (the group holding the first account first), and maps each row to its action", () => {
    const plan = planActions(flagged, definition, "Score", serialOf("2025-10-21"), new Map());
    expect(plan.actions.map((a) => [a.CustomerSegment, a.Score, a.Accounts])).toEqual([
      ["Retail", 5, 2],
      ["Cooling", 5, 1],
    ]);
    expect(plan.actionKeyOfRow).toEqual([
      "CustomerSegment=Retail",
      "CustomerSegment=Cooling",
      "CustomerSegment=Retail",
    ]);
    expect(plan.actions[0].DueDate).toBe("2025-10-24");
  });

  it("keeps only K groups", () => {
    const plan = planActions(
      flagged,
      { ...definition, topK: 1 },
      "Score",
      serialOf("2025-10-21"),
      new Map()
    );
    expect(plan.actions).toHaveLength(1);
    expect(plan.actionKeyOfRow).toEqual(["CustomerSegment=Retail", null, "CustomerSegment=Retail"]);
  });
});

describe("fillPlaceholders", () => {
  const formats = new Map([
    ["CurrentMarginPct", "percent" as const],
    ["QuarterMarginUplift", "money" as const],
    ["RevenueRank", "rank" as const],
  ]);
  const row: ResultRow = {
    CustomerName: "Acme",
    CurrentMarginPct: 0.154204915,
    QuarterMarginUplift: -14381.61291,
    RevenueRank: 0.5,
    Segment: null,
    Count: 12,
  };

  it("formats percentages, money and ranks as the sheets show them", () => {
    expect(
      fillPlaceholders(
        "{CustomerName}: {CurrentMarginPct}, {QuarterMarginUplift}, rank {RevenueRank}",
        row,
        formats
      )
    ).toBe("Acme: 15.4%, -14,381.61, rank 0.500");
  });

  it("shows blanks as (blank), plain numbers as they are, and extra values", () => {
    expect(fillPlaceholders("{Segment} {Count} {Accounts}", row, formats, { Accounts: 3 })).toBe(
      "(blank) 12 3"
    );
  });

  it("leaves unknown names as typed so a typo shows", () => {
    expect(fillPlaceholders("{CustomerNmae} {constructor} {toString}", row, formats)).toBe(
      "{CustomerNmae} {constructor} {toString}"
    );
  });
});
