/**
 * Arguments that are one value per account (a margin, a revenue, an id) may also be ranges: the
 * function then returns one result per cell, which spills, as `=B2:B121-C2:C121` does in Excel.
 * Sizes combine as Excel combines them: equal, or 1 (a single value, row or column repeats), so
 * a column of ids against a row of measure names gives a table.
 */
import {
  cellPlace,
  describeShape,
  shapeOf,
  type Grid,
  type ResultCell,
  type ResultGrid,
} from "./cells";
import { invalidValue, type MeasureError } from "./measure-error";

export interface NamedGrid {
  readonly name: string;
  readonly grid: Grid;
}

function combined(sizes: readonly number[]): number | null {
  let size = 1;
  for (const n of sizes) {
    if (n === 1 || n === size) continue;
    if (size !== 1) return null;
    size = n;
  }
  return size;
}

/** Calls `each` with one cell of every argument per result cell; #VALUE! when sizes cannot combine. */
export function elementwise(
  args: readonly NamedGrid[],
  each: (cells: readonly unknown[], row: number, column: number) => ResultCell
): ResultGrid | MeasureError {
  for (const arg of args) {
    const { rows, columns } = shapeOf(arg.grid);
    if (rows === 0 || columns === 0) return invalidValue(`${arg.name} is empty.`);
  }
  const rows = combined(args.map((a) => a.grid.length));
  const columns = combined(args.map((a) => a.grid[0].length));
  if (rows === null || columns === null) {
    return invalidValue(
      `${args.map((a) => `${a.name} is ${describeShape(a.grid)}`).join(", ")}: ` +
        "give ranges of the same size, or single values."
    );
  }
  const out: ResultGrid = new Array<ResultCell[]>(rows);
  const cells = new Array<unknown>(args.length);
  for (let r = 0; r < rows; r++) {
    const row = new Array<ResultCell>(columns);
    for (let c = 0; c < columns; c++) {
      for (let a = 0; a < args.length; a++) {
        const grid = args[a].grid;
        const gridRow = grid.length === 1 ? grid[0] : grid[r];
        cells[a] = gridRow.length === 1 ? gridRow[0] : gridRow[c];
      }
      row[c] = each(cells, r, c);
    }
    out[r] = row;
  }
  return out;
}

/** Where the cell of `arg` used for result cell (row, column) is, in words. */
export function placeIn(arg: NamedGrid, row: number, column: number): string {
  const grid = arg.grid;
  return cellPlace(arg.name, grid, grid.length === 1 ? 0 : row, grid[0].length === 1 ? 0 : column);
}
