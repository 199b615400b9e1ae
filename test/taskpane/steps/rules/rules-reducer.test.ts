import type { RuleCondition, RuleGroup } from "../../../../src/core/model/document";
import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import { isRulesAction, rulesReducer } from "../../../../src/taskpane/steps/rules/rules-reducer";

/** The rules step's slice: the series the rules read and the rule tree, edited by path. */
const doc = unprofitableAccountAgent();
const condition: RuleCondition = {
  kind: "compare",
  measure: "MarginVariance",
  operator: ">",
  value: 0.05,
};

test("claims the rules step's actions only", () => {
  expect(isRulesAction({ type: "replaceRuleNode" })).toBe(true);
  expect(isRulesAction({ type: "setDetectionSeries" })).toBe(true);
  expect(isRulesAction({ type: "addImpact" })).toBe(false);
});

test("the series the rules run on", () => {
  const next = rulesReducer(doc, { type: "setDetectionSeries", series: "Series1" });
  expect(next.detection.series).toBe("Series1");
  expect(next.detection.rule).toBe(doc.detection.rule);
});

test("a condition added to the root group, replaced, then removed", () => {
  const root: RuleGroup = { kind: "group", combine: "and", children: [] };
  const start = rulesReducer(doc, { type: "replaceRuleNode", path: [], node: root });
  expect(start.detection.rule).toEqual(root);
  const added = rulesReducer(start, { type: "addRuleNode", groupPath: [], node: condition });
  expect((added.detection.rule as RuleGroup).children).toEqual([condition]);
  const changed = { ...condition, value: 0.1 };
  const replaced = rulesReducer(added, { type: "replaceRuleNode", path: [0], node: changed });
  expect((replaced.detection.rule as RuleGroup).children).toEqual([changed]);
  const removed = rulesReducer(replaced, { type: "removeRuleNode", path: [0] });
  expect((removed.detection.rule as RuleGroup).children).toEqual([]);
});
