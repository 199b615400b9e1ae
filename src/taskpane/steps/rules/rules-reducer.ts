/**
 * The rules step's slice of the agent reducer: which series the rules read and the rule tree
 * (conditions and groups, addressed by their path). Composed by state/agent-reducer.ts.
 */
import type { AgentDocument, RuleNode } from "../../../core/model/document";
import { actionOf } from "../../state/list-edits";
import { appendNode, removeNode, replaceNode, type RulePath } from "../../state/rule-tree";

export type RulesAction =
  | { readonly type: "setDetectionSeries"; readonly series: string }
  | { readonly type: "replaceRuleNode"; readonly path: RulePath; readonly node: RuleNode }
  | { readonly type: "addRuleNode"; readonly groupPath: RulePath; readonly node: RuleNode }
  | { readonly type: "removeRuleNode"; readonly path: RulePath };

export const isRulesAction = actionOf<RulesAction>({
  setDetectionSeries: true,
  replaceRuleNode: true,
  addRuleNode: true,
  removeRuleNode: true,
});

export function rulesReducer(doc: AgentDocument, action: RulesAction): AgentDocument {
  const { detection } = doc;
  switch (action.type) {
    case "setDetectionSeries":
      return { ...doc, detection: { ...detection, series: action.series } };
    case "replaceRuleNode":
      return {
        ...doc,
        detection: { ...detection, rule: replaceNode(detection.rule, action.path, action.node) },
      };
    case "addRuleNode":
      return {
        ...doc,
        detection: {
          ...detection,
          rule: appendNode(detection.rule, action.groupPath, action.node),
        },
      };
    case "removeRuleNode":
      return { ...doc, detection: { ...detection, rule: removeNode(detection.rule, action.path) } };
  }
}
