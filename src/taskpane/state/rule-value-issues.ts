/**
 * A rule compares a number measure with a number (SPEC, "Detection rules"). Text typed there
 * ("three percent") would be compared as text and flag the wrong accounts without a word, so it is
 * a problem of the document as the pane edits it: red beside the value, counted on the Rules
 * step, and the preview and the run wait until it is fixed. Text stays allowed against a group-by
 * level (a segment name).
 */
import type { AgentDocument, RuleCondition } from "../../core/model/document";
import type { DocumentIssue } from "./issues";
import { conditionsOf, rulePathText } from "./rule-tree";
import { detectionMeasures, type MeasureInfo } from "./scope";

function expected(measure: MeasureInfo): string {
  return measure.format === "percent" ? "a percentage such as 2 %" : "a number such as 0.5";
}

function textValues(condition: RuleCondition): { field: string; value: string }[] {
  switch (condition.kind) {
    case "compare":
      return typeof condition.value === "string"
        ? [{ field: "value", value: condition.value }]
        : [];
    case "in":
      return condition.values
        .filter((v): v is string => typeof v === "string")
        .slice(0, 1)
        .map((value) => ({ field: "values", value }));
    default:
      return [];
  }
}

export function ruleValueIssues(doc: AgentDocument): DocumentIssue[] {
  const measures = new Map(detectionMeasures(doc).map((m) => [m.name, m]));
  const issues: DocumentIssue[] = [];
  for (const { condition, path } of conditionsOf(doc.detection.rule)) {
    if (condition.kind === "expression") continue;
    const measure = measures.get(condition.measure);
    if (!measure) continue;
    for (const { field, value } of textValues(condition)) {
      issues.push({
        path: `${rulePathText(path)}.${field}`,
        message: `"${value}" is not a number; ${measure.label?.trim() || measure.name} is a number measure: enter ${expected(measure)}`,
      });
    }
  }
  return issues;
}
