import type { AggregateMeasure } from "../../model/document";
import { fieldKey } from "../../model/fields";
import type { DictionaryColumn } from "../../model/transactions";
import { sumValues, type GroupSums } from "./aggregate";
import type { GroupIndex } from "./group-index";

/** A series' groups over a selection of lines, with the exact sums it made over those lines. */
export interface SummedGroups {
  readonly groups: GroupIndex;
  /** By field key: sums over every line of the selection (no own window). */
  readonly sums: ReadonlyMap<string, GroupSums>;
}

/** A series computed from a finer one: its groups, and each aggregate measure's values. */
export interface RolledUp {
  readonly groups: GroupIndex;
  readonly aggregate: (measure: AggregateMeasure) => (number | null)[];
}

/** Keeps a sum for its field; sums with the rows counted serve an average too. */
export function recordSums(sums: Map<string, GroupSums>, field: string, made: GroupSums): void {
  const key = fieldKey(field);
  if (!sums.get(key)?.rowCounts) sums.set(key, made);
}

/**
 * issue 14: a series over the same lines as an earlier one, grouped by some of its levels (by
 * segment after by account, name and segment), adds up that series' groups: each of its groups
 * is a union of the finer groups, numbered in the same order of first appearance (a coarse
 * group's first line is the first line of its first finer group). Only sums and averages of
 * fields the finer series summed, added up exactly (ExactSums.rolledUp); null when a measure
 * is anything else, so the series reads its lines as before.
 */
export function rollUp(
  finer: readonly SummedGroups[],
  levels: readonly DictionaryColumn[],
  measures: readonly AggregateMeasure[]
): RolledUp | null {
  for (const source of finer) {
    const found = measures.map((m) => sumsOf(source, m));
    if (found.some((s) => s === null)) continue;
    const coarse = coarseGroups(source.groups, levels);
    if (coarse === null) continue;
    const rolled = found.map((s) => rolledSums(s!, coarse.into, coarse.index.groupCount));
    if (rolled.some((s) => s === null)) continue;
    return {
      groups: coarse.index,
      aggregate: (measure) => sumValues(rolled[measures.indexOf(measure)]!),
    };
  }
  return null;
}

function sumsOf(source: SummedGroups, measure: AggregateMeasure): GroupSums | null {
  if (measure.aggregation !== "sum" && measure.aggregation !== "average") return null;
  const sums = source.sums.get(fieldKey(measure.field));
  if (!sums) return null;
  if (measure.aggregation === "sum") return { sums: sums.sums, rowCounts: null };
  return sums.rowCounts ? sums : null;
}

function rolledSums(finer: GroupSums, into: Int32Array, groupCount: number): GroupSums | null {
  const sums = finer.sums.rolledUp(into, groupCount);
  if (sums === null) return null;
  const counts = finer.rowCounts;
  if (counts === null) return { sums, rowCounts: null };
  const rowCounts = new Float64Array(groupCount);
  for (let g = 0; g < counts.length; g++) rowCounts[into[g]] += counts[g];
  return { sums, rowCounts };
}

/**
 * The coarse group of each finer group, keyed by the codes of the coarse levels (each one of the
 * finer series' levels); null when a level is not one of them or a code is not a dictionary code.
 */
function coarseGroups(
  fine: GroupIndex,
  levels: readonly DictionaryColumn[]
): { readonly into: Int32Array; readonly index: GroupIndex } | null {
  const codes = levels.map((level) => fine.levelCodes[fine.levels.indexOf(level)]);
  if (codes.some((c) => c === undefined)) return null;
  const sizes = levels.map((level) => Math.max(1, level.values.length));
  if (sizes.reduce((a, b) => a * b, 1) >= Number.MAX_SAFE_INTEGER) return null;
  const into = new Int32Array(fine.groupCount);
  const groupOfKey = new Map<number, number>();
  const firstFine: number[] = [];
  for (let g = 0; g < fine.groupCount; g++) {
    let key = 0;
    for (let l = 0; l < codes.length; l++) {
      const code = codes[l][g];
      if (!(code >= 0 && code < sizes[l])) return null;
      key = key * sizes[l] + code;
    }
    let group = groupOfKey.get(key);
    if (group === undefined) {
      group = firstFine.push(g) - 1;
      groupOfKey.set(key, group);
    }
    into[g] = group;
  }
  let groupOfRow: Int32Array | null = null;
  const index: GroupIndex = {
    levels,
    groupCount: firstFine.length,
    levelCodes: codes.map((c) => Int32Array.from(firstFine, (g) => c[g])),
    byFirstCode: null,
    get groupOfRow(): Int32Array {
      groupOfRow ??= fine.groupOfRow.map((g) => (g < 0 ? -1 : into[g]));
      return groupOfRow;
    },
  };
  return { into, index };
}
