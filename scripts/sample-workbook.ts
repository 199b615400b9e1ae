/**
 * Writes generated sample transactions as a finance user's .xlsx export (date cells, number
 * formats, bold frozen header, autofilter) or as .csv. Used by `npm run sample` and the
 * benchmark's end-to-end run. `npm run sample` adds a "Formulas" sheet showing the add-in's
 * worksheet functions in use (src/sample/formulas-sheet.ts), and the customer profit
 * contribution's input tables (Activities, Cost Drivers, Customer Costs: plain sheets, or CSV
 * files beside the CSV sample, as the CLI reads them).
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import type { CellValue } from "../src/core/model/cells";
import { isCellError } from "../src/core/model/cells";
import { serialToUtcDate } from "../src/sample/excel-date";
import type { SampleTable } from "../src/sample/contribution-sample";
import {
  storedFormula,
  type FormulasSheetCell,
  type FormulasSheetDescription,
  type FormulasRowStyle,
} from "../src/sample/formulas-sheet";
import { isMeasureError } from "../src/core/worksheet/measure-error";
import { EXCEL_NUMBER_FORMAT } from "../src/core/model/sheet";
import { openPackage, readPart, savePackage, writePart } from "../src/xlsx/ooxml-package";
import { SAMPLE_COLUMN, type SampleHeader, type SampleTransactions } from "../src/sample/generate";

const COLUMN_LAYOUT: Record<SampleHeader, { width: number; numFmt?: string }> = {
  "Customer Id": { width: 12 },
  "Customer Name": { width: 40 },
  "Customer Segment": { width: 22 },
  Region: { width: 14 },
  Product: { width: 26 },
  "Pricing Date": { width: 12, numFmt: "yyyy-mm-dd" },
  Quantity: { width: 10, numFmt: "#,##0" },
  Currency: { width: 9 },
  "Invoice Price": { width: 15, numFmt: "#,##0.00;[Red]-#,##0.00" },
  // Margins carry up to four decimals (as in the seed's 866388.9888); show them all.
  "Gross Margin": { width: 15, numFmt: "#,##0.00##;[Red]-#,##0.00##" },
  "Calculated Rebate": { width: 15, numFmt: "#,##0.00;[Red]-#,##0.00" },
};

const DATE_COLUMN = SAMPLE_COLUMN["Pricing Date"];

/**
 * How Excel calculates the workbook on opening, decided here rather than left to exceljs (which
 * writes calcId 171027, an engine older than current Excel's). Excel fully recalculates a file
 * whose calcId is older than its own engine, and, from calcId 179016 on, one that lacks its
 * engine's calcFeatures list ([MS-XLSX] 2.4.82), which no generated file can promise to match.
 * So the file asks for it plainly (fullCalcOnLoad: every version recalculates, the same way)
 * and carries the calcId that Excel 2019 and Microsoft 365 write. The Formulas sheet's notes say
 * what that shows with and without the add-in.
 */
const CALC_PROPERTIES = '<calcPr calcId="191029" fullCalcOnLoad="1"/>';

export async function writeSampleWorkbook(
  sample: SampleTransactions,
  filename: string,
  formulas?: FormulasSheetDescription,
  tables: readonly SampleTable[] = []
): Promise<void> {
  // The streaming writer keeps a 100,000-row workbook cheap to write.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = "Unprofitable Account Agent sample generator";
  // Fixed document dates, so regenerating unchanged data gives the same document properties.
  workbook.created = workbook.modified = new Date(Date.UTC(2025, 9, 21));
  const sheet = workbook.addWorksheet("Transactions", {
    views: [{ state: "frozen", ySplit: 1 }],
    // Printed (or converted to PDF), all eleven columns fit across a landscape page.
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = sample.headers.map((header) => {
    const layout = COLUMN_LAYOUT[header as SampleHeader];
    return {
      header,
      key: header,
      width: layout.width,
      ...(layout.numFmt ? { style: { numFmt: layout.numFmt } } : {}),
    };
  });
  const headerRow = sheet.getRow(1);
  headerRow.font = { bold: true };
  headerRow.commit();
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: sample.rows.length + 1, column: sample.headers.length },
  };

  for (const row of sample.rows) {
    sheet.addRow(row.map((value, column) => toExcelValue(value, column))).commit();
  }
  sheet.commit();
  if (formulas) writeFormulasSheet(workbook, formulas);
  for (const table of tables) writeTableSheet(workbook, table);
  await workbook.commit();
  await recalculateOnOpening(filename);
}

