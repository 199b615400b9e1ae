import type { AgentDocument, JoinMeasure, SeriesMeasure } from "../document";

/**
 * Writing a preset's measures into a document: a measure of the same name is replaced where it
 * stands (so the order the user chose, and every rule or impact line naming it, stay), a new one
 * is added at the end. Names compare as the engine's names do: exactly.
 */
export function withSeriesMeasures(
  doc: AgentDocument,
  seriesId: string,
  measures: readonly SeriesMeasure[]
): AgentDocument {
  const series = doc.series.map((s) =>
    s.id === seriesId || s.label === seriesId ? { ...s, measures: upsert(s.measures, measures) } : s
  );
  return { ...doc, series };
}

export function withJoinMeasures(
  doc: AgentDocument,
  measures: readonly JoinMeasure[]
): AgentDocument {
  return { ...doc, join: { ...doc.join, measures: upsert(doc.join.measures, measures) } };
}

function upsert<T extends { readonly name: string }>(
  existing: readonly T[],
  added: readonly T[]
): T[] {
  const byName = new Map(added.map((m) => [m.name, m]));
  const kept = existing.map((m) => byName.get(m.name) ?? m);
  const names = new Set(existing.map((m) => m.name));
  return [...kept, ...added.filter((m) => !names.has(m.name))];
}

/** The series id a join formula qualifies the left / right series' measures with. */
export function seriesIdOf(doc: AgentDocument, side: "left" | "right"): string {
  const ref = doc.join[side];
  return doc.series.find((s) => s.id === ref || s.label === ref)?.id ?? ref;
}
