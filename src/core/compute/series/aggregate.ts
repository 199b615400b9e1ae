import type { Aggregation } from "../../model/document";
import { ExactSums } from "../../model/exact-sums";
import type { NumericSource } from "../../model/fields";

/**
 * One aggregate measure over the rows each group takes. Sums (and so averages) are exact
 * decimal sums; min and max need no rounding care. Groups with no rows get null, except count
 * and sum, which are 0 (an account with no lines in a measure's window had no revenue there).
 */
export function aggregate(
  source: NumericSource,
  aggregation: Aggregation,
  groupOfRow: Int32Array,
  rows: Uint8Array,
  groupCount: number
): (number | null)[] {
  switch (aggregation) {
    case "sum":
      return sums(source, groupOfRow, rows, groupCount, false);
    case "average":
      return sums(source, groupOfRow, rows, groupCount, true);
    case "count":
      return counts(groupOfRow, rows, groupCount);
    case "min":
      return extremes(source, groupOfRow, rows, groupCount, -1);
    case "max":
      return extremes(source, groupOfRow, rows, groupCount, 1);
  }
}

function sums(
  source: NumericSource,
  groupOfRow: Int32Array,
  rows: Uint8Array,
  groupCount: number,
  average: boolean
): (number | null)[] {
  const acc = new ExactSums(groupCount);
  // Rows are counted (for the average) over the first term, as a line has one amount.
  const rowCounts = average ? new Float64Array(groupCount) : null;
  source.terms.forEach((term, t) =>
    acc.addColumn(term.values, term.sign, groupOfRow, rows, t === 0 ? rowCounts : null)
  );
  const out = new Array<number | null>(groupCount);
  for (let g = 0; g < groupCount; g++) {
    const total = acc.total(g);
    out[g] = rowCounts ? (rowCounts[g] > 0 ? total / rowCounts[g] : null) : total;
  }
  return out;
}

function counts(groupOfRow: Int32Array, rows: Uint8Array, groupCount: number): number[] {
  const out = new Array<number>(groupCount).fill(0);
  for (let r = 0; r < rows.length; r++) {
    const g = groupOfRow[r];
    if (rows[r] === 1 && g >= 0) out[g]++;
  }
  return out;
}

function extremes(
  source: NumericSource,
  groupOfRow: Int32Array,
  rows: Uint8Array,
  groupCount: number,
  direction: 1 | -1
): (number | null)[] {
  const best = new Float64Array(groupCount).fill(NaN);
  const [first, ...rest] = source.terms;
  for (let r = 0; r < rows.length; r++) {
    const g = groupOfRow[r];
    if (rows[r] === 0 || g < 0) continue;
    let v = first.values[r] * first.sign;
    for (const term of rest) v += term.values[r] * term.sign;
    if (v !== v) continue;
    const current = best[g];
    if (current !== current || (direction === 1 ? v > current : v < current)) best[g] = v;
  }
  return Array.from(best, (v) => (v === v ? v : null));
}
