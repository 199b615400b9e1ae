/**
 * Column validations (SheetColumn.validation) as Excel data validation over the table's data
 * rows: a list becomes an in-cell drop-down. No error alert, so a team can still type a value
 * the list lacks; Excel extends a table's validation to the rows users add to the table.
 *
 * One validation per column range, added by its address: exceljs squeezes per-cell validations
 * in text order of the addresses ("A10" before "A6"), which writes overlapping ranges (A10:A25
 * and A6:A25) for a column that crosses from row 9 to row 10.
 */
import type ExcelJS from "exceljs";
import { validationPrompt } from "../core/report/excel-sheet";
import type { TableArea } from "./highlights";

/** exceljs keeps a sheet's validations by address; its type declarations leave the collection out. */
interface SheetValidations {
  readonly dataValidations: {
    add(address: string, validation: ExcelJS.DataValidation): void;
  };
}

export function applyValidations(worksheet: ExcelJS.Worksheet, area: TableArea): void {
  const validations = (worksheet as unknown as SheetValidations).dataValidations;
  area.columns.forEach((column, index) => {
    const validation = column.validation;
    if (validation?.kind !== "list" || validation.values.length === 0 || area.dataRows < 1) return;
    const list = validation.values.join(",");
    const prompt = validationPrompt(column, validation.values);
    const columnIndex = area.firstColumn + index;
    const first = worksheet.getCell(area.firstDataRow, columnIndex).address;
    const last = worksheet.getCell(area.firstDataRow + area.dataRows - 1, columnIndex).address;
    validations.add(first === last ? first : `${first}:${last}`, {
      type: "list",
      allowBlank: true,
      formulae: [`"${list.replace(/"/g, '""')}"`],
      showErrorMessage: false,
      promptTitle: prompt.title,
      prompt: prompt.text,
      showInputMessage: true,
    });
  });
}
