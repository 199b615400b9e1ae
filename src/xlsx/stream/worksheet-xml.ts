/**
 * One SheetDescription as worksheet XML, produced row by row (a generator of text pieces) in the
 * layout render-sheet.ts draws with exceljs: title, notes, a blank row, the table's header (frozen,
 * filter buttons from the table part), data rows, totals, then the blocks; conditional formats for
 * column highlights, fills for highlighted rows, drop-downs, print set-up. Nothing per cell is
 * kept: a row's text is handed on as soon as it is made.
 */
import { columnLetter } from "../../core/model/excel-limits";
import {
  outlineDepth,
  valueAt,
  type SheetDescription,
  type SheetRow,
  type HighlightStyle,
} from "../../core/model/sheet";
import { validationPrompt } from "../../core/report/excel-sheet";
import { escapeXml } from "../escape-xml";
import { tableLayout } from "../render-sheet";
import { headerRowHeight, wrappedRowHeight, type WrappedColumn } from "../sheet-layout";
import { cellXml } from "./cell-xml";
import type { SheetStyles } from "./sheet-styles";
import type { StyleSheet } from "./style-sheet";

export interface WorksheetPlan {
  readonly sheet: SheetDescription;
  readonly widths: readonly number[];
  readonly headerHeight: number | undefined;
  readonly wrapped: readonly WrappedColumn[];
  readonly styles: SheetStyles;
  readonly pagesWide: number;
  /** Relationship ids of the sheet's parts. */
  readonly rels: { readonly table: string; readonly comments?: string; readonly drawing?: string };
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

export function* worksheetXml(plan: WorksheetPlan, styleSheet: StyleSheet): Generator<string> {
  const { sheet, styles } = plan;
  const { table } = sheet;
  const { headerRow, firstDataRow } = tableLayout(sheet);
  const letters = plan.widths.map((_, index) => columnLetter(index));
  const rows = table.rows.length > 0 ? table.rows : [{}];
  yield `${HEAD}<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`;
  yield `<dimension ref="A1:${letters[letters.length - 1] ?? "A"}${lastRow(sheet, firstDataRow, rows.length)}"/>`;
  yield `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${firstDataRow}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${firstDataRow}" sqref="A${firstDataRow}"/></sheetView></sheetViews>`;
  // The deepest outline level sizes Excel's outline buttons (xlsx/outline.ts does the same).
  const deepest = outlineDepth(table.outline);
  const depth = deepest > 0 ? ` outlineLevelRow="${deepest}"` : "";
  yield `<sheetFormatPr defaultRowHeight="15"${depth}/><cols>`;
  yield plan.widths
    .map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`)
    .join("");
  yield "</cols><sheetData>";
  yield row(1, undefined, cellXml("A1", styles.title, sheet.title));
  for (const [index, note] of (sheet.notes ?? []).entries())
    yield row(2 + index, undefined, cellXml(`A${2 + index}`, styles.note, note));
  yield row(
    headerRow,
    plan.headerHeight,
    table.columns
      .map((column, i) => cellXml(`${letters[i]}${headerRow}`, styles.header[i], column.header))
      .join("")
  );
  yield* dataRows(plan, rows, firstDataRow, letters);
  let next = firstDataRow + rows.length;
  if (table.totals) {
    const totals = table.totals;
    yield row(
      next,
      undefined,
      table.columns
        .map((column, i) => {
          const value = valueAt(totals, column.key);
          const style = styles.totals[i][typeof value === "boolean" ? "boolean" : "value"];
          return cellXml(`${letters[i]}${next}`, style, value);
        })
        .join("")
    );
    next++;
  }
  for (const block of sheet.blocks ?? []) {
    const start = next + 1;
    yield row(start, undefined, cellXml(`A${start}`, styles.blockTitle, block.title));
    // As tall as its wrapped headers need (render-sheet.ts renderBlock says why).
    yield row(
      start + 1,
      headerRowHeight(block.columns, plan.widths),
      block.columns
        .map((column, i) =>
          cellXml(`${letters[i]}${start + 1}`, styles.blockHeader(column), column.header)
        )
        .join("")
    );
    for (const [offset, values] of block.rows.entries()) {
      const r = start + 2 + offset;
      yield row(
        r,
        undefined,
        block.columns
          .map((column, i) => {
            const value = valueAt(values, column.key);
            return cellXml(
              `${letters[i]}${r}`,
              styles.block(column, typeof value === "boolean"),
              value
            );
          })
          .join("")
      );
    }
    next = start + 2 + block.rows.length;
  }
  yield "</sheetData>";
  yield conditionalFormats(plan, firstDataRow, letters, styleSheet);
  yield dataValidations(plan, firstDataRow, rows.length, letters);
  yield '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  yield `<pageSetup orientation="landscape" fitToWidth="${plan.pagesWide}" fitToHeight="0"/>`;
  yield "<headerFooter><oddFooter>&amp;L&amp;A&amp;RPage &amp;P of &amp;N</oddFooter></headerFooter>";
  if (plan.rels.drawing) yield `<drawing r:id="${plan.rels.drawing}"/>`;
  if (plan.rels.comments) yield `<legacyDrawing r:id="${plan.rels.comments}"/>`;
  yield `<tableParts count="1"><tablePart r:id="${plan.rels.table}"/></tableParts></worksheet>`;
}

/** The data rows: values (or the team's formulas), each cell in its column's style. */
function* dataRows(
  plan: WorksheetPlan,
  rows: readonly SheetRow[],
  firstDataRow: number,
  letters: readonly string[]
): Generator<string> {
  const { table } = plan.sheet;
  const highlighted = highlightedRows(plan.sheet);
  const levels = table.outline?.rowLevels;
  const subtotals = new Set(table.outline?.summaryRows ?? []);
  const columns = table.columns;
  for (let index = 0; index < rows.length; index++) {
    const values = rows[index];
    const r = firstDataRow + index;
    const styles = plan.styles.data;
    const look = highlighted.get(index) ?? (subtotals.has(index) ? "subtotal" : "plain");
    let cells = "";
    for (let i = 0; i < columns.length; i++) {
      const value = valueAt(values, columns[i].key);
      const style = styles[i][look][typeof value === "boolean" ? "boolean" : "value"];
      cells += cellXml(
        `${letters[i]}${r}`,
        style,
        value,
        table.formulas?.[index]?.[columns[i].key]
      );
    }
    yield row(
      r,
      plan.wrapped.length > 0 ? wrappedRowHeight(values, plan.wrapped) : undefined,
      cells,
      levels?.[index] ?? 0
    );
  }
}

/** Row highlights (whole rows, by index into the table's rows); a later rule wins, as in highlights.ts. */
function highlightedRows(sheet: SheetDescription): Map<number, HighlightStyle> {
  const found = new Map<number, HighlightStyle>();
  const count = sheet.table.rows.length;
  for (const rule of sheet.table.highlights ?? []) {
    if (rule.kind !== "rows") continue;
    for (const index of rule.rows)
      if (Number.isInteger(index) && index >= 0 && index < count) found.set(index, rule.style);
  }
  return found;
}

/** A row; `outlineLevel` groups it under the subtotal row below it (SheetTable.outline). */
function row(number: number, height: number | undefined, cells: string, outlineLevel = 0): string {
  const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
  const level = outlineLevel > 0 ? ` outlineLevel="${outlineLevel}"` : "";
  return `<row r="${number}"${ht}${level}>${cells}</row>`;
}

function lastRow(sheet: SheetDescription, firstDataRow: number, dataRows: number): number {
  let last = firstDataRow + dataRows - 1 + (sheet.table.totals ? 1 : 0);
  for (const block of sheet.blocks ?? []) last += 3 + block.rows.length - 1 + 1;
  return last;
}

/** Column highlights as conditional formats over the data rows (highlights.ts). */
function conditionalFormats(
  plan: WorksheetPlan,
  firstDataRow: number,
  letters: readonly string[],
  styleSheet: StyleSheet
): string {
  const { table } = plan.sheet;
  if (table.rows.length === 0) return "";
  let priority = 1;
  let xml = "";
  for (const rule of table.highlights ?? []) {
    if (rule.kind === "rows") continue;
    const index = table.columns.findIndex((column) => column.key === rule.column);
    if (index < 0) continue;
    const ref = `${letters[index]}${firstDataRow}:${letters[index]}${firstDataRow + table.rows.length - 1}`;
    const [operator, threshold] =
      rule.kind === "negative" ? ["lessThan", 0] : ["greaterThan", rule.value];
    xml += `<conditionalFormatting sqref="${ref}"><cfRule type="cellIs" dxfId="${styleSheet.differential(rule.style)}" priority="${priority++}" operator="${operator}"><formula>${threshold}</formula></cfRule></conditionalFormatting>`;
  }
  return xml;
}

/** Column drop-downs over the data rows, without an error alert (validations.ts). */
function dataValidations(
  plan: WorksheetPlan,
  firstDataRow: number,
  dataRows: number,
  letters: readonly string[]
): string {
  const items = plan.sheet.table.columns.flatMap((column, index) => {
    const validation = column.validation;
    if (validation?.kind !== "list" || validation.values.length === 0) return [];
    const prompt = validationPrompt(column, validation.values);
    const first = `${letters[index]}${firstDataRow}`;
    const last = `${letters[index]}${firstDataRow + dataRows - 1}`;
    const list = `"${validation.values.join(",").replace(/"/g, '""')}"`;
    return [
      `<dataValidation type="list" allowBlank="1" showInputMessage="1" promptTitle="${escapeXml(prompt.title)}" prompt="${escapeXml(prompt.text)}" sqref="${first === last ? first : `${first}:${last}`}"><formula1>${escapeXml(list)}</formula1></dataValidation>`,
    ];
  });
  return items.length === 0
    ? ""
    : `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}
