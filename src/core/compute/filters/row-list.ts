/**
 * The rows of a row mask (`mask[r] === 1`) as a list of row numbers, in row order. Grouping and
 * every aggregate of a series visit only the rows the series takes (a 12-month window of 18
 * months of lines is two thirds of them); one pass builds the list, then each of those loops
 * skips no row. Cached by mask, so the series and measures that share a selection share its list;
 * masks are never changed once a selection is made (compute/filters/row-mask.ts). Tested
 * branches, not a branch-free sum of the mask: lines come in date order, so a window's rows are
 * runs and the branch is predicted; adding the mask was 3x faster on rows in random order but
 * slower on the benchmark's date-ordered lines (docs/decisions.md, engine16).
 */
const LISTS = new WeakMap<Uint8Array, Int32Array>();

export function rowList(mask: Uint8Array): Int32Array {
  const known = LISTS.get(mask);
  if (known) return known;
  let count = 0;
  for (let r = 0; r < mask.length; r++) if (mask[r] === 1) count++;
  const list = new Int32Array(count);
  let i = 0;
  for (let r = 0; r < mask.length && i < count; r++) if (mask[r] === 1) list[i++] = r;
  LISTS.set(mask, list);
  return list;
}
