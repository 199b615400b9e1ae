/**
 * One SheetDescription as one worksheet:
 *
 *   row 1        title (bold)
 *   rows 2..     notes
 *   (blank row)
 *   header row   an Excel table with filter buttons, frozen, repeated on printed pages
 *                (print: landscape, one page wide unless that gets unreadable, see print-layout)
 *   data rows    number formats per column, highlights, drop-downs (column validations)
 *   totals row   the given values (not formulas: the engine's sums are exact to the cent)
 *   (blank row)
 *   blocks       plain ranges with a bold title and header, one blank row apart
 *
 * The header is also filled and bold by direct formatting, because LibreOffice does not draw
 * Excel's table styles and the report must stay readable there. The sheet arrives prepared by
 * render-workbook.ts: the core's cell rules for both writers applied (report/excel-sheet.ts:
 * unique headers, text within Excel's limit, finite numbers, the totals label), then its text made
 * XML-safe once (xml-text.ts); nothing here changes text.
 */
import type ExcelJS from "exceljs";
import {
  EXCEL_NUMBER_FORMAT,
  type SheetBlock,
  type SheetColumn,
  type SheetDescription,
  type SheetRow,
  type SheetValue,
  valueAt,
} from "../core/model/sheet";
import { applyHighlights, argb } from "./highlights";
import { printLayout } from "./print-layout";
import {
  headerRowHeight,
  sheetColumnWidths,
  wrappedColumns,
  wrappedRowHeight,
} from "./sheet-layout";
import { applyValidations } from "./validations";
import { applyOutline } from "./outline";

const HEADER_FILL = "#4472C4";
const HEADER_FONT = "#FFFFFF";
const BLOCK_HEADER_FILL = "#D9E1F2";
const NOTE_FONT = "#595959";
const TABLE_STYLE = "TableStyleMedium2";
/**
 * Fonts are always named: a font without a name makes LibreOffice fall back to a serif face.
 * Calibri 11 is Excel's default (LibreOffice substitutes a metric-compatible font).
 */
const FONT: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, size: 11 };
const GRID_LINE: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFD9D9D9" } };
const CELL_BORDER: Partial<ExcelJS.Borders> = {
  top: GRID_LINE,
  left: GRID_LINE,
  bottom: GRID_LINE,
  right: GRID_LINE,
};

export interface RenderedSheetNames {
  readonly sheetName: string;
  readonly tableName: string;
}

/** Where the table lands: title, notes and a blank row above its header (see the layout above). */
export function tableLayout(sheet: SheetDescription): {
  readonly headerRow: number;
  readonly firstDataRow: number;
} {
  const headerRow = (sheet.notes?.length ?? 0) + 3;
  return { headerRow, firstDataRow: headerRow + 1 };
}

