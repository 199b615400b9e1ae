/**
 * Names the compiler gives its own CTEs and helper columns. They are fixed words, never from the
 * document or the data (those are always quoted by the dialect), so they cannot clash with SQL.
 */
import type { AgentDocument } from "../../model/document";
import { fieldKey } from "../../model/fields";
import { MONEY_FIELDS, TEXT_FIELDS } from "../../model/transactions";

export const LINES = "lines";

/** CTE names of series number `index` (0-based), its measure layers and its final table. */
export const seriesCte = (index: number, layer?: number) =>
  layer === undefined ? `series${index + 1}` : `series${index + 1}_step${layer}`;

export const JOIN_RIGHT = "join_right";
export const JOIN_BASE = "join_base";
export const joinCte = (layer?: number) => (layer === undefined ? "joined" : `join_step${layer}`);
export const CONDITIONS = "conditions";
export const FLAGGED = "flagged";
export const ACTION_GROUPS = "action_groups";

/** Helper columns: a condition's result, and the join's de-duplicating row number. */
export const metColumn = (index: number) => `met${index + 1}`;
export const MATCH_ORDER = "match_order";

/** Columns beyond the known fields that the document uses (as the engine reads them). */
export function usedExtraColumns(doc: AgentDocument): {
  dimensions: string[];
  numbers: string[];
} {
  const known = new Set([...TEXT_FIELDS, ...MONEY_FIELDS, "PricingDate"].map(fieldKey));
  const dimensions = new Set<string>();
  const numbers = new Set<string>();
  for (const series of doc.series) {
    for (const level of series.groupBy) dimensions.add(level);
    for (const filter of series.filters.dimensions) dimensions.add(filter.field);
    for (const m of series.measures) if (m.kind === "aggregate") numbers.add(m.field);
  }
  dimensions.add(doc.action.groupBy);
  const unknown = (names: Set<string>) => [...names].filter((n) => !known.has(fieldKey(n)));
  const dimensionList = unknown(dimensions);
  // A label used both ways is a text level, as the engine keeps it.
  return {
    dimensions: dimensionList,
    numbers: unknown(numbers).filter((n) => !dimensionList.includes(n)),
  };
}
