import type { DictionaryColumn } from "../../model/transactions";

/**
 * Groups of rows sharing the same values of the group-by levels. Groups are numbered in order of
 * first appearance. The common case, where the first level decides the others (a customer id has
 * one name and one segment), costs one typed-array lookup per row; other rows fall back to a map
 * keyed by the combined codes.
 */
export interface GroupIndex {
  readonly levels: readonly DictionaryColumn[];
  readonly groupCount: number;
  /** levelCodes[level][group] = the dictionary code of that level's value for the group. */
  readonly levelCodes: readonly Int32Array[];
  /** Group of each row, or -1 for rows no group takes. */
  readonly groupOfRow: Int32Array;
}

export function buildGroupIndex(
  levels: readonly DictionaryColumn[],
  rows: Uint8Array,
  extraRows?: Uint8Array
): GroupIndex {
  const keyer = new GroupKeyer(levels);
  const n = rows.length;
  const groupOfRow = new Int32Array(n);
  for (let r = 0; r < n; r++) groupOfRow[r] = rows[r] === 1 ? keyer.find(r, true) : -1;
  if (extraRows) {
    for (let r = 0; r < n; r++)
      if (extraRows[r] === 1 && rows[r] === 0) groupOfRow[r] = keyer.find(r, false);
  }
  return { levels, groupCount: keyer.count, levelCodes: keyer.codes(), groupOfRow };
}

class GroupKeyer {
  count = 0;
  private readonly firstLevelGroup: Int32Array;
  private levelCodesGrowing: Int32Array[];
  private readonly fallback = new Map<number | string, number>();
  private readonly radix: number[] | null;
  /** Each level's codes by row, read once: find() runs for every row. */
  private readonly rowCodes: readonly Int32Array[];

  constructor(private readonly levels: readonly DictionaryColumn[]) {
    this.rowCodes = levels.map((level) => level.codes);
    this.firstLevelGroup = new Int32Array(levels.length > 0 ? levels[0].values.length : 1).fill(-1);
    this.levelCodesGrowing = levels.map(() => new Int32Array(1024));
    this.radix = numericRadix(levels);
  }

  find(row: number, create: boolean): number {
    const levels = this.levels;
    if (levels.length === 0) return this.findNoLevels(create);
    const first = this.rowCodes[0][row];
    const candidate = this.firstLevelGroup[first];
    if (candidate >= 0 && this.sameKey(candidate, row)) return candidate;
    const key = this.compositeKey(row);
    const known = this.fallback.get(key);
    if (known !== undefined) return known;
    if (!create) return -1;
    const group = this.add(row);
    this.fallback.set(key, group);
    if (candidate < 0) this.firstLevelGroup[first] = group;
    return group;
  }

  private findNoLevels(create: boolean): number {
    if (this.count === 0 && create) this.count = 1;
    return this.count === 1 ? 0 : -1;
  }

  private sameKey(group: number, row: number): boolean {
    const rowCodes = this.rowCodes;
    const groupCodes = this.levelCodesGrowing;
    for (let l = 1; l < rowCodes.length; l++) {
      if (groupCodes[l][group] !== rowCodes[l][row]) return false;
    }
    return true;
  }

  private compositeKey(row: number): number | string {
    const radix = this.radix;
    if (radix) {
      let key = 0;
      for (let l = 0; l < this.levels.length; l++) key = key * radix[l] + this.levels[l].codes[row];
      return key;
    }
    let text = "";
    for (let l = 0; l < this.levels.length; l++) text += this.levels[l].codes[row] + ",";
    return text;
  }

  private add(row: number): number {
    const group = this.count++;
    if (group >= this.levelCodesGrowing[0].length) {
      this.levelCodesGrowing = this.levelCodesGrowing.map((codes) => {
        const bigger = new Int32Array(codes.length * 2);
        bigger.set(codes);
        return bigger;
      });
    }
    for (let l = 0; l < this.levels.length; l++)
      this.levelCodesGrowing[l][group] = this.levels[l].codes[row];
    return group;
  }

  codes(): Int32Array[] {
    return this.levelCodesGrowing.map((codes) => codes.slice(0, this.count));
  }
}

/** Combined codes fit in one number when the product of the levels' cardinalities is safe. */
function numericRadix(levels: readonly DictionaryColumn[]): number[] | null {
  let product = 1;
  const radix: number[] = [];
  for (const level of levels) {
    const size = Math.max(1, level.values.length);
    product *= size;
    radix.push(size);
  }
  return product < Number.MAX_SAFE_INTEGER ? radix : null;
}
