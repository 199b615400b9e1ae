import type { JoinDefinition, JoinMeasure } from "../../model/document";
import type { Value } from "../../expr/index";
import { referencedNames } from "../../expr/index";
import { AgentInputError } from "../../model/errors";
import { deriveColumn, parseMeasureExpression, type ColumnReader } from "../series/derive";
import { measureReader } from "../series/derive-numbers";
import type { SeriesDimension, SeriesResult } from "../series/compute-series";
import { fieldKey } from "../../model/fields";
import { orderByDependencies } from "../dependency-order";

/**
 * The Join Series (SPEC): each row of the left series (an account) joined to the right series'
 * row with the same values of the mapped dimensions (its segment). A left row with no match
 * keeps blank right-hand measures rather than disappearing.
 */
export interface JoinResult {
  readonly definition: JoinDefinition;
  readonly rowCount: number;
  readonly dimensions: readonly SeriesDimension[];
  readonly measures: ReadonlyMap<string, readonly Value[]>;
  /** Every name a rule may use: dimensions, join measures, and both series' columns qualified by series id. */
  readonly scope: ReadonlyMap<string, ColumnReader>;
  /** Left rows that found no right row, by their join key, for the data-quality report. */
  readonly unmatched: number;
}

/**
 * @param extendScope adds further per-account columns before the join's formulas are read, e.g.
 * the contribution's `Contribution.CPII`.
 */
export function computeJoin(
  definition: JoinDefinition,
  left: SeriesResult,
  right: SeriesResult,
  extendScope?: (scope: Map<string, ColumnReader>, left: SeriesResult) => void
): JoinResult {
  const rightRowOfLeft = matchRows(definition, left, right);
  const scope = new Map<string, ColumnReader>();
  addSeriesColumns(scope, left, (g) => g);
  addSeriesColumns(scope, right, (g) => rightRowOfLeft[g]);
  for (const dimension of left.dimensions) {
    scope.set(dimension.name, (g) => dimension.column.values[dimension.codes[g]]);
  }
  extendScope?.(scope, left);

  const known = [...scope.keys(), ...definition.measures.map((m) => m.name)];
  const where = (m: JoinMeasure) => `Join "${definition.label}", measure "${m.name}"`;
  const parsed = new Map(
    definition.measures.map((m) => [m.name, parseMeasureExpression(m.expression, known, where(m))])
  );
  const ordered = orderByDependencies(
    definition.measures,
    (m) => referencedNames(parsed.get(m.name)!),
    `Join "${definition.label}"`
  );

  const measures = new Map<string, readonly Value[]>();
  for (const measure of ordered) {
    const values = deriveColumn(parsed.get(measure.name)!, scope, left.groupCount);
    measures.set(measure.name, values);
    scope.set(measure.name, measureReader(values));
  }
  let unmatched = 0;
  for (const r of rightRowOfLeft) if (r < 0) unmatched++;
  // Computed in dependency order, shown in the document's (docs/decisions.md, "Join measure order").
  const listed = new Map(definition.measures.map((m) => [m.name, measures.get(m.name)!]));
  return {
    definition,
    rowCount: left.groupCount,
    dimensions: left.dimensions,
    measures: listed,
    scope,
    unmatched,
  };
}

function addSeriesColumns(
  scope: Map<string, ColumnReader>,
  series: SeriesResult,
  rowOf: (g: number) => number
): void {
  const id = series.definition.id;
  for (const dimension of series.dimensions) {
    scope.set(`${id}.${dimension.name}`, (g) => {
      const r = rowOf(g);
      return r < 0 ? null : dimension.column.values[dimension.codes[r]];
    });
  }
  for (const [name, values] of series.measures) {
    scope.set(`${id}.${name}`, (g) => {
      const r = rowOf(g);
      return r < 0 ? null : values[r];
    });
  }
}

/** For each left row, the index of its right row, or -1. */
function matchRows(
  definition: JoinDefinition,
  left: SeriesResult,
  right: SeriesResult
): Int32Array {
  const dimensionOf = (series: SeriesResult, name: string): SeriesDimension => {
    const found = series.dimensions.find((d) => fieldKey(d.name) === fieldKey(name));
    if (!found) {
      throw new AgentInputError(
        `Join "${definition.label}": "${name}" is not a group-by level of series "${series.definition.label}" (levels: ${series.dimensions.map((d) => d.name).join(", ")}).`
      );
    }
    return found;
  };
  const leftDims = definition.on.map((pair) => dimensionOf(left, pair.left));
  const rightDims = definition.on.map((pair) => dimensionOf(right, pair.right));
  const keyOf = (dims: readonly SeriesDimension[], g: number) =>
    dims.map((d) => d.column.values[d.codes[g]].toLowerCase()).join("\u0000");

  const rightByKey = new Map<string, number>();
  for (let g = 0; g < right.groupCount; g++) {
    const key = keyOf(rightDims, g);
    if (!rightByKey.has(key)) rightByKey.set(key, g);
  }
  const out = new Int32Array(left.groupCount);
  for (let g = 0; g < left.groupCount; g++) out[g] = rightByKey.get(keyOf(leftDims, g)) ?? -1;
  return out;
}
