/// <reference types="office-js" />
/* global Excel */
/**
 * Column validations (SheetColumn.validation) as Excel data validation (ExcelApi 1.8): a list is
 * an in-cell drop-down over the column's data rows. No error alert, so a team can still type a
 * value the list lacks (the .xlsx writer does the same); a prompt names the choices.
 */
import type { SheetColumn, SheetDescription } from "../core/model/sheet";
import { MAX_PROMPT_TEXT, validationPrompt } from "../core/report/excel-sheet";

/** Excel's limit on an inline list (the characters of `source`). */
const MAX_LIST_SOURCE = 255;

/** Why a column's validation cannot be written, or null. */
export function validationProblem(description: SheetDescription): string | null {
  for (const column of description.table.columns) {
    const values = column.validation?.values;
    if (!values) continue;
    if (values.some((value) => value.includes(",")))
      return `The drop-down of column '${column.header}' on sheet '${description.name}' has a value with a comma, which Excel's list cannot hold.`;
    if (values.join(",").length > MAX_LIST_SOURCE)
      return `The drop-down of column '${column.header}' on sheet '${description.name}' is longer than Excel's ${MAX_LIST_SOURCE} characters.`;
  }
  return null;
}

/**
 * Queues the drop-down of `column` on `rows` rows from `firstRow` in sheet column `columnIndex`
 * (the caller syncs). Any validation already there is cleared first: Excel refuses a new rule
 * over cells that have a different one, e.g. a table row that inherited the one above.
 */
export function queueColumnValidation(
  sheet: Excel.Worksheet,
  column: SheetColumn,
  at: { readonly firstRow: number; readonly rows: number; readonly columnIndex: number }
): void {
  const validation = column.validation;
  if (validation?.kind !== "list" || validation.values.length === 0 || at.rows < 1) return;
  const range = sheet.getRangeByIndexes(at.firstRow, at.columnIndex, at.rows, 1);
  const prompt = validationPrompt(column, validation.values);
  range.dataValidation.clear();
  range.dataValidation.rule = {
    list: { inCellDropDown: true, source: validation.values.join(",") },
  };
  range.dataValidation.ignoreBlanks = true;
  range.dataValidation.errorAlert = {
    showAlert: false,
    style: "Information",
    title: prompt.title,
    message: `Usually one of: ${prompt.text}.`.slice(0, MAX_PROMPT_TEXT),
  };
  range.dataValidation.prompt = { showPrompt: true, title: prompt.title, message: prompt.text };
}

/** Every column validation of the description over its table's body rows. */
export function queueValidations(
  sheet: Excel.Worksheet,
  description: SheetDescription,
  layout: { readonly firstDataRow: number; readonly bodyRows: number }
): void {
  description.table.columns.forEach((column, columnIndex) =>
    queueColumnValidation(sheet, column, {
      firstRow: layout.firstDataRow,
      rows: layout.bodyRows,
      columnIndex,
    })
  );
}
