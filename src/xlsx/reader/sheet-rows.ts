/**
 * A worksheet's rows as they stream out of its part: each row's number and its cells' values
 * (what Excel shows: a formula's saved result, dates as JavaScript dates at UTC). Row and column
 * numbers are checked against Excel's limits as they come, so a file claiming row 2,000,000,000
 * is refused at once instead of being walked up to it.
 */
import type { CellValue } from "../../core/model/cells";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "../../core/model/excel-limits";
import { shiftReferences } from "../../core/model/formula-references";
import { cellValueOf, type CellContext, type RawCell } from "./cell-content";
import { WorkbookReadError } from "./workbook-read-error";
import { attributeOf, XmlScanner } from "./xml-scanner";
import type { ZipArchive } from "./zip-archive";

export interface SheetRow {
  /** 1-based, ascending. */
  readonly number: number;
  /** From column A; cells the file leaves out are null. */
  readonly values: CellValue[];
  /** A formula's text (without `=`) by column, when asked for; shared formulas as their master's. */
  readonly formulas?: (string | null)[];
}

export interface RowOptions {
  readonly sheetName: string;
  readonly formulas?: boolean;
}

/** The rows in order, in batches (one per piece of the part read). */
export async function* sheetRows(
  archive: ZipArchive,
  path: string,
  context: CellContext,
  options: RowOptions
): AsyncGenerator<SheetRow[]> {
  const collector = new RowCollector(context, options);
  const scanner = new XmlScanner(collector, path);
  for await (const chunk of archive.chunks(path)) {
    scanner.feed(chunk);
    if (collector.done.length > 0) yield collector.take();
  }
  scanner.end();
  if (collector.done.length > 0) yield collector.take();
}

class RowCollector {
  done: SheetRow[] = [];
  private row: { number: number; values: CellValue[]; formulas: (string | null)[] } | null = null;
  private lastRow = 0;
  private lastColumn = 0;
  private cell: (RawCell & { column: number }) | null = null;
  /** Which text the scanner is in: a cell's value, formula, or inline string run. */
  private capture: "v" | "f" | "t" | null = null;
  private phonetic = 0;
  private readonly sharedFormulas = new Map<
    string,
    { text: string; row: number; column: number }
  >();

  constructor(
    private readonly context: CellContext,
    private readonly options: RowOptions
  ) {}

  take(): SheetRow[] {
    const rows = this.done;
    this.done = [];
    return rows;
  }

  open(name: string, attributes: string): void {
    if (name === "row") this.openRow(attributes);
    else if (name === "c") this.openCell(attributes);
    else if (this.cell === null) return;
    else if (name === "v") this.capture = "v";
    else if (name === "f") {
      this.cell.formula = "";
      this.cell.sharedIndex = attributeOf(attributes, "si");
      this.capture = "f";
    } else if (name === "rPh") this.phonetic++;
    else if (name === "t" && this.phonetic === 0) {
      this.cell.inline ??= "";
      this.capture = "t";
    }
  }

  close(name: string): void {
    if (name === "c") this.closeCell();
    else if (name === "row") this.closeRow();
    else if (name === "rPh") this.phonetic--;
    else if (name === "v" || name === "f" || name === "t") this.capture = null;
  }

  text(text: string): void {
    const cell = this.cell;
    if (cell === null || this.capture === null) return;
    if (this.capture === "v") cell.value = (cell.value ?? "") + text;
    else if (this.capture === "f") cell.formula = (cell.formula ?? "") + text;
    else cell.inline = (cell.inline ?? "") + text;
  }

  private openRow(attributes: string): void {
    const stated = attributeOf(attributes, "r");
    const number = stated === null ? this.lastRow + 1 : Number(stated);
    if (!Number.isInteger(number) || number <= this.lastRow)
      this.fail(`row ${stated ?? number} is out of order`);
    if (number > EXCEL_MAX_ROWS)
      this.fail(
        `it claims row ${number.toLocaleString("en-US")}, beyond Excel's ${EXCEL_MAX_ROWS.toLocaleString("en-US")} rows`
      );
    this.row = { number, values: [], formulas: [] };
    this.lastRow = number;
    this.lastColumn = 0;
  }

  private openCell(attributes: string): void {
    if (this.row === null) return;
    const reference = attributeOf(attributes, "r");
    const column = reference === null ? this.lastColumn + 1 : columnOf(reference);
    if (column < 1) this.fail(`the cell reference '${reference}' cannot be read`);
    // columnOf stops counting past the limit, so a stated reference is named as written.
    if (column > EXCEL_MAX_COLUMNS)
      this.fail(
        `it claims ${reference === null ? `a cell in column ${column.toLocaleString("en-US")}` : `cell ${reference}`}, beyond Excel's ${EXCEL_MAX_COLUMNS.toLocaleString("en-US")} columns`
      );
    this.lastColumn = column;
    this.cell = {
      column,
      type: attributeOf(attributes, "t"),
      style: Number(attributeOf(attributes, "s") ?? 0),
    };
  }

  private closeCell(): void {
    const { row, cell } = this;
    this.cell = null;
    this.capture = null;
    if (row === null || cell === null) return;
    const index = cell.column - 1;
    for (let i = row.values.length; i < index; i++) row.values.push(null);
    row.values[index] = cellValueOf(cell, this.context);
    if (this.options.formulas && cell.formula !== undefined) {
      for (let i = row.formulas.length; i < index; i++) row.formulas.push(null);
      row.formulas[index] = this.formulaText(cell, row.number);
    }
  }

  /**
   * A shared formula's copies store only its index (ECMA-376 Part 1, 18.3.1.40): the master's
   * text, its relative references moved by the copy's offset from the master.
   */
  private formulaText(cell: RawCell & { column: number }, row: number): string | null {
    const text = cell.formula ?? "";
    const index = cell.sharedIndex;
    if (index === null || index === undefined) return text === "" ? null : text;
    if (text !== "") {
      this.sharedFormulas.set(index, { text, row, column: cell.column });
      return text;
    }
    const master = this.sharedFormulas.get(index);
    return master
      ? shiftReferences(master.text, row - master.row, cell.column - master.column)
      : null;
  }

  private closeRow(): void {
    const row = this.row;
    this.row = null;
    if (row === null) return;
    this.done.push(
      this.options.formulas
        ? { number: row.number, values: row.values, formulas: row.formulas }
        : { number: row.number, values: row.values }
    );
  }

  private fail(reason: string): never {
    throw new WorkbookReadError(`sheet '${this.options.sheetName}': ${reason}`);
  }
}

/** The column number of a reference such as `AB12` (0 when it has no letters). */
function columnOf(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
    if (column > EXCEL_MAX_COLUMNS) return column;
  }
  return column;
}
