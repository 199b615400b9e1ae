/**
 * Worksheet arguments as Excel hands them to a custom function: a range is rows of cells, a single
 * value a 1 x 1 range. Empty cells arrive as null (older hosts: ""), and are ignored in a range as
 * SUM ignores them. Text or TRUE/FALSE where a number belongs is #VALUE! with a message saying
 * which cell, rather than being skipped as SUM skips it: a margin that silently leaves out a line
 * is worse than an error the user can see and fix.
 */
import { invalidValue, isMeasureError, type MeasureError } from "./measure-error";
import { plural } from "../model/plural";

/** One argument: rows of cells. Cells are unknown until read; errors in cells are MeasureErrors. */
export type Grid = readonly (readonly unknown[])[];

/** A result cell: a number, text, a blank (""), or an error. */
export type ResultCell = number | string | MeasureError;
export type ResultGrid = ResultCell[][];

export function isBlankCell(cell: unknown): boolean {
  return cell === null || cell === undefined || cell === "";
}

/** Where a cell is, in words: `revenues` for a single value, `row 3 of revenues` in a column. */
export function cellPlace(name: string, grid: Grid, row: number, column: number): string {
  const rows = grid.length;
  const columns = rows > 0 ? grid[0].length : 0;
  if (rows <= 1 && columns <= 1) return name;
  if (columns === 1) return `row ${row + 1} of ${name}`;
  if (rows === 1) return `column ${column + 1} of ${name}`;
  return `row ${row + 1}, column ${column + 1} of ${name}`;
}

function describeCell(cell: unknown): string {
  if (typeof cell === "string")
    return `"${cell.length > 40 ? `${cell.slice(0, 40)}…` : cell}" is text`;
  if (typeof cell === "boolean") return `${cell ? "TRUE" : "FALSE"} is a logical value`;
  return "the value is not a number";
}

/** A number, null for a blank cell, or the error to return (the cell's own error, or #VALUE!). */
export function readNumber(cell: unknown, place: string): number | null | MeasureError {
  if (typeof cell === "number") {
    return Number.isFinite(cell)
      ? cell
      : invalidValue(`${place}: the value is not a finite number.`);
  }
  if (isBlankCell(cell)) return null;
  if (isMeasureError(cell)) return cell;
  return invalidValue(`${place}: ${describeCell(cell)}, not a number.`);
}

/** The numbers of a range of any shape, row by row (as Excel's NPV reads a range), blanks left out. */
export function readNumbers(grid: Grid, name: string): number[] | MeasureError {
  const out: number[] = [];
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "number" && cell - cell === 0) {
        out.push(cell);
        continue;
      }
      const value = readNumber(cell, cellPlace(name, grid, r, c));
      if (value === null) continue;
      if (typeof value !== "number") return value;
      out.push(value);
    }
  }
  return out;
}

/**
 * How a key cell (an account id, a segment) is compared: text trimmed and ignoring case, as
 * SUMIFS and the engine's join compare them; a number as its text, so 1001 matches "1001";
 * null for a blank.
 */
export function keyOf(cell: unknown): string | null {
  if (typeof cell === "string") {
    const trimmed = cell.trim();
    return trimmed === "" ? null : trimmed.toLowerCase();
  }
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "true" : "false";
  return null;
}

export function shapeOf(grid: Grid): { rows: number; columns: number } {
  return { rows: grid.length, columns: grid.length > 0 ? grid[0].length : 0 };
}

export function describeShape(grid: Grid): string {
  const { rows, columns } = shapeOf(grid);
  return `${plural(rows, "row")} by ${plural(columns, "column")}`;
}

/** #VALUE! unless every range has the first one's rows and columns (the parallel ranges of SUMIFS). */
export function requireSameShape(
  ranges: readonly { readonly name: string; readonly grid: Grid }[]
): MeasureError | null {
  const [first, ...rest] = ranges;
  const shape = shapeOf(first.grid);
  for (const other of rest) {
    const s = shapeOf(other.grid);
    if (s.rows !== shape.rows || s.columns !== shape.columns) {
      return invalidValue(
        `${first.name} is ${describeShape(first.grid)} but ${other.name} is ${describeShape(other.grid)}: ` +
          "give ranges of the same size, one row per line."
      );
    }
  }
  return null;
}
