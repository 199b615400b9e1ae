/**
 * The rows of a row mask (`mask[r] === 1`) as a list of row numbers, in row order. Grouping and
 * every aggregate of a series visit only the rows the series takes (a 12-month window of 18
 * months of lines is two thirds of them); one pass builds the list, then each of those loops
 * skips no row. Cached by mask, so the series and measures that share a selection share its list;
 * masks are never changed once a selection is made (compute/filters/row-mask.ts).
 */
const LISTS = new WeakMap<Uint8Array, Int32Array>();

export function rowList(mask: Uint8Array): Int32Array {
  const known = LISTS.get(mask);
  if (known) return known;
  // A mask holds 0 or 1 (row-mask.ts), so both passes add it instead of testing it: lines in
  // date order or not, which rows a window takes is not predictable, and a mispredicted
  // branch per row cost three times these loops.
  let count = 0;
  for (let r = 0; r < mask.length; r++) count += mask[r];
  // Each row is written at the next free place, which moves on only past rows the mask takes.
  const list = new Int32Array(count + 1);
  let i = 0;
  for (let r = 0; r < mask.length; r++) {
    list[i] = r;
    i += mask[r];
  }
  const rows = list.subarray(0, count);
  LISTS.set(mask, rows);
  return rows;
}
