/**
 * One set of cell and header rules for a result sheet, applied to its description before either
 * host writes it (src/xlsx for the file, src/excel through Office.js), so both write the same
 * cells: unique single-line table headers, cell values Excel can hold (excel-cells.ts), a totals
 * row that says "Total" in its first column when the description labels none, and drop-down
 * prompts within Excel's lengths.
 */
import {
  valueAt,
  type SheetBlock,
  type SheetColumn,
  type SheetDescription,
  type SheetRow,
  type SheetTable,
} from "../model/sheet";
import { excelText, excelValue, needsExcelValue } from "./excel-cells";
import { uniqueHeaders } from "./unique-names";

/** Excel's limits on a data validation's input message: its title and its text. */
export const MAX_PROMPT_TITLE = 32;
export const MAX_PROMPT_TEXT = 255;

export function excelSheet(description: SheetDescription): SheetDescription {
  const { table } = description;
  return {
    ...description,
    title: excelText(description.title),
    ...(description.notes ? { notes: description.notes.map(excelText) } : {}),
    table: excelTable(table),
    ...(description.blocks ? { blocks: description.blocks.map(excelBlock) } : {}),
  };
}

function excelTable(table: SheetTable): SheetTable {
  const headers = uniqueHeaders(table.columns.map((column) => column.header));
  const columns = table.columns.map((column, index) =>
    excelColumn({ ...column, header: headers[index] })
  );
  const totals = table.totals ? labelledTotals(table.totals, columns) : undefined;
  return { ...table, columns, rows: table.rows.map(excelRow), ...(totals ? { totals } : {}) };
}

function excelBlock(block: SheetBlock): SheetBlock {
  return {
    ...block,
    title: excelText(block.title),
    columns: block.columns.map((column) => excelColumn(column)),
    rows: block.rows.map(excelRow),
  };
}

function excelColumn(column: SheetColumn): SheetColumn {
  return { ...column, header: excelText(column.header) };
}

/** The row itself unless a value must change: result tables run to a million rows. */
function excelRow(row: SheetRow): SheetRow {
  if (!Object.values(row).some(needsExcelValue)) return row;
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, excelValue(value)]));
}

/** Totals as given (numbers are the engine's exact sums), "Total" first when nothing is labelled. */
function labelledTotals(totals: SheetRow, columns: readonly SheetColumn[]): SheetRow {
  const row = excelRow(totals);
  const labelled = Object.values(row).some((value) => typeof value === "string");
  const first = columns[0]?.key;
  if (labelled || first === undefined || (valueAt(row, first) ?? null) !== null) return row;
  return { ...row, [first]: "Total" };
}

/** A drop-down's input message: the column's header as its title and the choices, within Excel's lengths. */
export function validationPrompt(
  column: SheetColumn,
  values: readonly string[]
): { readonly title: string; readonly text: string } {
  return {
    title: column.header.slice(0, MAX_PROMPT_TITLE),
    text: values.join(", ").slice(0, MAX_PROMPT_TEXT),
  };
}
