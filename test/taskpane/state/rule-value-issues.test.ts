import type { AgentDocument, RuleNode } from "../../../src/core/model/document";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import { ruleValueIssues } from "../../../src/taskpane/state/rule-value-issues";

function withRule(rule: RuleNode): AgentDocument {
  const agent = unprofitableAccountAgent();
  return { ...agent, detection: { ...agent.detection, rule } };
}

test("text compared with a number measure is a problem at the value, with what to type", () => {
  const doc = withRule({
    kind: "group",
    combine: "or",
    children: [
      { kind: "compare", measure: "CurrentMarginPct", operator: "<", value: 0 },
      { kind: "compare", measure: "MarginVariance", operator: ">", value: "three percent" },
    ],
  });
  expect(ruleValueIssues(doc)).toEqual([
    {
      path: "detection.rule.children[1].value",
      message:
        '"three percent" is not a number; Margin Variance is a number measure: enter a percentage such as 2 %',
    },
  ]);
});

test("numbers, and text against a group-by level, are fine", () => {
  const doc = withRule({
    kind: "group",
    combine: "and",
    children: [
      { kind: "compare", measure: "MarginVariance", operator: ">", value: 0.02 },
      { kind: "compare", measure: "CustomerSegment", operator: "=", value: "Packaging" },
      { kind: "in", measure: "CustomerSegment", values: ["Packaging", "Cooling"] },
    ],
  });
  expect(ruleValueIssues(doc)).toEqual([]);
});
