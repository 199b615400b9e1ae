/**
 * Which names a formula or a rule may use where it stands, as the engine resolves them
 * (validate-references.ts): a series measure sees its series' levels and measures; a join measure
 * sees the left series' levels, every measure of both series qualified by series id, the
 * contribution's `Contribution.…` measures when it is on, and the join's measures; a rule sees the measures of the series it runs on.
 */
import type { AgentDocument, MeasureFormat, SeriesDefinition } from "../../core/model/document";
import { contributionScopeNames } from "../../core/agent/check";

export function seriesFormulaNames(series: SeriesDefinition): string[] {
  return [...series.groupBy, ...series.measures.map((m) => m.name)];
}

export function findSeries(doc: AgentDocument, idOrLabel: string): SeriesDefinition | undefined {
  return (
    doc.series.find((s) => s.id === idOrLabel) ?? doc.series.find((s) => s.label === idOrLabel)
  );
}

export function joinFormulaNames(doc: AgentDocument): string[] {
  const left = findSeries(doc, doc.join.left);
  const right = findSeries(doc, doc.join.right);
  const qualified = [left, right].flatMap((s) =>
    s ? [...s.groupBy, ...s.measures.map((m) => m.name)].map((n) => `${s.id}.${n}`) : []
  );
  // With customer profit contribution on, the join also sees Contribution.CPII and the rest.
  const contribution = doc.contribution ? contributionScopeNames() : [];
  return [
    ...(left?.groupBy ?? []),
    ...qualified,
    ...contribution,
    ...doc.join.measures.map((m) => m.name),
  ];
}

export function detectsOnJoin(doc: AgentDocument): boolean {
  return doc.detection.series === doc.join.label || doc.detection.series === "join";
}

export interface MeasureInfo {
  readonly name: string;
  readonly label: string;
  readonly format?: MeasureFormat;
}

/** The measures of the series the rules run on: what conditions and impact lines can name. */
export function detectionMeasures(doc: AgentDocument): MeasureInfo[] {
  if (detectsOnJoin(doc))
    return doc.join.measures.map(({ name, label, format }) => ({ name, label, format }));
  const series = findSeries(doc, doc.detection.series);
  return series ? series.measures.map(({ name, label, format }) => ({ name, label, format })) : [];
}

/** Group-by levels of the series the rules run on (the join keeps its left series' levels). */
export function detectionLevels(doc: AgentDocument): string[] {
  const series = detectsOnJoin(doc)
    ? findSeries(doc, doc.join.left)
    : findSeries(doc, doc.detection.series);
  return series ? [...series.groupBy] : [];
}

/** Names a formula condition may use: the detection series' levels and measures (and the join's inputs). */
export function ruleFormulaNames(doc: AgentDocument): string[] {
  const own = [...detectionLevels(doc), ...detectionMeasures(doc).map((m) => m.name)];
  return [...new Set([...own, ...joinFormulaNames(doc)])];
}

/** Impact lines add up money: measures formatted as money come first in the impact picker. */
export function impactCandidates(doc: AgentDocument): MeasureInfo[] {
  const measures = detectionMeasures(doc);
  return [
    ...measures.filter((m) => m.format === "money"),
    ...measures.filter((m) => m.format !== "money"),
  ];
}
