import type { Aggregation } from "../../model/document";
import { ExactSums } from "../../model/exact-sums";
import type { NumericSource } from "../../model/fields";
import { rowList } from "../filters/row-list";
import type { GroupIndex } from "./group-index";

/** A row's group: `groupOfKey[keys[r]]`, or `keys[r]` itself when groupOfKey is null. */
interface RowGroups {
  readonly keys: Int32Array;
  readonly groupOfKey: Int32Array | null;
}

/** Groups by their first level's code when the index has them so, else the group per row. */
function rowGroups(groups: Pick<GroupIndex, "byFirstCode" | "groupOfRow">): RowGroups {
  const byCode = groups.byFirstCode;
  return byCode
    ? { keys: byCode.codes, groupOfKey: byCode.groupOfCode }
    : { keys: groups.groupOfRow, groupOfKey: null };
}

/**
 * One aggregate measure over the rows each group takes. Sums (and so averages) are exact
 * decimal sums; min and max need no rounding care. Groups with no rows get null, except count
 * and sum, which are 0 (an account with no lines in a measure's window had no revenue there).
 * `rows` must be rows the group index grouped (its rows or extra rows), or rows no group takes.
 */
export function aggregate(
  source: NumericSource,
  aggregation: Aggregation,
  groups: Pick<GroupIndex, "byFirstCode" | "groupOfRow">,
  rows: Uint8Array,
  groupCount: number
): (number | null)[] {
  if (aggregation === "sum" || aggregation === "average")
    return sumValues(groupSums(source, groups, rows, groupCount, aggregation === "average"));
  const groupOfRow = rowGroups(groups);
  switch (aggregation) {
    case "count":
      return counts(groupOfRow, rows, groupCount);
    case "min":
      return extremes(source, groupOfRow, rows, groupCount, -1);
    case "max":
      return extremes(source, groupOfRow, rows, groupCount, 1);
  }
}

/**
 * A sum measure's exact sums per group, with the rows counted per group (over the first term,
 * as a line has one amount) for an average: kept so that a coarser series over the same lines
 * adds up groups instead of lines (roll-up.ts).
 */
export interface GroupSums {
  readonly sums: ExactSums;
  readonly rowCounts: Float64Array | null;
}

export function groupSums(
  source: NumericSource,
  groups: Pick<GroupIndex, "byFirstCode" | "groupOfRow">,
  rows: Uint8Array,
  groupCount: number,
  countRows: boolean
): GroupSums {
  const groupOfRow = rowGroups(groups);
  const sums = new ExactSums(groupCount);
  const list = rowList(rows);
  const rowCounts = countRows ? new Float64Array(groupCount) : null;
  source.terms.forEach((term, t) =>
    sums.addListed(
      term.values,
      term.sign,
      groupOfRow.keys,
      groupOfRow.groupOfKey,
      list,
      t === 0 ? rowCounts : null
    )
  );
  return { sums, rowCounts };
}

/** Each group's sum, or its average (null for a group with no rows) when rows were counted. */
export function sumValues({ sums, rowCounts }: GroupSums): (number | null)[] {
  const out = new Array<number | null>(sums.groups);
  for (let g = 0; g < sums.groups; g++) {
    const total = sums.total(g);
    out[g] = rowCounts ? (rowCounts[g] > 0 ? total / rowCounts[g] : null) : total;
  }
  return out;
}

function counts(groupOfRow: RowGroups, rows: Uint8Array, groupCount: number): number[] {
  const out = new Array<number>(groupCount).fill(0);
  const list = rowList(rows);
  for (let i = 0; i < list.length; i++) {
    const key = groupOfRow.keys[list[i]];
    const g = groupOfRow.groupOfKey === null ? key : groupOfRow.groupOfKey[key];
    if (g >= 0) out[g]++;
  }
  return out;
}

function extremes(
  source: NumericSource,
  groupOfRow: RowGroups,
  rows: Uint8Array,
  groupCount: number,
  direction: 1 | -1
): (number | null)[] {
  const best = new Float64Array(groupCount).fill(NaN);
  const [first, ...rest] = source.terms;
  const list = rowList(rows);
  for (let i = 0; i < list.length; i++) {
    const r = list[i];
    const key = groupOfRow.keys[r];
    const g = groupOfRow.groupOfKey === null ? key : groupOfRow.groupOfKey[key];
    if (g < 0) continue;
    let v = first.values[r] * first.sign;
    for (const term of rest) v += term.values[r] * term.sign;
    if (v !== v) continue;
    const current = best[g];
    if (current !== current || (direction === 1 ? v > current : v < current)) best[g] = v;
  }
  return Array.from(best, (v) => (v === v ? v : null));
}