export function renderSheet(
  workbook: ExcelJS.Workbook,
  sheet: SheetDescription,
  names: RenderedSheetNames
): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(names.sheetName);
  const { table } = sheet;
  const notes = sheet.notes ?? [];

  worksheet.getCell(1, 1).value = sheet.title;
  worksheet.getCell(1, 1).font = { ...FONT, bold: true, size: 14 };
  notes.forEach((note, index) => {
    const cell = worksheet.getCell(2 + index, 1);
    cell.value = note;
    cell.font = { ...FONT, color: { argb: argb(NOTE_FONT) } };
  });

  const { headerRow, firstDataRow } = tableLayout(sheet);
  const headers = table.columns.map((column) => column.header);
  // An Excel table needs at least one data row; an empty result gets one empty row.
  const rows = table.rows.length > 0 ? table.rows : [{}];
  const totals = table.totals;

  worksheet.addTable({
    name: names.tableName,
    ref: `A${headerRow}`,
    headerRow: true,
    totalsRow: totals !== undefined,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: table.columns.map((column, index) => ({
      name: headers[index],
      filterButton: true,
      ...(isTotalsLabel(totals, column.key)
        ? { totalsRowLabel: valueAt(totals, column.key) as string }
        : { totalsRowFunction: "none" as const }),
    })),
    rows: rows.map((row, index) =>
      table.columns.map((column) => {
        const formula = table.formulas?.[index]?.[column.key];
        const value = cellValue(valueAt(row, column.key));
        return formula ? formulaValue(formula, value) : value;
      })
    ),
  });

  formatHeader(worksheet.getRow(headerRow), table.columns, HEADER_FILL, HEADER_FONT);
  table.columns.forEach((column, index) => {
    if (column.description) worksheet.getCell(headerRow, index + 1).note = column.description;
  });
  formatDataRows(worksheet, firstDataRow, rows.length, table.columns);
  applyValidations(worksheet, {
    firstDataRow,
    dataRows: rows.length,
    firstColumn: 1,
    columns: table.columns,
  });

  let nextRow = firstDataRow + rows.length;
  if (totals) {
    const totalsRow = worksheet.getRow(nextRow);
    table.columns.forEach((column, index) => {
      const cell = totalsRow.getCell(index + 1);
      cell.value = cellValue(valueAt(totals, column.key));
      setNumberFormat(cell, column);
      cell.font = { ...FONT, bold: true };
      cell.border = { ...CELL_BORDER, top: { style: "thin" }, bottom: { style: "double" } };
    });
    nextRow++;
  }

  applyHighlights(
    worksheet,
    { firstDataRow, dataRows: table.rows.length, firstColumn: 1, columns: table.columns },
    table.highlights ?? []
  );
  applyOutline(worksheet, firstDataRow, table.outline);

  const widths = setColumnWidths(worksheet, sheet, headerRow);
  for (const block of sheet.blocks ?? [])
    nextRow = renderBlock(worksheet, block, nextRow + 1, widths);

  wrapLongText(worksheet, table, firstDataRow, widths);
  worksheet.views = [
    {
      state: "frozen",
      xSplit: 0,
      ySplit: headerRow,
      topLeftCell: `A${firstDataRow}`,
      activeCell: `A${firstDataRow}`,
    },
  ];
  const print = printLayout(table.columns, widths.slice(0, table.columns.length));
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    fitToPage: true,
    fitToWidth: print.pagesWide,
    fitToHeight: 0,
    orientation: "landscape",
    printTitlesRow: `${headerRow}:${headerRow}`,
    ...(print.repeatColumns ? { printTitlesColumn: print.repeatColumns } : {}),
  };
  worksheet.headerFooter = { oddFooter: "&L&A&RPage &P of &N" };
  return worksheet;
}

/** Text in the totals row is a label in the table's definition (numbers are plain values). */
function isTotalsLabel(totals: SheetRow | undefined, key: string): boolean {
  return typeof valueAt(totals, key) === "string";
}

/** Headers of number columns are right-aligned, over their values. */
function formatHeader(
  row: ExcelJS.Row,
  columns: readonly SheetColumn[],
  fill: string,
  font: string
): void {
  columns.forEach((column, index) => {
    const cell = row.getCell(index + 1);
    cell.font = { ...FONT, bold: true, color: { argb: argb(font) } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(fill) } };
    const horizontal = column.format === "text" ? "left" : "right";
    cell.alignment = { wrapText: true, vertical: "bottom", horizontal };
    cell.border = CELL_BORDER;
  });
}

/**
 * The column's number format, except on booleans: they keep General so that Excel and
 * LibreOffice show TRUE / FALSE (LibreOffice shows 1 / 0 under "@").
 */
function setNumberFormat(cell: ExcelJS.Cell, column: SheetColumn): void {
  if (typeof cell.value === "boolean") return;
  cell.numFmt = EXCEL_NUMBER_FORMAT[column.format];
}

/**
 * Light cell borders keep adjacent right- and left-aligned columns apart in print, where there is
 * no grid. Every data cell of a column shares one style object (never changed afterwards, only
 * replaced): exceljs then writes each style once instead of comparing hundreds of thousands of
 * copies, which is most of the time and memory a large report takes.
 */
function formatDataRows(
  worksheet: ExcelJS.Worksheet,
  firstRow: number,
  count: number,
  columns: readonly SheetColumn[]
): void {
  const styles = columns.map((column) => dataStyle(column, false));
  const booleans = columns.map((column) => dataStyle(column, true));
  for (let offset = 0; offset < count; offset++) {
    const row = worksheet.getRow(firstRow + offset);
    columns.forEach((_, index) =>
      shareStyle(row.getCell(index + 1), styles[index], booleans[index])
    );
  }
}

