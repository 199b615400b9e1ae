/**
 * The argument plumbing the registry's methods share. A value per account or process may be a
 * range: the function then gives one result per cell (elementwise.ts), and a blank gives a blank,
 * as the engine's blanks. Arguments are named by the registry's parameters, so a message says
 * which cell of which argument is wrong.
 */
import { readNumber, type Grid, type ResultGrid } from "../cells";
import { elementwise, placeIn, type NamedGrid } from "../elementwise";
import { isMeasureError, type MeasureError } from "../measure-error";
import type { ArgumentsFunction, WorksheetParameter } from "./worksheet-function";

/** A result for the whole call: a problem with the call itself is a 1 x 1 error. */
export function whole(result: ResultGrid | MeasureError): ResultGrid {
  return isMeasureError(result) ? [[result]] : result;
}

/** The grids of a call, each named as its parameter. */
export function named(
  parameters: readonly WorksheetParameter[],
  grids: readonly Grid[]
): NamedGrid[] {
  return grids.map((grid, i) => ({ name: parameters[i].name, grid }));
}

/** One number per argument, null when any is blank, or the first argument's error (left to right). */
export function numbersOf(
  cells: readonly unknown[],
  placeOf: (argument: number) => string
): number[] | null | MeasureError {
  const out: number[] = new Array<number>(cells.length);
  let blank = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell === "number" && cell - cell === 0) {
      out[i] = cell;
      continue;
    }
    const value = readNumber(cell, placeOf(i));
    if (isMeasureError(value)) return value;
    if (value === null) blank = true;
    else out[i] = value;
  }
  return blank ? null : out;
}

/** A function of one number per argument, applied cell by cell. */
export function perValue(
  args: readonly NamedGrid[],
  f: (values: number[]) => number | MeasureError
): ResultGrid {
  return whole(
    elementwise(args, (cells, row, column) => {
      const values = numbersOf(cells, (i) => placeIn(args[i], row, column));
      if (values === null) return "";
      return isMeasureError(values) ? values : f(values);
    })
  );
}

/** A registry entry whose every argument is one number (or a range of them, which spills). */
export function perValueFunction(
  definition: Omit<ArgumentsFunction, "reads" | "method"> & {
    readonly each: (values: number[]) => number | MeasureError;
  }
): ArgumentsFunction {
  const { each, ...described } = definition;
  return {
    ...described,
    method: (...grids) => perValue(named(described.parameters, grids), each),
  };
}
