/**
 * A weighted margin over the lines of one key (SPEC, Series 1 and 2): AvgMarginPct = sum of
 * GrossMargin / sum of InvoicePrice, both sums exact (src/core/money/exact-sums.ts), then one
 * division: the same double the engine writes for the same lines.
 *
 * Lines as the engine takes them: a line whose margin or revenue is blank is left out (SPEC: "a
 * line without an amount is not a zero", the parser skips it), and so is a zero-value line
 * (InvoicePrice = 0, SPEC "Filters"). The date window and currency conversion are the caller's:
 * pass the lines the margin is over.
 */
import { ExactSums } from "../model/exact-sums";
import { cellPlace, keyOf, readNumber, requireSameShape, type Grid } from "./cells";
import {
  divisionByZero,
  finiteResult,
  isMeasureError,
  notAvailable,
  type MeasureError,
} from "./measure-error";

export interface KeyedLines {
  readonly margins: Grid;
  readonly revenues: Grid;
  readonly keys: Grid;
  /** Argument names for messages, e.g. { margins: "margins", revenues: "revenues", keys: "segments" }. */
  readonly names: { readonly margins: string; readonly revenues: string; readonly keys: string };
  /** What a key is, for messages: "segment", "account". */
  readonly noun: string;
}

export interface MarginIndex {
  /** The weighted margin of the lines whose key is `key`. */
  marginOf(key: unknown): number | MeasureError;
}

/**
 * Sums every key's lines in one pass, so a column of margins (one per account) reads the ranges
 * once. Text in a matching line's margin or revenue is #VALUE! for that key only; a header row
 * inside a whole-column reference does not match any key, so it does no harm.
 */
export function indexMargins(lines: KeyedLines): MarginIndex | MeasureError {
  const shape = requireSameShape([
    { name: lines.names.margins, grid: lines.margins },
    { name: lines.names.revenues, grid: lines.revenues },
    { name: lines.names.keys, grid: lines.keys },
  ]);
  if (shape) return shape;

  // First the keys, so the exact sums can be sized once; then the amounts of the keyed lines.
  const { keys, margins, revenues: revenueGrid } = lines;
  const columns = keys.length > 0 ? keys[0].length : 0;
  const groupOf = new Map<string, number>();
  // Ids repeat on every line: each distinct cell value is trimmed and lower-cased once.
  const groupOfValue = new Map<unknown, number>();
  const groupOfCell = new Int32Array(keys.length * columns).fill(-1);
  for (let r = 0; r < keys.length; r++) {
    for (let c = 0; c < columns; c++) {
      const cell = keys[r][c];
      let group = groupOfValue.get(cell);
      if (group === undefined) {
        const key = keyOf(cell);
        group = key === null ? -1 : groupOf.get(key);
        if (group === undefined) {
          group = groupOf.size;
          groupOf.set(key as string, group);
        }
        groupOfValue.set(cell, group);
      }
      groupOfCell[r * columns + c] = group;
    }
  }

  const profits = new ExactSums(groupOf.size);
  const revenues = new ExactSums(groupOf.size);
  const lineCounts = new Int32Array(groupOf.size);
  const problems = new Map<number, MeasureError>();
  for (let r = 0; r < keys.length; r++) {
    for (let c = 0; c < columns; c++) {
      const group = groupOfCell[r * columns + c];
      if (group < 0 || problems.has(group)) continue;
      const margin = amount(margins[r][c], lines.names.margins, margins, r, c);
      const revenue = amount(revenueGrid[r][c], lines.names.revenues, revenueGrid, r, c);
      if (isMeasureError(margin) || isMeasureError(revenue)) {
        problems.set(group, isMeasureError(margin) ? margin : (revenue as MeasureError));
        continue;
      }
      if (margin === null || revenue === null || revenue === 0) continue;
      lineCounts[group]++;
      if (margin !== 0) profits.add(group, margin);
      revenues.add(group, revenue);
    }
  }

  return {
    marginOf(keyCell) {
      if (isMeasureError(keyCell)) return keyCell;
      const key = keyOf(keyCell);
      if (key === null) return notAvailable(`The ${lines.noun} to look up is blank.`);
      const group = groupOf.get(key);
      if (group === undefined) {
        return notAvailable(
          `No line of ${lines.names.keys} is ${lines.noun} "${String(keyCell).trim()}".`
        );
      }
      const problem = problems.get(group);
      if (problem) return problem;
      const revenue = revenues.total(group);
      if (revenue === 0) {
        return divisionByZero(
          lineCounts[group] === 0
            ? `The lines of ${lines.noun} "${String(keyCell).trim()}" have no revenue (blank or zero-value lines only).`
            : `The revenue of ${lines.noun} "${String(keyCell).trim()}" adds up to 0.`
        );
      }
      return finiteResult(
        profits.total(group) / revenue,
        `The margin of ${lines.noun} "${String(keyCell).trim()}"`
      );
    },
  };
}

/** A line's amount; the words saying where it is are built only for a cell that is not a number. */
function amount(
  cell: unknown,
  name: string,
  grid: Grid,
  row: number,
  column: number
): number | null | MeasureError {
  if (typeof cell === "number" && cell - cell === 0) return cell;
  return readNumber(cell, cellPlace(name, grid, row, column));
}