function shareStyle(
  cell: ExcelJS.Cell,
  style: Partial<ExcelJS.Style>,
  booleanStyle: Partial<ExcelJS.Style>
): void {
  cell.style = typeof cell.value === "boolean" ? booleanStyle : style;
}

/** A data cell's style: its column's number format (booleans keep General, see setNumberFormat). */
function dataStyle(column: SheetColumn, isBoolean: boolean): Partial<ExcelJS.Style> {
  return {
    ...(isBoolean ? {} : { numFmt: EXCEL_NUMBER_FORMAT[column.format] }),
    border: CELL_BORDER,
  };
}

/** Draws a block from `startRow`; returns the row after it. */
function renderBlock(
  worksheet: ExcelJS.Worksheet,
  block: SheetBlock,
  startRow: number,
  widths: readonly number[]
): number {
  const title = worksheet.getCell(startRow, 1);
  title.value = block.title;
  title.font = { ...FONT, bold: true, size: 12 };
  const headerRow = worksheet.getRow(startRow + 1);
  // A wrapped header in a row of one line's height spills upwards over the block's title in
  // LibreOffice: the row is made as tall as its headers need, as the table's header row is.
  const height = headerRowHeight(block.columns, widths);
  if (height !== undefined) headerRow.height = height;
  block.columns.forEach((column, index) => {
    const cell = headerRow.getCell(index + 1);
    cell.value = column.header;
    if (column.description) cell.note = column.description;
  });
  formatHeader(headerRow, block.columns, BLOCK_HEADER_FILL, "#000000");
  block.rows.forEach((row, offset) => {
    const sheetRow = worksheet.getRow(startRow + 2 + offset);
    block.columns.forEach((column, index) => {
      const cell = sheetRow.getCell(index + 1);
      cell.value = cellValue(valueAt(row, column.key));
      setNumberFormat(cell, column);
      cell.border = CELL_BORDER;
    });
  });
  return startRow + 2 + block.rows.length;
}

/**
 * Wrapped text columns (sheet-layout.ts) get a wrapping style and each row the height it needs.
 * Each style a cell has (its column's shared one, or a highlighted row's own) gets one wrapped
 * copy, so the cells keep sharing styles and highlights keep their colours.
 */
function wrapLongText(
  worksheet: ExcelJS.Worksheet,
  table: SheetDescription["table"],
  firstDataRow: number,
  widths: readonly number[]
): void {
  const wrapped = wrappedColumns(table, widths);
  if (wrapped.length === 0) return;
  const wrappedStyles = new Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();
  const wrap = (cell: ExcelJS.Cell) => {
    let found = wrappedStyles.get(cell.style);
    if (!found) {
      found = { ...cell.style, alignment: { wrapText: true, vertical: "top" } };
      wrappedStyles.set(cell.style, found);
    }
    cell.style = found;
  };
  table.rows.forEach((row, r) => {
    const sheetRow = worksheet.getRow(firstDataRow + r);
    for (const { index } of wrapped) wrap(sheetRow.getCell(index + 1));
    const height = wrappedRowHeight(row, wrapped);
    if (height !== undefined) sheetRow.height = height;
  });
}

/** Widths fitted per sheet column and a header row tall enough for wrapped headers. */
function setColumnWidths(
  worksheet: ExcelJS.Worksheet,
  sheet: SheetDescription,
  headerRow: number
): number[] {
  const widths = sheetColumnWidths(sheet);
  widths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  const height = headerRowHeight(sheet.table.columns, widths);
  if (height !== undefined) worksheet.getRow(headerRow).height = height;
  return widths;
}

/**
 * A SheetValue as an exceljs cell value. Strings always become string cells (exceljs writes a
 * formula only for `{ formula }` objects), so `=HYPERLINK(...)` from a customer name stays text.
 */
function cellValue(value: SheetValue | undefined): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  return value;
}

/** A formula kept from the sheet as read (the team's), with its last result. */
function formulaValue(formula: string, result: ExcelJS.CellValue): ExcelJS.CellValue {
  return result === null || result === undefined
    ? ({ formula } as ExcelJS.CellFormulaValue)
    : ({ formula, result } as ExcelJS.CellFormulaValue);
}
