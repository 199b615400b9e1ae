/**
 * The cells of a result sheet's table a chart draws from: each column found by its key, and a
 * run of its rows as the formula a chart series refers to, with the values it holds now (the
 * chart part caches them).
 */
import {
  valueAt,
  type SheetColumn,
  type SheetDescription,
  type SheetValue,
} from "../core/model/sheet";
import type { NumberRange, TextRange } from "./chart-parts";
import { columnLetter } from "./highlights";
import { tableLayout } from "./render-sheet";

export interface FoundColumn {
  readonly index: number;
  readonly column: SheetColumn;
}

export class TableRanges {
  private readonly firstDataRow: number;

  constructor(
    private readonly sheet: SheetDescription,
    /** The name the sheet got in the workbook (after sanitising). */
    private readonly sheetName: string
  ) {
    this.firstDataRow = tableLayout(sheet).firstDataRow;
  }

  get rowCount(): number {
    return this.sheet.table.rows.length;
  }

  /** The column with this key, or null when the table has none. */
  column(key: string): FoundColumn | null {
    const columns = this.sheet.table.columns;
    const index = columns.findIndex((candidate) => candidate.key === key);
    return index < 0 ? null : { index, column: columns[index] };
  }

  /** Rows first..first+count-1 (0-based) of one column, as numbers (null where not one). */
  numbers(index: number, first: number, count: number): NumberRange {
    return {
      formula: this.range(index, first, count),
      values: this.values(index, first, count, asNumber),
    };
  }

  texts(index: number, first: number, count: number): TextRange {
    return {
      formula: this.range(index, first, count),
      values: this.values(index, first, count, asText),
    };
  }

  private values<T>(
    index: number,
    first: number,
    count: number,
    as: (value: SheetValue | undefined) => T
  ): T[] {
    const key = this.sheet.table.columns[index].key;
    return this.sheet.table.rows.slice(first, first + count).map((row) => as(valueAt(row, key)));
  }

  private range(index: number, first: number, count: number): string {
    const letter = columnLetter(index + 1);
    const top = this.firstDataRow + first;
    return `${quoteSheet(this.sheetName)}!$${letter}$${top}:$${letter}$${top + count - 1}`;
  }
}

function asNumber(value: SheetValue | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function asText(value: SheetValue | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}

/** A sheet name as a formula writes it: always quoted, apostrophes doubled. */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
