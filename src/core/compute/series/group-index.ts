import type { DictionaryColumn } from "../../model/transactions";
import { rowList } from "../filters/row-list";

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
  /** Group of each row, or -1 for rows no group takes (built on first read when byFirstCode is set). */
  readonly groupOfRow: Int32Array;
  /**
   * Set when every row the index covers takes the group of its first level's code: a row's group
   * is then `groupOfCode[codes[r]]` for the rows grouped (the rows given and the extra rows), and
   * aggregates over those rows read it instead of a group per row.
   */
  readonly byFirstCode: FirstCodeGroups | null;
}

export interface FirstCodeGroups {
  readonly codes: Int32Array;
  readonly groupOfCode: Int32Array;
}

export function buildGroupIndex(
  levels: readonly DictionaryColumn[],
  rows: Uint8Array,
  extraRows?: Uint8Array
): GroupIndex {
  const list = rowList(rows);
  if (levels.length > 0) {
    const keyer = new GroupKeyer(levels);
    if (groupByFirstCode(keyer, levels, list, rows, extraRows))
      return firstCodeIndex(keyer, levels, rows, extraRows);
  }
  const keyer = new GroupKeyer(levels);
  const n = rows.length;
  const groupOfRow = new Int32Array(n).fill(-1);
  for (let i = 0; i < list.length; i++) groupOfRow[list[i]] = keyer.find(list[i], true);
  if (extraRows) {
    for (let r = 0; r < n; r++)
      if (extraRows[r] === 1 && rows[r] === 0) groupOfRow[r] = keyer.find(r, false);
  }
  return {
    levels,
    groupCount: keyer.count,
    levelCodes: keyer.codes(),
    groupOfRow,
    byFirstCode: null,
  };
}

/**
 * Groups the rows by their first level's code, where the first level decides the others (a
 * customer id has one name and one segment): a row whose first code has no group yet creates
 * one (the same first-appearance numbering as find(); no composite key is kept, as this keyer
 * is dropped when the answer is false), and a row whose other codes differ from
 * its first code's group makes the answer false (then every row goes through find()). Extra rows
 * create no group.
 */
function groupByFirstCode(
  keyer: GroupKeyer,
  levels: readonly DictionaryColumn[],
  list: Int32Array,
  rows: Uint8Array,
  extraRows: Uint8Array | undefined
): boolean {
  const first = levels[0].codes;
  const groupOfCode = keyer.firstLevelGroup;
  const others = levels.slice(1).map((level) => level.codes);
  const second = others.length > 0 ? others[0] : null;
  const third = others.length > 1 ? others[1] : null;
  // Levels 2 and 3 (name, segment) by name: no loop over an array of arrays per row. The
  // groups' codes are locals, read again only when add() has grown them.
  const many = others.length > 2;
  const codeCount = groupOfCode.length;
  let secondOfGroup = second !== null ? keyer.groupCodes[1] : null;
  let thirdOfGroup = third !== null ? keyer.groupCodes[2] : null;
  for (let i = 0; i < list.length; i++) {
    const r = list[i];
    const code = first[r];
    if (code < 0 || code >= codeCount) return false;
    const g = groupOfCode[code];
    if (g < 0) {
      groupOfCode[code] = keyer.add(r);
      if (secondOfGroup !== null) secondOfGroup = keyer.groupCodes[1];
      if (thirdOfGroup !== null) thirdOfGroup = keyer.groupCodes[2];
      continue;
    }
    if (secondOfGroup !== null && secondOfGroup[g] !== second![r]) return false;
    if (thirdOfGroup !== null && thirdOfGroup[g] !== third![r]) return false;
    if (many && !keyer.sameCodes(g, r, others)) return false;
  }
  if (extraRows && others.length > 0) {
    for (let r = 0; r < rows.length; r++) {
      if (extraRows[r] === 0 || rows[r] === 1) continue;
      const code = first[r];
      if (code < 0 || code >= groupOfCode.length) return false;
      const g = groupOfCode[code];
      if (g >= 0 && !keyer.sameCodes(g, r, others)) return false;
    }
  }
  return true;
}

/** The index of groupByFirstCode: a group per code, the group per row built only if read. */
function firstCodeIndex(
  keyer: GroupKeyer,
  levels: readonly DictionaryColumn[],
  rows: Uint8Array,
  extraRows: Uint8Array | undefined
): GroupIndex {
  const byFirstCode = { codes: levels[0].codes, groupOfCode: keyer.firstLevelGroup };
  let groupOfRow: Int32Array | null = null;
  return {
    levels,
    groupCount: keyer.count,
    levelCodes: keyer.codes(),
    byFirstCode,
    get groupOfRow(): Int32Array {
      if (groupOfRow) return groupOfRow;
      groupOfRow = new Int32Array(rows.length).fill(-1);
      const { codes, groupOfCode } = byFirstCode;
      for (let r = 0; r < rows.length; r++)
        if (rows[r] === 1 || (extraRows !== undefined && extraRows[r] === 1))
          groupOfRow[r] = groupOfCode[codes[r]];
      return groupOfRow;
    },
  };
}

class GroupKeyer {
  count = 0;
  /** The first group created for each code of the first level (-1: none yet). */
  readonly firstLevelGroup: Int32Array;
  groupCodes: Int32Array[];
  private readonly fallback = new Map<number | string, number>();
  private readonly radix: number[] | null;
  /** Each level's codes by row, read once: find() runs for every row. */
  private readonly rowCodes: readonly Int32Array[];

  constructor(private readonly levels: readonly DictionaryColumn[]) {
    this.rowCodes = levels.map((level) => level.codes);
    this.firstLevelGroup = new Int32Array(levels.length > 0 ? levels[0].values.length : 1).fill(-1);
    this.groupCodes = levels.map(() => new Int32Array(1024));
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

  /** Whether the group's codes of levels 2.. equal the row's (`others`: those levels' codes). */
  sameCodes(group: number, row: number, others: readonly Int32Array[]): boolean {
    const groupCodes = this.groupCodes;
    for (let l = 0; l < others.length; l++)
      if (groupCodes[l + 1][group] !== others[l][row]) return false;
    return true;
  }

  private sameKey(group: number, row: number): boolean {
    const rowCodes = this.rowCodes;
    const groupCodes = this.groupCodes;
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

  /** A new group holding the row's codes (its number: first appearance). */
  add(row: number): number {
    const group = this.count++;
    if (group >= this.groupCodes[0].length) {
      this.groupCodes = this.groupCodes.map((codes) => {
        const bigger = new Int32Array(codes.length * 2);
        bigger.set(codes);
        return bigger;
      });
    }
    for (let l = 0; l < this.levels.length; l++)
      this.groupCodes[l][group] = this.levels[l].codes[row];
    return group;
  }

  codes(): Int32Array[] {
    return this.groupCodes.map((codes) => codes.slice(0, this.count));
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
