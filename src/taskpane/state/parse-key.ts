/**
 * What parsing the source depends on in the agent document: the field mapping, the currency, and
 * the further columns the agent reads (group-by levels, dimension filters, measures over other
 * columns, the action's level, the contribution's driver and deduction columns). Edits to
 * anything else (rules, impact, anchor date, formulas) reuse the parsed table instead of reading
 * the sheet again. The sheet itself is not part of the key: picking another sheet reads it, and a
 * new sheet is always parsed.
 */
import type { AgentDocument } from "../../core/model/document";
import { contributionExtraNumbers } from "../../core/model/contribution-definition";

export function parseKey(doc: AgentDocument): string {
  const columns = new Set<string>();
  for (const series of doc.series) {
    for (const level of series.groupBy) columns.add(`d:${level}`);
    for (const filter of series.filters.dimensions) columns.add(`d:${filter.field}`);
    for (const filter of series.filters.numbers ?? []) columns.add(`n:${filter.field}`);
    for (const measure of series.measures)
      if (measure.kind === "aggregate") columns.add(`n:${measure.field}`);
  }
  columns.add(`d:${doc.action.groupBy}`);
  // The contribution's derived drivers and sales deductions read numeric columns of the sheet too.
  if (doc.contribution)
    for (const column of contributionExtraNumbers(doc.contribution)) columns.add(`n:${column}`);
  const mapping = Object.entries(doc.source.mapping)
    .filter(([, header]) => header !== undefined && header.trim() !== "")
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify({
    mapping,
    dateOrder: doc.source.dateOrder ?? "MDY",
    currency: doc.currency,
    columns: [...columns].sort(),
  });
}
