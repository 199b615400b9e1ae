/**
 * Column validations (SheetColumn.validation) as Excel data validation over the table's data
 * rows: a list becomes an in-cell drop-down. No error alert, so a team can still type a value
 * the list lacks; Excel extends a table's validation to the rows users add to the table.
 */
import type ExcelJS from "exceljs";
import { validationPrompt } from "../core/report/excel-sheet";
import type { TableArea } from "./highlights";

export function applyValidations(worksheet: ExcelJS.Worksheet, area: TableArea): void {
  area.columns.forEach((column, index) => {
    const validation = column.validation;
    if (validation?.kind !== "list" || validation.values.length === 0) return;
    const list = validation.values.join(",");
    const prompt = validationPrompt(column, validation.values);
    for (let offset = 0; offset < area.dataRows; offset++) {
      // Alike cells are written as one range (exceljs squeezes them on save).
      worksheet.getCell(area.firstDataRow + offset, area.firstColumn + index).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${list.replace(/"/g, '""')}"`],
        showErrorMessage: false,
        promptTitle: prompt.title,
        prompt: prompt.text,
        showInputMessage: true,
      };
    }
  });
}
