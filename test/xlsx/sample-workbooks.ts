/** Workbooks built with exceljs for the readers' tests. */
import ExcelJS from "exceljs";

export async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A sheet with every kind of cell a transaction export holds, header on row 3. */
export async function salesWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Empty");
  const sales = workbook.addWorksheet("Sales");
  sales.getRow(3).values = [
    "Customer Id",
    "Customer Name",
    "Invoice Price",
    "Pricing Date",
    "Flag",
  ];
  sales.getRow(4).values = ["CID-1", "Acme", 1234.5, new Date(Date.UTC(2024, 0, 31)), true];
  sales.getRow(5).values = [
    { richText: [{ text: "CID-" }, { text: "2", font: { bold: true } }] },
    { text: "Beta Ltd", hyperlink: "https://example.com" },
    { formula: "1+1", result: 2 },
    { formula: "DATE(2024,2,29)", result: new Date(Date.UTC(2024, 1, 29)) },
    { error: "#N/A" },
  ];
  sales.getRow(6).values = [
    "CID-3",
    "Gamma",
    { formula: "NA()", result: { error: "#N/A" } },
    "2024-03-01",
    null,
  ];
  // Row 7 blank, row 8 data, row 9 only formatted (no content).
  sales.getRow(8).values = ["CID-4", "=not a formula", -5, 45000, false];
  sales.getCell("A9").numFmt = "0.00";
  sales.getCell("B9").value = "   ";
  // An unlabelled column after the header's last label is not read.
  sales.getCell("G4").value = "stray";
  for (const cell of ["D4", "D5"]) sales.getCell(cell).numFmt = "yyyy-mm-dd";
  return toBytes(workbook);
}
