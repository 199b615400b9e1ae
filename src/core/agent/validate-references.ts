import { ExpressionError, parseExpression, resolveNames } from "../expr";
import { contributionScopeNames } from "../compute/contribution/join-scope";
import { conditionFormula } from "../compute/rules/evaluate-rules";
import type { Checker } from "./checker";
import { checkRuleTypes } from "./rule-types";
import type {
  AgentDocument,
  JoinMeasure,
  RuleNode,
  SeriesDefinition,
  SeriesMeasure,
} from "../model/document";
import { checkImpactMeasures } from "./validate-impact";
import { checkMeasureFilterReferences } from "./validate-filters";

/**
 * The references between a structurally sound document's parts: series ids, measure names and
 * formulas resolve, so mistakes surface when the user edits the agent, not halfway through a run.
 * Field names are checked against the sheet at run time, when its headers are known.
 */
export function checkReferences(c: Checker, doc: AgentDocument): void {
  checkUnique(
    c,
    doc.series.map((s) => s.id),
    (i) => `series[${i}].id`,
    "series id"
  );
  checkUnique(
    c,
    doc.series.map((s) => s.label),
    (i) => `series[${i}].label`,
    "series label"
  );
  doc.series.forEach((s, i) => checkSeriesReferences(c, s, `series[${i}]`));

  const seriesById = new Map(doc.series.map((s) => [s.id, s]));
  const left = seriesById.get(doc.join.left);
  const right = seriesById.get(doc.join.right);
  const ids = doc.series.map((s) => s.id).join(", ");
  if (!left)
    c.report(
      "join.left",
      `refers to series "${doc.join.left}", which is not defined (series ids: ${ids})`
    );
  if (!right)
    c.report(
      "join.right",
      `refers to series "${doc.join.right}", which is not defined (series ids: ${ids})`
    );
  if (!left || !right) return;
  doc.join.on.forEach((pair, i) => {
    if (!left.groupBy.includes(pair.left))
      c.report(
        `join.on[${i}].left`,
        `"${pair.left}" is not a group-by level of ${left.id} (${left.groupBy.join(", ")})`
      );
    if (!right.groupBy.includes(pair.right))
      c.report(
        `join.on[${i}].right`,
        `"${pair.right}" is not a group-by level of ${right.id} (${right.groupBy.join(", ")})`
      );
  });

  const qualified = [left, right].flatMap((s) =>
    [...s.groupBy, ...s.measures.map((m) => m.name)].map((n) => `${s.id}.${n}`)
  );
  const contribution = doc.contribution ? contributionScopeNames() : [];
  const joinNames = [
    ...left.groupBy,
    ...qualified,
    ...contribution,
    ...doc.join.measures.map((m) => m.name),
  ];
  checkUnique(
    c,
    doc.join.measures.map((m) => m.name),
    (i) => `join.measures[${i}].name`,
    "join measure name"
  );
  doc.join.measures.forEach((m, i) =>
    checkFormula(c, m.expression, joinNames, `join.measures[${i}].expression`)
  );

  const target = detectionNames(doc, joinNames);
  if (!target) {
    c.report(
      "detection.series",
      `must be the join's label "${doc.join.label}" or a series id (${ids}), found "${doc.detection.series}"`
    );
    return;
  }
  const issuesBefore = c.issues.length;
  checkRuleReferences(c, doc.detection.rule, target.names, "detection.rule");
  if (c.issues.length === issuesBefore) checkRuleTypes(c, doc);
  const measures = target.measures;
  checkUnique(
    c,
    doc.impact.map((m) => m.measure),
    (i) => `impact[${i}].measure`,
    "impact measure"
  );
  doc.impact.forEach((m, i) => {
    if (!measures.includes(m.measure))
      c.report(
        `impact[${i}].measure`,
        `"${m.measure}" is not a measure of the detection series (${measures.join(", ")})`
      );
  });
  checkImpactMeasures(c, doc, target.byName);
  if (!target.dimensions.includes(doc.action.groupBy)) {
    c.report(
      "action.groupBy",
      `"${doc.action.groupBy}" is not a group-by level of the detection series (${target.dimensions.join(", ")})`
    );
  }
}

function checkSeriesReferences(c: Checker, series: SeriesDefinition, path: string): void {
  const names = series.measures.map((m) => m.name);
  checkUnique(c, names, (i) => `${path}.measures[${i}].name`, "measure name");
  series.measures.forEach((m, i) => {
    if (series.groupBy.includes(m.name))
      c.report(
        `${path}.measures[${i}].name`,
        `"${m.name}" is also a group-by level; give the measure another name`
      );
  });
  checkMeasureFilterReferences(c, series, path);
  const known = [...series.groupBy, ...names];
  series.measures.forEach((m, i) => {
    const at = `${path}.measures[${i}]`;
    if (m.kind === "expression") checkFormula(c, m.expression, known, `${at}.expression`);
    if (m.kind === "percentRank" && (!names.includes(m.of) || m.of === m.name)) {
      c.report(
        `${at}.of`,
        `must name another measure of this series (${names.filter((n) => n !== m.name).join(", ")}), found "${m.of}"`
      );
    }
  });
}

function detectionNames(
  doc: AgentDocument,
  joinNames: readonly string[]
): {
  names: string[];
  measures: string[];
  byName: Map<string, SeriesMeasure | JoinMeasure>;
  dimensions: string[];
} | null {
  const left = doc.series.find((s) => s.id === doc.join.left)!;
  if (doc.detection.series === doc.join.label) {
    return {
      names: [...joinNames],
      measures: doc.join.measures.map((m) => m.name),
      byName: new Map(doc.join.measures.map((m) => [m.name, m])),
      dimensions: [...left.groupBy],
    };
  }
  const series = doc.series.find(
    (s) => s.id === doc.detection.series || s.label === doc.detection.series
  );
  if (!series) return null;
  const measures = series.measures.map((m) => m.name);
  return {
    names: [...series.groupBy, ...measures, ...joinNames],
    measures,
    byName: new Map(series.measures.map((m) => [m.name, m])),
    dimensions: [...series.groupBy],
  };
}

function checkRuleReferences(
  c: Checker,
  rule: RuleNode,
  known: readonly string[],
  path: string
): void {
  if (rule.kind === "group") {
    rule.children.forEach((child, i) =>
      checkRuleReferences(c, child, known, `${path}.children[${i}]`)
    );
    return;
  }
  checkFormula(
    c,
    conditionFormula(rule),
    known,
    rule.kind === "expression" ? `${path}.expression` : `${path}.measure`
  );
}

function checkFormula(c: Checker, text: string, known: readonly string[], path: string): void {
  try {
    resolveNames(parseExpression(text), known);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    c.report(path, error.message);
  }
}

function checkUnique(
  c: Checker,
  values: readonly string[],
  pathOf: (i: number) => string,
  what: string
): void {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    const key = v.toLowerCase();
    if (seen.has(key)) c.report(pathOf(i), `repeats the ${what} "${v}"; each must be different`);
    seen.add(key);
  });
}
