import type { AggregateMeasure, MeasureFilter, SeriesDefinition } from "../../model/document";
import { AgentInputError } from "../../model/errors";
import { meetsCondition } from "../filters/number-condition";
import type { GroupIndex } from "./group-index";

/** The groups a series keeps after its measure filters, and how many of its rows they left out. */
export interface FilteredGroups {
  readonly groups: GroupIndex;
  readonly rowsLeftOut: number;
}

/**
 * Measure filters keep the groups whose aggregate meets every condition (SQL's HAVING): tested
 * after aggregation, before formula measures and percent ranks, which are then computed over the
 * groups kept only (so RevenueRank ranks the accounts the series shows). `aggregateOf` computes an
 * aggregate measure over the given groups.
 */
export function applyMeasureFilters(
  definition: SeriesDefinition,
  groups: GroupIndex,
  rows: Uint8Array,
  aggregateOf: (measure: AggregateMeasure, groups: GroupIndex) => readonly (number | null)[]
): FilteredGroups {
  const filters = definition.filters.measures ?? [];
  if (filters.length === 0) return { groups, rowsLeftOut: 0 };
  const keep = new Uint8Array(groups.groupCount).fill(1);
  for (const filter of filters) {
    const values = aggregateOf(filteredMeasure(definition, filter), groups);
    for (let g = 0; g < keep.length; g++) if (!meetsCondition(values[g], filter)) keep[g] = 0;
  }
  const kept = keepGroups(groups, keep);
  let rowsLeftOut = 0;
  for (let r = 0; r < rows.length; r++) if (rows[r] === 1 && kept.groupOfRow[r] < 0) rowsLeftOut++;
  return { groups: kept, rowsLeftOut };
}

export function filteredMeasure(
  definition: SeriesDefinition,
  filter: MeasureFilter
): AggregateMeasure {
  const measure = definition.measures.find((m) => m.name === filter.measure);
  if (!measure || measure.kind !== "aggregate")
    throw new AgentInputError(
      `Series "${definition.label}": a measure filter must name an aggregate measure of the series, found "${filter.measure}".`
    );
  return measure;
}

/** The group index restricted to the kept groups, renumbered in their first-appearance order. */
function keepGroups(groups: GroupIndex, keep: Uint8Array): GroupIndex {
  const newIndex = new Int32Array(groups.groupCount).fill(-1);
  let count = 0;
  for (let g = 0; g < keep.length; g++) if (keep[g] === 1) newIndex[g] = count++;
  const levelCodes = groups.levelCodes.map((codes) => {
    const out = new Int32Array(count);
    for (let g = 0; g < codes.length; g++) if (newIndex[g] >= 0) out[newIndex[g]] = codes[g];
    return out;
  });
  const groupOfRow = groups.groupOfRow.map((g) => (g < 0 ? -1 : newIndex[g]));
  return { levels: groups.levels, groupCount: count, levelCodes, groupOfRow, byFirstCode: null };
}
