import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import { AgentDocumentError, parseAgentDocument } from "../../../src/core/agent/validate";
import type { AgentDocument, RuleNode } from "../../../src/core/model/document";
import { expression } from "../../helpers/agent";

/** SPEC, "Detection rules": a condition is TRUE/FALSE; anything else is refused before a run. */

function withRule(rule: RuleNode, edit: (doc: AgentDocument) => AgentDocument = (d) => d) {
  const preset = unprofitableAccountAgent();
  return edit({ ...preset, detection: { series: preset.detection.series, rule } });
}

function issues(doc: AgentDocument): string[] {
  try {
    parseAgentDocument(doc);
    return [];
  } catch (error) {
    if (!(error instanceof AgentDocumentError)) throw error;
    return error.issues.map((i) => `${i.path} ${i.message}`);
  }
}

const condition = (formula: string): RuleNode => ({ kind: "expression", expression: formula });

describe("rule conditions that are not TRUE/FALSE", () => {
  it("refuses a measure alone, naming the formula and what it gives", () => {
    expect(issues(withRule(condition("CurrentMarginPct")))).toEqual([
      'detection.rule.expression the condition "CurrentMarginPct" gives a number, not TRUE/FALSE, ' +
        'so it cannot say whether an account is flagged; compare it, e.g. "CurrentMarginPct < 0"',
    ]);
  });

  it("refuses arithmetic, text and a blank, inside a group too", () => {
    const rule: RuleNode = {
      kind: "group",
      combine: "or",
      children: [
        condition("CurrentMarginPct < 0"),
        condition("SegmentAvgMarginPct - CurrentMarginPct"),
        condition('"yes"'),
        condition("CustomerSegment"),
        condition("NULL"),
      ],
    };
    const found = issues(withRule(rule));
    expect(found.map((m) => m.split(" the condition")[0])).toEqual([
      "detection.rule.children[1].expression",
      "detection.rule.children[2].expression",
      "detection.rule.children[3].expression",
      "detection.rule.children[4].expression",
    ]);
    expect(found[1]).toContain("gives text");
    expect(found[3]).toContain("gives a blank");
  });

  it("follows measures to their formulas: a join measure that is a comparison is a condition", () => {
    const doc = withRule(condition("IsLoss"), (d) => ({
      ...d,
      join: {
        ...d.join,
        measures: [
          ...d.join.measures,
          { name: "IsLoss", label: "Is loss", expression: "CurrentMarginPct < 0" },
          { name: "Loss", label: "Loss", expression: "-Series1.Profit" },
        ],
      },
    }));
    expect(issues(doc)).toEqual([]);
    const loss = { ...doc, detection: { ...doc.detection, rule: condition("Loss") } };
    expect(issues(loss)).toHaveLength(1);
  });

  it("types a series' own formula measures when the rule runs on that series", () => {
    const preset = unprofitableAccountAgent();
    const series = preset.series.map((s, i) =>
      i === 0 ? { ...s, measures: [...s.measures, expression("Losing", "Profit < 0")] } : s
    );
    const onSeries = (formula: string) => ({
      ...preset,
      series,
      impact: [],
      detection: { series: preset.series[0].id, rule: condition(formula) },
    });
    expect(issues(onSeries("Losing"))).toEqual([]);
    expect(issues(onSeries("AvgMarginPct"))[0]).toContain("gives a number");
  });

  it("accepts the preset's conditions and a formula whose kind is known only at run time", () => {
    expect(issues(unprofitableAccountAgent())).toEqual([]);
    expect(issues(withRule(condition('IF(CurrentMarginPct < 0, TRUE, "no")')))).toEqual([]);
    expect(issues(withRule(condition("AND(CurrentMarginPct < 0, RevenueRank > 0.5)")))).toEqual([]);
  });
});
