/** Reading back the downloaded result workbook the way a user would look at it. */
import ExcelJS from "exceljs";

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

export function cellNumber(value: ExcelJS.CellValue): number | null {
  if (typeof value === "number") return value;
  if (value && typeof value === "object" && "result" in value && typeof value.result === "number")
    return value.result;
  return null;
}

/** The row whose first cell is `label`, searching column A from the top. */
export function rowByLabel(
  sheet: ExcelJS.Worksheet,
  label: string,
  column = 1
): ExcelJS.Row | undefined {
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.getCell(column).text === label) return row;
  }
  return undefined;
}

/** The number to the right of `label` in the same row (the first numeric cell). */
export function numberBesideLabel(
  sheet: ExcelJS.Worksheet,
  label: string,
  column = 1
): number | null {
  const row = rowByLabel(sheet, label, column);
  if (!row) return null;
  for (let c = column + 1; c <= row.cellCount; c++) {
    const n = cellNumber(row.getCell(c).value);
    if (n !== null) return n;
  }
  return null;
}

/** "12,345.67" (as the pane shows money) -> 12345.67. */
export function parseShownNumber(text: string): number {
  return Number(text.replace(/[^0-9.-]/g, ""));
}
