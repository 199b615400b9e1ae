/**
 * A rule in a finance user's words, for the rule line and each condition's title: measures by
 * their business labels ("Current Margin %"), percent measures' values in percent ("2 %"), "and"
 * and "or" in lower case. The formula text (describeRule) goes in a tooltip, as the pickers show
 * measure names. A value the document cannot use (text against a number measure, which
 * rule-value-issues.ts reports) is a part marked invalid, so it never reads as a valid comparison.
 */
import type { RuleCondition, RuleNode } from "../../../core/model/document";
import { literal } from "../../../core/agent/check";
import { fieldLabel } from "../../state/field-labels";
import { percentText } from "../../state/inputs";
import type { RulePath } from "../../state/rule-tree";
import type { MeasureInfo } from "../../state/scope";

export interface RulePart {
  readonly text: string;
  /** A value marked red beside its box: said as the error it is. */
  readonly invalid?: boolean;
}

export interface RuleWordsContext {
  readonly measures: readonly MeasureInfo[];
  /** Whether the condition at `path` has a problem in `field` ("value", "values", "low", "high"). */
  invalidAt?(path: RulePath, field: string): boolean;
}

const SYMBOL: Record<string, string> = { "<=": "≤", ">=": "≥", "<>": "≠" };

function conditionParts(
  condition: RuleCondition,
  path: RulePath,
  context: RuleWordsContext
): RulePart[] {
  if (condition.kind === "expression") return [{ text: condition.expression }];
  const measure = context.measures.find((m) => m.name === condition.measure);
  // A group-by level (not a measure) by its field's label: "Customer segment is one of (...)".
  const name = measure?.label?.trim() || fieldLabel(condition.measure);
  const percent = measure?.format === "percent";
  const value = (v: number | string, field: string): RulePart => {
    if (typeof v === "string" && context.invalidAt?.(path, field))
      return { text: `"${v}" (not a number)`, invalid: true };
    return { text: typeof v === "number" && percent ? `${percentText(v)} %` : literal(v) };
  };
  switch (condition.kind) {
    case "compare":
      return [
        { text: `${name} ${SYMBOL[condition.operator] ?? condition.operator} ` },
        value(condition.value, "value"),
      ];
    case "between":
      return [
        { text: `${name} between ` },
        value(condition.low, "low"),
        { text: " and " },
        value(condition.high, "high"),
      ];
    case "in": {
      const invalid = context.invalidAt?.(path, "values") === true;
      const list = condition.values
        .map((v) => (typeof v === "number" && percent ? `${percentText(v)} %` : literal(v)))
        .join(", ");
      return [
        { text: `${name} ${condition.negate ? "is not one of" : "is one of"} ` },
        invalid ? { text: `(${list}) (not all numbers)`, invalid } : { text: `(${list})` },
      ];
    }
  }
}

/** The rule's parts; a nested group in brackets. */
export function ruleParts(
  node: RuleNode,
  context: RuleWordsContext,
  path: RulePath = []
): RulePart[] {
  if (node.kind !== "group") return conditionParts(node, path, context);
  const parts: RulePart[] = [];
  node.children.forEach((child, i) => {
    if (i > 0) parts.push({ text: node.combine === "and" ? " and " : " or " });
    const inner = ruleParts(child, context, [...path, i]);
    if (child.kind === "group") parts.push({ text: "(" }, ...inner, { text: ")" });
    else parts.push(...inner);
  });
  return parts;
}

export function ruleWords(node: RuleNode, context: RuleWordsContext, path: RulePath = []): string {
  return ruleParts(node, context, path)
    .map((p) => p.text)
    .join("");
}
