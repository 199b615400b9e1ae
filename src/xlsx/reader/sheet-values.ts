/**
 * A worksheet's rows of values, scanned straight from the part's text: the same rows and values
 * as sheet-rows.ts (what Excel shows; formulas only by their saved result), at the speed of the
 * text. A cell is a few fields of this scanner, not an object; text between tags is looked at
 * only inside `<v>`, `<f>` and an inline string's `<t>`; attributes are read in place
 * (tag-attributes.ts). Row and column numbers are checked against Excel's limits as they come.
 * Used whenever the caller does not ask for formulas (sheet-rows.ts rebuilds those).
 */
import type { CellValue } from "../../core/model/cells";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "../../core/model/excel-limits";
import { cellValueFrom, numberInStyle, type CellContext } from "./cell-content";
import { plainIndex, plainNumber } from "./number-text";
import type { RowOptions, SheetRow } from "./sheet-rows";
import { TagAttributes } from "./tag-attributes";
import { WorkbookReadError } from "./workbook-read-error";
import { decodeEntities } from "./xml-scanner";
import { SheetTags, type SheetTagHandler } from "./sheet-tags";
import type { ZipArchive } from "./zip-archive";

/** The rows in order, in batches (one per piece of the part read). */
export async function* sheetValues(
  archive: ZipArchive,
  path: string,
  context: CellContext,
  options: RowOptions
): AsyncGenerator<SheetRow[]> {
  const collector = new ValueCollector(context, options.sheetName);
  const tags = new SheetTags(collector, path);
  for await (const chunk of archive.chunks(path)) {
    tags.feed(chunk);
    if (collector.done.length > 0) yield collector.take();
  }
  tags.end();
  if (collector.done.length > 0) yield collector.take();
}

const enum Capture {
  None,
  Value,
  Formula,
  Inline,
}

class ValueCollector implements SheetTagHandler {
  done: SheetRow[] = [];
  private readonly attributes = new TagAttributes();
  private values: CellValue[] | null = null;
  private rowNumber = 0;
  private column = 0;
  private inCell = false;
  private type: string | null = null;
  private style = 0;
  private valueText: string | undefined = undefined;
  private inlineText: string | undefined = undefined;
  private hasFormula = false;
  private capture = Capture.None;
  private phonetic = 0;

  constructor(
    private readonly context: CellContext,
    private readonly sheetName: string
  ) {}

  take(): SheetRow[] {
    const rows = this.done;
    this.done = [];
    return rows;
  }

  open(name: string, text: string, from: number, to: number): void {
    if (name === "c") this.openCell(text, from, to);
    else if (name === "row") this.openRow(text, from, to);
    else if (!this.inCell) return;
    else if (name === "v") this.capture = Capture.Value;
    else if (name === "f") {
      this.hasFormula = true;
      this.capture = Capture.Formula;
    } else if (name === "rPh") this.phonetic++;
    else if (name === "t" && this.phonetic === 0) {
      this.inlineText ??= "";
      this.capture = Capture.Inline;
    }
  }

  close(name: string): void {
    if (name === "c") this.closeCell();
    else if (name === "row") this.closeRow();
    else if (name === "rPh") this.phonetic--;
    else if (name === "v" || name === "f" || name === "t") this.capture = Capture.None;
  }

  /** Text between tags; the scanner asks first whether it is wanted (`wantsText`). */
  text(raw: string): void {
    const text = decodeEntities(raw);
    if (this.capture === Capture.Value) this.valueText = (this.valueText ?? "") + text;
    else if (this.capture === Capture.Inline) this.inlineText = (this.inlineText ?? "") + text;
  }

  /** `<c ...><v>text</v></c>`: plain numbers and shared-string indices read in place. */
  plainCell(attributes: TagAttributes, text: string, valueFrom: number, valueTo: number): void {
    const values = this.values;
    // Whatever cell was open (a file that nests cells) ends here, as closing this one would end it.
    this.inCell = false;
    this.capture = Capture.None;
    if (values === null) return;
    this.startCell(attributes);
    const index = this.column - 1;
    while (values.length < index) values.push(null);
    values[index] = this.plainValue(text, valueFrom, valueTo);
  }

  private plainValue(text: string, from: number, to: number): CellValue {
    const type = this.type;
    if (type === "s") {
      const index = plainIndex(text, from, to);
      if (index >= 0) return this.context.sharedStrings[index] ?? null;
    } else if (type === null || type === "n") {
      const number = plainNumber(text, from, to);
      if (!Number.isNaN(number)) return numberInStyle(number, this.style, this.context);
    }
    const raw = text.slice(from, to);
    const value = raw.includes("&") ? decodeEntities(raw) : raw;
    return cellValueFrom(type, this.style, value, undefined, false, this.context);
  }

  wantsText(): boolean {
    return this.capture === Capture.Value || this.capture === Capture.Inline;
  }

  private openRow(text: string, from: number, to: number): void {
    const attributes = this.attributes;
    attributes.read(text, from, to);
    const stated = attributes.hasReference ? attributes.reference : null;
    const number = stated === null ? this.rowNumber + 1 : Number(stated);
    if (!Number.isInteger(number) || number <= this.rowNumber)
      this.fail(`row ${stated ?? number} is out of order`);
    if (number > EXCEL_MAX_ROWS)
      this.fail(
        `it claims row ${number.toLocaleString("en-US")}, beyond Excel's ${EXCEL_MAX_ROWS.toLocaleString("en-US")} rows`
      );
    this.values = [];
    this.rowNumber = number;
    this.column = 0;
  }

  private openCell(text: string, from: number, to: number): void {
    if (this.values === null) return;
    this.attributes.read(text, from, to);
    this.startCell(this.attributes);
    this.inCell = true;
    this.valueText = this.inlineText = undefined;
    this.hasFormula = false;
  }

  /** Reads a cell's attributes: its column (checked), type and style. */
  private startCell(attributes: TagAttributes): void {
    const column = attributes.hasReference
      ? attributes.referenceColumn(EXCEL_MAX_COLUMNS)
      : this.column + 1;
    if (column < 1) this.fail(`the cell reference '${attributes.reference}' cannot be read`);
    // A stated reference is named as the file writes it (the column count stops past the limit).
    if (column > EXCEL_MAX_COLUMNS)
      this.fail(
        `it claims ${attributes.hasReference ? `cell ${attributes.reference}` : `a cell in column ${column.toLocaleString("en-US")}`}, beyond Excel's ${EXCEL_MAX_COLUMNS.toLocaleString("en-US")} columns`
      );
    this.column = column;
    this.type = attributes.t;
    this.style = attributes.s;
  }

  private closeCell(): void {
    const values = this.values;
    const wasInCell = this.inCell;
    this.inCell = false;
    this.capture = Capture.None;
    if (values === null || !wasInCell) return;
    const index = this.column - 1;
    while (values.length < index) values.push(null);
    values[index] = cellValueFrom(
      this.type,
      this.style,
      this.valueText,
      this.inlineText,
      this.hasFormula,
      this.context
    );
  }

  private closeRow(): void {
    if (this.values === null) return;
    this.done.push({ number: this.rowNumber, values: this.values });
    this.values = null;
  }

  private fail(reason: string): never {
    throw new WorkbookReadError(`sheet '${this.sheetName}': ${reason}`);
  }
}
