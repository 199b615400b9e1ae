/**
 * The result workbook: one worksheet per SheetDescription, in order. Pure exceljs, so the browser
 * task pane can build the same download the CLI writes.
 */
import ExcelJS from "exceljs";
import type { SheetDescription } from "../core/model/sheet";
import { uniqueSheetName, uniqueTableName } from "./names";
import { addCharts, type ChartedSheet } from "./charts";
import { fixWorksheetOrder, openPackage, savePackage } from "./ooxml-package";
import { renderSheet } from "./render-sheet";
import { xmlSafeText } from "./xml-text";
import { preparedSheets, type RenderOptions } from "./prepared-sheets";

export { preparedSheets, type RenderOptions };

export function renderWorkbook(
  sheets: readonly SheetDescription[],
  options: RenderOptions = {}
): ExcelJS.Workbook {
  return drawWorkbook(preparedSheets(sheets), options);
}

/** `sheets` as preparedSheets leaves them. */
function drawWorkbook(
  sheets: readonly SheetDescription[],
  options: RenderOptions
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = xmlSafeText(options.creator ?? "Unprofitable Account Agent");
  workbook.created = options.created ?? new Date();
  workbook.modified = workbook.created;
  const sheetNames = new Set<string>();
  const tableNames = new Set<string>();
  for (const sheet of sheets) {
    renderSheet(workbook, sheet, {
      sheetName: uniqueSheetName(sheet.name, sheetNames),
      tableName: uniqueTableName(sheet.table.name, tableNames),
    });
  }
  return workbook;
}

/** The .xlsx file's bytes, with exceljs' element order fixed where Excel needs it (ooxml-package). */
export async function workbookToBuffer(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const written: unknown = await workbook.xlsx.writeBuffer();
  // Node gives a Buffer (already a Uint8Array), browsers an ArrayBuffer.
  const bytes = written instanceof Uint8Array ? written : new Uint8Array(written as ArrayBuffer);
  const pkg = await openPackage(bytes);
  return (await fixWorksheetOrder(pkg)) ? savePackage(pkg) : bytes;
}

/**
 * The whole report file: the workbook as renderWorkbook draws it, plus the charts of sheets that
 * ask for them (see charts.ts for the proposed `charts` field).
 */
export async function renderReport(
  described: readonly ChartedSheet[],
  options: RenderOptions = {}
): Promise<Uint8Array> {
  const sheets = preparedSheets(described);
  const workbook = drawWorkbook(sheets, options);
  if (!sheets.some((sheet) => (sheet.charts?.length ?? 0) > 0)) return workbookToBuffer(workbook);
  const written: unknown = await workbook.xlsx.writeBuffer();
  const pkg = await openPackage(
    written instanceof Uint8Array ? written : new Uint8Array(written as ArrayBuffer)
  );
  await fixWorksheetOrder(pkg);
  await addCharts(
    pkg,
    sheets,
    workbook.worksheets.map((worksheet) => worksheet.name)
  );
  return savePackage(pkg);
}
