import type { RuleCondition, RuleNode } from "../../../../src/core/model/document";
import type { Value } from "../../../../src/core/expr";
import { AgentInputError } from "../../../../src/core/model/errors";
import { conditionLabel, describeRule } from "../../../../src/core/compute/rules/describe";
import { evaluateRules } from "../../../../src/core/compute/rules/evaluate-rules";
import type { ColumnReader } from "../../../../src/core/compute/series/derive";

/** SPEC, "Detection rules": conditions on the join's measures, combined with AND / OR groups. */

const COLUMNS: Record<string, Value[]> = {
  MarginVariance: [0.05, 0.01, null, 0.02, 0.03],
  CurrentMarginPct: [0.1, -0.02, null, 0.2, 0.05],
  RevenueRank: [0.3, 0.9, 0.95, 0.29999, 0.91],
  CustomerSegment: ["Retail", "Cooling", "Wholesale", "retail", null],
  "Series1.AvgMarginPct": [0.1, -0.02, null, 0.2, 0.05],
  "Avg Margin %": [1, 2, 3, 4, 5],
};
const ROWS = 5;
const scope = new Map<string, ColumnReader>(
  Object.entries(COLUMNS).map(([name, values]) => [name, (r: number) => values[r]])
);

const evaluate = (rule: RuleNode) => evaluateRules(rule, scope, ROWS);
const flaggedRows = (rule: RuleNode) => Array.from(evaluate(rule).flagged);
const or = (...children: RuleNode[]): RuleNode => ({ kind: "group", combine: "or", children });
const and = (...children: RuleNode[]): RuleNode => ({ kind: "group", combine: "and", children });
const compare = (
  measure: string,
  operator: "<" | "<=" | ">" | ">=" | "=" | "<>",
  value: number | string,
  label?: string
): RuleCondition =>
  label === undefined
    ? { kind: "compare", measure, operator, value }
    : { kind: "compare", measure, operator, value, label };

describe("AND / OR groups", () => {
  const preset = or(
    compare("CurrentMarginPct", "<", 0, "Negative margin"),
    compare("MarginVariance", ">", 0.02, "Below segment")
  );

  it("flags an account meeting any condition of an OR group", () => {
    // Row 0: variance 0.05; row 1: margin -2%; row 3: variance exactly 0.02 is not > 0.02; row 4: 0.03.
    expect(flaggedRows(preset)).toEqual([1, 1, 0, 0, 1]);
  });

  it("lists the labels of the conditions each flagged account met", () => {
    expect(evaluate(preset).conditionsMet).toEqual([
      ["Below segment"],
      ["Negative margin"],
      [],
      [],
      ["Below segment"],
    ]);
  });

  it("nests groups: AND of a condition and an OR group", () => {
    const rule = and(
      compare("MarginVariance", ">", 0.02),
      or(
        { kind: "between", measure: "RevenueRank", low: 0.3, high: 0.9 },
        { kind: "in", measure: "CustomerSegment", values: ["Cooling", "RETAIL"] }
      )
    );
    // Row 0: 0.05 > 0.02, rank 0.3 in [0.3, 0.9], segment Retail in the list -> flagged.
    // Row 4: 0.03 > 0.02 but rank 0.91 and a blank segment -> not flagged. Row 1: 0.01.
    expect(flaggedRows(rule)).toEqual([1, 0, 0, 0, 0]);
    // Without labels, the conditions are shown as written.
    expect(evaluate(rule).conditionsMet[0]).toEqual([
      "MarginVariance > 0.02",
      "RevenueRank between 0.3 and 0.9",
      'CustomerSegment in ("Cooling", "RETAIL")',
    ]);
  });

  it("lists every leaf that is true, also one in a branch that did not decide", () => {
    // OR(AND(rank >= 0.9, margin < 0), variance > 0.02): row 4 meets rank >= 0.9 and variance, not margin.
    const rule = or(
      and(compare("RevenueRank", ">=", 0.9), compare("CurrentMarginPct", "<", 0)),
      compare("MarginVariance", ">", 0.02)
    );
    const outcome = evaluate(rule);
    expect(Array.from(outcome.flagged)).toEqual([1, 1, 0, 0, 1]);
    expect(outcome.conditionsMet[1]).toEqual(["RevenueRank >= 0.9", "CurrentMarginPct < 0"]);
    expect(outcome.conditionsMet[4]).toEqual(["RevenueRank >= 0.9", "MarginVariance > 0.02"]);
  });

  it("describes the rule as a user reads it", () => {
    const rule = and(
      compare("MarginVariance", ">", 0.02),
      or(
        { kind: "between", measure: "RevenueRank", low: 0.3, high: 0.9 },
        { kind: "in", measure: "CustomerSegment", values: ["Cooling", 3], negate: true }
      )
    );
    expect(describeRule(rule)).toBe(
      'MarginVariance > 0.02 AND (RevenueRank between 0.3 and 0.9 OR CustomerSegment not in ("Cooling", 3))'
    );
    expect(describeRule(or(compare("CurrentMarginPct", "<", 0)))).toBe("CurrentMarginPct < 0");
  });
});

