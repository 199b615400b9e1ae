/**
 * A transaction template workbook: headers in the first row (where the source reader looks for
 * them), one example line under them, and a second sheet saying what each column holds. Written
 * with exceljs like the result workbook, so the pane outside Office can offer it as a download.
 */
import ExcelJS from "exceljs";
import { workbookToBuffer } from "./render-workbook";

export interface TemplateColumnSpec {
  readonly header: string;
  readonly example: string | number;
  readonly kind: "text" | "money" | "date";
  readonly meaning: string;
}

export async function templateWorkbook(
  columns: readonly TemplateColumnSpec[],
  created = new Date()
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = created;
  const sheet = workbook.addWorksheet("Transactions");
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  sheet.addRow(columns.map(exampleValue));
  columns.forEach((c, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = Math.max(12, c.header.length + 2, String(c.example).length + 2);
    if (c.kind === "money") col.numFmt = "#,##0.00";
    if (c.kind === "date") col.numFmt = "yyyy-mm-dd";
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const about = workbook.addWorksheet("About");
  about.addRow(["Column", "What it holds"]).font = { bold: true };
  for (const c of columns) about.addRow([c.header, c.meaning]);
  about.getColumn(1).width = 20;
  about.getColumn(2).width = 60;
  return workbookToBuffer(workbook);
}

/** A date as the date it names (UTC midnight, as exceljs writes dates), not as text. */
function exampleValue(column: TemplateColumnSpec): string | number | Date {
  return column.kind === "date" && typeof column.example === "string"
    ? new Date(`${column.example}T00:00:00Z`)
    : column.example;
}
