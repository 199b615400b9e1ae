/**
 * Subtotals of a series shown as an outline (SeriesDefinition.subtotals), as the engine computes
 * them (compute/series/subtotals.ts): for each outer level k, the series compiled again grouped by
 * its first k levels, without its measure filters, over the lines of the groups its detail rows
 * show when a measure filter dropped some; percent ranks, and formulas using one, blank. The
 * report writes the outline from these rows as after a JavaScript run (report/series-outline.ts).
 */
import type { SeriesDefinition } from "../../model/document";
import { rankDependent } from "../series/subtotals";
import { compileSeries, type CompiledSeries, type SeriesContext } from "./series-sql";
import { subtotalCte } from "./names";

export interface CompiledSubtotal {
  /** The detail series' label. */
  readonly label: string;
  readonly ctes: readonly string[];
  readonly select: string;
}

export function compileSubtotals(
  detail: CompiledSeries,
  index: number,
  context: SeriesContext
): CompiledSubtotal[] {
  const { definition } = detail;
  if (!definition.subtotals || definition.groupBy.length < 2) return [];
  const q = context.dialect.identifier;
  const blank = rankDependent(definition);
  const filtered = (definition.filters.measures ?? []).length > 0;
  return definition.groupBy.slice(1).map((_, i) => {
    const k = i + 1;
    const prefix: SeriesDefinition = {
      ...definition,
      groupBy: definition.groupBy.slice(0, k),
      filters: { ...definition.filters, measures: [] },
    };
    const sub = compileSeries(prefix, index, context, {
      names: (layer) => subtotalCte(index, k, layer),
      ...(filtered ? { keptIn: detail } : {}),
    });
    const columns = [
      ...sub.levels.map(q),
      ...definition.measures.map((m) =>
        blank.has(m.name) ? `CAST(NULL AS ${context.dialect.double}) AS ${q(m.name)}` : q(m.name)
      ),
    ];
    return {
      label: definition.label,
      ctes: [...(filtered ? detail.ctes : []), ...sub.ctes],
      select: `SELECT ${columns.join(", ")}\nFROM ${sub.cte}\nORDER BY ${sub.levels.map(q).join(", ")}`,
    };
  });
}
