import type { SeriesDefinition, SeriesMeasure } from "../../model/document";
import type { SubtotalLevel } from "../../model/result";
import { newResultRow, type ResultRow } from "../../model/result-row";
import type { TransactionTable } from "../../model/transactions";
import { referencedNames } from "../../expr/index";
import { parseMeasureExpression } from "./derive";
import { computeSeries, type SeriesContext, type SeriesResult } from "./compute-series";

/**
 * Subtotal rows of a series shown as an outline (SeriesDefinition.subtotals), one list per outer
 * level: the series computed again grouped by the first k levels, over the lines its detail rows
 * took (those of groups a measure filter dropped left out). Every aggregate and formula is thus
 * the subtotal's own (a margin % is profit over revenue of the subtotal, not a sum of ratios); a
 * percent rank, and a formula using one, is blank: it ranks accounts, not subtotals.
 */
export function seriesSubtotals(
  table: TransactionTable,
  results: readonly SeriesResult[],
  context: SeriesContext
): Record<string, readonly SubtotalLevel[]> | undefined {
  const outlined = results.filter((s) => s.definition.subtotals && s.dimensions.length > 1);
  if (outlined.length === 0) return undefined;
  return Object.fromEntries(
    outlined.map((s) => [s.definition.label, subtotalLevels(table, s, context)])
  );
}

function subtotalLevels(
  table: TransactionTable,
  detail: SeriesResult,
  context: SeriesContext
): SubtotalLevel[] {
  const { definition } = detail;
  const blank = rankDependent(definition);
  const levels: SubtotalLevel[] = [];
  for (let k = 1; k < definition.groupBy.length; k++) {
    const prefix: SeriesDefinition = {
      ...definition,
      groupBy: definition.groupBy.slice(0, k),
      filters: { ...definition.filters, measures: [] },
    };
    const result = computeSeries(table, prefix, {
      anchorSerial: context.anchorSerial,
      deductRebateFromMargin: context.deductRebateFromMargin,
      ...(detail.keptLines ? { lineMask: detail.keptLines } : {}),
    });
    const rows: ResultRow[] = [];
    for (let g = 0; g < result.groupCount; g++) {
      const row = newResultRow();
      for (const d of result.dimensions) row[d.name] = d.column.values[d.codes[g]];
      for (const [name, values] of result.measures) {
        const value = values[g];
        row[name] = blank.has(name) ? null : resultValue(value);
      }
      rows.push(row);
    }
    levels.push({ levels: result.dimensions.map((d) => d.name), rows });
  }
  return levels;
}

function resultValue(value: unknown): number | string | null {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return typeof value === "string" ? value : null;
}

/** Percent ranks and the formulas that use one, directly or through another formula. */
export function rankDependent(definition: SeriesDefinition): Set<string> {
  const names = definition.measures.map((m) => m.name);
  const uses = new Map<string, readonly string[]>(
    definition.measures.map((m: SeriesMeasure) => [
      m.name,
      m.kind === "expression"
        ? referencedNames(parseMeasureExpression(m.expression, names, m.name))
        : [],
    ])
  );
  const blank = new Set(
    definition.measures.filter((m) => m.kind === "percentRank").map((m) => m.name)
  );
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, used] of uses)
      if (!blank.has(name) && used.some((u) => blank.has(u))) {
        blank.add(name);
        changed = true;
      }
  }
  return blank;
}