/** Replaces the streaming writer's calculation properties by CALC_PROPERTIES. */
async function recalculateOnOpening(filename: string): Promise<void> {
  const pkg = await openPackage(await readFile(filename));
  const xml = (await readPart(pkg, "xl/workbook.xml")) ?? "";
  const calcPr = /<calcPr\b[^>]*\/>/;
  if (!calcPr.test(xml)) throw new Error(`${filename}: the workbook part has no <calcPr/>`);
  writePart(pkg, "xl/workbook.xml", xml.replace(calcPr, CALC_PROPERTIES));
  await writeFile(filename, await savePackage(pkg));
}

/** An input table as a user would keep it: bold frozen header, autofilter, money with decimals. */
function writeTableSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: SampleTable): void {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.headers.map((header) => ({
    header,
    key: header,
    width: Math.max(12, header.length + 4),
    ...(/Costs|Payments/.test(header) ? { style: { numFmt: "#,##0.00" } } : {}),
  }));
  const headerRow = sheet.getRow(1);
  headerRow.font = { bold: true };
  headerRow.commit();
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: table.rows.length + 1, column: table.headers.length },
  };
  for (const row of table.rows) sheet.addRow(row.map((value) => value ?? null)).commit();
  sheet.commit();
}

/** Each table as `<name>.csv` in `folder`, which is where the CLI looks beside a CSV input. */
export async function writeSampleTablesCsv(
  tables: readonly SampleTable[],
  folder: string
): Promise<string[]> {
  const files: string[] = [];
  for (const table of tables) {
    const file = path.join(folder, `${table.name}.csv`);
    const lines = [table.headers.map(csvField).join(",")];
    for (const row of table.rows)
      lines.push(row.map((value) => csvField(value === null ? "" : String(value))).join(","));
    await writeFile(file, lines.join("\r\n") + "\r\n", "utf8");
    files.push(file);
  }
  return files;
}

const FORMULAS_ROW_FONT: Partial<Record<FormulasRowStyle, Partial<ExcelJS.Font>>> = {
  title: { bold: true, size: 14 },
  heading: { bold: true, size: 12 },
  header: { bold: true },
  note: { italic: true, color: { argb: "FF595959" } },
};

/**
 * Formula cells keep the value the add-in's functions computed (for programs that show saved
 * values; Excel recalculates on opening, CALC_PROPERTIES); the formula is stored as Excel
 * stores add-in functions.
 */
function writeFormulasSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  description: FormulasSheetDescription
): void {
  const sheet = workbook.addWorksheet(description.name, {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = description.widths.map((width) => ({ width }));
  for (const row of description.rows) {
    const added = sheet.addRow(row.cells.map((cell) => (cell ? formulasCellValue(cell) : null)));
    const font = FORMULAS_ROW_FONT[row.style];
    // Wrapped headers: LibreOffice does not grow the row by itself.
    if (row.style === "header") added.height = 30;
    row.cells.forEach((cell, c) => {
      const target = added.getCell(c + 1);
      if (font) target.font = font;
      if (row.style === "header") target.alignment = { wrapText: true, vertical: "bottom" };
      if (cell?.format && cell.format !== "text") target.numFmt = EXCEL_NUMBER_FORMAT[cell.format];
    });
    added.commit();
  }
  sheet.commit();
}

function formulasCellValue(cell: FormulasSheetCell): ExcelJS.CellValue {
  const value = isMeasureError(cell.value)
    ? { error: cell.value.code as ExcelJS.CellErrorValue["error"] }
    : cell.value;
  if (cell.formula === undefined) return value as ExcelJS.CellValue;
  return {
    formula: storedFormula(cell.formula),
    result: value ?? undefined,
  } as ExcelJS.CellFormulaValue;
}

function toExcelValue(value: CellValue, column: number): ExcelJS.CellValue {
  if (value === null) return null;
  if (column === DATE_COLUMN && typeof value === "number") return serialToUtcDate(value);
  if (isCellError(value)) return { error: value.error as ExcelJS.CellErrorValue["error"] };
  return value;
}

export async function writeSampleCsv(sample: SampleTransactions, filename: string): Promise<void> {
  const lines = [sample.headers.map(csvField).join(",")];
  for (const row of sample.rows)
    lines.push(row.map((value, column) => csvField(csvText(value, column))).join(","));
  await writeFile(filename, lines.join("\r\n") + "\r\n", "utf8");
}

function csvText(value: CellValue, column: number): string {
  if (value === null) return "";
  if (column === DATE_COLUMN && typeof value === "number")
    return serialToUtcDate(value).toISOString().slice(0, 10);
  if (isCellError(value)) return value.error;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** RFC 4180: quote fields with a comma, quote or line break; double the quotes inside. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
