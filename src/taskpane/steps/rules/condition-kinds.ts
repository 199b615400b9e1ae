/**
 * The rule builder's operator list mixes the document's condition kinds (compare, between, in,
 * formula); switching operator converts the condition, keeping its measure, label and value.
 */
import type { ComparisonOperator, RuleCondition } from "../../../core/model/document";
import { conditionFormula } from "../../../core/agent/check";

export type OperatorChoice = ComparisonOperator | "between" | "in" | "notIn" | "formula";

export const OPERATOR_TEXT: Record<OperatorChoice, string> = {
  "<": "<  less than",
  "<=": "≤  at most",
  ">": ">  greater than",
  ">=": "≥  at least",
  "=": "=  equals",
  "<>": "≠  differs from",
  between: "between",
  in: "is one of",
  notIn: "is not one of",
  formula: "formula",
};

/** What the closed operator box shows: the symbol alone where there is one, so it fits beside the measure. */
export const OPERATOR_SHORT: Record<OperatorChoice, string> = {
  "<": "<",
  "<=": "≤",
  ">": ">",
  ">=": "≥",
  "=": "=",
  "<>": "≠",
  between: "between",
  in: "is one of",
  notIn: "not one of",
  formula: "formula",
};

export const OPERATOR_CHOICES = Object.keys(OPERATOR_TEXT) as OperatorChoice[];

export function operatorOf(condition: RuleCondition): OperatorChoice {
  switch (condition.kind) {
    case "compare":
      return condition.operator;
    case "between":
      return "between";
    case "in":
      return condition.negate ? "notIn" : "in";
    case "expression":
      return "formula";
  }
}

function firstValue(condition: RuleCondition): number | string {
  switch (condition.kind) {
    case "compare":
      return condition.value;
    case "between":
      return condition.low;
    case "in":
      return condition.values[0] ?? 0;
    case "expression":
      return 0;
  }
}

export function measureOf(condition: RuleCondition, fallback: string): string {
  return condition.kind === "expression" ? fallback : condition.measure;
}

export function withOperator(
  condition: RuleCondition,
  operator: OperatorChoice,
  fallbackMeasure: string
): RuleCondition {
  const label = condition.label;
  const measure = measureOf(condition, fallbackMeasure);
  const value = firstValue(condition);
  const labelled = <T extends RuleCondition>(c: T): T =>
    label === undefined ? c : { ...c, label };
  switch (operator) {
    case "between": {
      const low = typeof value === "number" ? value : 0;
      return labelled({
        kind: "between",
        measure,
        low,
        high: condition.kind === "between" ? condition.high : low,
      });
    }
    case "in":
    case "notIn": {
      const values = condition.kind === "in" ? condition.values : [value];
      return labelled({
        kind: "in",
        measure,
        values,
        ...(operator === "notIn" ? { negate: true } : {}),
      });
    }
    case "formula":
      return labelled({
        kind: "expression",
        expression:
          condition.kind === "expression" ? condition.expression : conditionFormula(condition),
      });
    default:
      return labelled({ kind: "compare", measure, operator, value });
  }
}
