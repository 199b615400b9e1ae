import type { RuleCondition, RuleNode } from "../../model/document";

/** A rule as a finance user reads it: `MarginVariance > 0.02`, `RevenueRank between 0.3 and 0.9`. */
export function describeCondition(condition: RuleCondition): string {
  switch (condition.kind) {
    case "compare":
      return `${condition.measure} ${condition.operator} ${literal(condition.value)}`;
    case "between":
      return `${condition.measure} between ${condition.low} and ${condition.high}`;
    case "in":
      return `${condition.measure} ${condition.negate ? "not in" : "in"} (${condition.values.map(literal).join(", ")})`;
    case "expression":
      return condition.expression;
  }
}

export function describeRule(node: RuleNode): string {
  if (node.kind !== "group") return describeCondition(node);
  const parts = node.children.map((child) =>
    child.kind === "group" ? `(${describeRule(child)})` : describeRule(child)
  );
  return parts.join(node.combine === "and" ? " AND " : " OR ");
}

/** The label shown for a condition met: the user's own label, else the condition itself. */
export function conditionLabel(condition: RuleCondition): string {
  return condition.label?.trim() ? condition.label : describeCondition(condition);
}

export function literal(value: number | string): string {
  return typeof value === "number" ? String(value) : `"${value.replace(/"/g, '""')}"`;
}