describe("conditions", () => {
  it("includes both ends of between", () => {
    // 0.3 and 0.9 are in; 0.95, 0.29999 and 0.91 are out.
    expect(flaggedRows({ kind: "between", measure: "RevenueRank", low: 0.3, high: 0.9 })).toEqual([
      1, 1, 0, 0, 0,
    ]);
  });

  it("matches text in a list ignoring case, and numbers exactly", () => {
    expect(flaggedRows({ kind: "in", measure: "CustomerSegment", values: ["retail"] })).toEqual([
      1, 0, 0, 1, 0,
    ]);
    expect(flaggedRows({ kind: "in", measure: "RevenueRank", values: [0.3, 0.9] })).toEqual([
      1, 1, 0, 0, 0,
    ]);
  });

  it("negates a list with `not in`", () => {
    // Row 4's segment is blank: a blank is not "not in" a list either.
    expect(
      flaggedRows({ kind: "in", measure: "CustomerSegment", values: ["RETAIL"], negate: true })
    ).toEqual([0, 1, 1, 0, 0]);
  });

  it("compares text with = and <>, ignoring case", () => {
    expect(flaggedRows(compare("CustomerSegment", "=", "cooling"))).toEqual([0, 1, 0, 0, 0]);
    expect(flaggedRows(compare("CustomerSegment", "<>", "retail"))).toEqual([0, 1, 1, 0, 0]);
  });

  it.each([
    ["<=", 0.05, [1, 1, 0, 1, 1]],
    [">=", 0.05, [1, 0, 0, 0, 0]],
    ["=", 0.02, [0, 0, 0, 1, 0]],
    ["<>", 0.02, [1, 1, 0, 0, 1]],
  ] as const)("MarginVariance %s %d", (operator, value, expected) => {
    expect(flaggedRows(compare("MarginVariance", operator, value))).toEqual(expected);
  });

  it("evaluates expression conditions", () => {
    const rule: RuleCondition = {
      kind: "expression",
      expression: "AND(CurrentMarginPct < 0.15, RevenueRank > 0.5)",
      label: "Low margin, large account",
    };
    const outcome = evaluate(rule);
    // Row 1: -2% and 0.9; row 4: 5% and 0.91; row 2: blank margin.
    expect(Array.from(outcome.flagged)).toEqual([0, 1, 0, 0, 1]);
    expect(outcome.conditionsMet[1]).toEqual(["Low margin, large account"]);
  });

  it("treats a numeric expression as met when it is not 0", () => {
    expect(flaggedRows({ kind: "expression", expression: "IF(RevenueRank > 0.9, 1, 0)" })).toEqual([
      0, 0, 1, 0, 1,
    ]);
  });

  it("reads qualified names and names with spaces", () => {
    expect(flaggedRows(compare("Series1.AvgMarginPct", "<", 0))).toEqual([0, 1, 0, 0, 0]);
    expect(flaggedRows(compare("Avg Margin %", ">", 3))).toEqual([0, 0, 0, 1, 1]);
  });

  it("handles thresholds written in exponent form", () => {
    expect(flaggedRows(compare("MarginVariance", ">", 0.0000001))).toEqual([1, 1, 0, 1, 1]);
    expect(flaggedRows(compare("RevenueRank", "<", 1e21))).toEqual([1, 1, 1, 1, 1]);
  });
});

describe("a blank measure never meets a condition", () => {
  it.each<[string, RuleCondition]>([
    ["<", compare("CurrentMarginPct", "<", 1)],
    [">", compare("MarginVariance", ">", -1)],
    ["=", compare("MarginVariance", "=", 0)],
    ["<>", compare("MarginVariance", "<>", 0.5)],
    ["between", { kind: "between", measure: "MarginVariance", low: -1, high: 1 }],
    ["in", { kind: "in", measure: "MarginVariance", values: [0] }],
    ["not in", { kind: "in", measure: "MarginVariance", values: [0.5], negate: true }],
  ])("%s", (_, condition) => {
    expect(evaluate(condition).flagged[2]).toBe(0);
  });
});

describe("rule errors", () => {
  it("names the rule and suggests the measure meant", () => {
    const rule = or(compare("CurrentMarginPct", "<", 0), compare("MarginVarience", ">", 0.02));
    const run = () => evaluate(rule);
    expect(run).toThrow(AgentInputError);
    expect(run).toThrow(
      'Detection rule 1.2 (MarginVarience > 0.02): Unknown measure "MarginVarience" at position 0. Did you mean "MarginVariance"?'
    );
  });

  it("names an expression condition by its label", () => {
    const run = () => evaluate({ kind: "expression", expression: "RevenueRank >", label: "Big" });
    expect(run).toThrow(/^Detection rule 1 \(Big\): /);
  });

  it("shows a condition itself when its label is blank", () => {
    expect(
      conditionLabel({ kind: "compare", measure: "X", operator: ">", value: 'a "b"', label: "  " })
    ).toBe('X > "a ""b"""');
  });
});
