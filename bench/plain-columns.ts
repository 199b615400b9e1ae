/**
 * The parser's reference (issue 14, "Parsing into columns"): the plainest loop that turns the
 * value grid into typed columns, with dictionary codes for the text columns and nothing else:
 * no checks, no data-quality tallies, no blank or error handling. Whatever the real parser does
 * beyond this is what its ratio to this loop measures.
 */
import type { RowBlock } from "../src/core/model/cells";

export interface PlainColumns {
  readonly rowCount: number;
  readonly codes: readonly Int32Array[];
  readonly dictionaries: readonly string[][];
  readonly numbers: readonly Float64Array[];
}

/**
 * @param textColumns indexes of the columns read as dictionary codes (ids, names, segments)
 * @param numberColumns indexes of the columns read as numbers (amounts, date serials)
 */
export function plainColumns(
  blocks: readonly RowBlock[],
  rowCount: number,
  textColumns: readonly number[],
  numberColumns: readonly number[]
): PlainColumns {
  const codes = textColumns.map(() => new Int32Array(rowCount));
  const maps = textColumns.map(() => new Map<unknown, number>());
  const dictionaries: string[][] = textColumns.map(() => []);
  const numbers = numberColumns.map(() => new Float64Array(rowCount));
  let r = 0;
  for (const block of blocks) {
    for (const row of block.rows) {
      for (let t = 0; t < textColumns.length; t++) {
        const cell = row[textColumns[t]];
        let code = maps[t].get(cell);
        if (code === undefined) {
          code = dictionaries[t].length;
          dictionaries[t].push(String(cell));
          maps[t].set(cell, code);
        }
        codes[t][r] = code;
      }
      for (let c = 0; c < numberColumns.length; c++) numbers[c][r] = Number(row[numberColumns[c]]);
      r++;
    }
  }
  return { rowCount: r, codes, dictionaries, numbers };
}
