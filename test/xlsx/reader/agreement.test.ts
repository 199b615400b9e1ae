import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue } from "../../../src/core/model/cells";
import { nodeInflater } from "../../../src/cli/node-inflate";
import { toCellValue } from "../../../src/xlsx/cell-value";
import { openWorkbook, type OpenOptions } from "../../../src/xlsx/reader/workbook-reader";
import { handmadeWorkbook, inlineCell, numberCell } from "../../helpers/handmade-workbook";

/**
 * The workbook reader (src/xlsx/reader) against exceljs, cell for cell: every .xlsx of the test
 * suite and the sample, workbooks exceljs writes with every kind of value, and hand-made parts
 * with what other programs write. Both inflaters (Node's zlib, the portable fflate) are read.
 */
const ROOT = resolve(__dirname, "../../..");

// exceljs loads each workbook whole for the comparison: seconds on a busy shared machine.
jest.setTimeout(60_000);

type Grid = Map<string, Map<number, string>>;

/** A value both readers can be compared by (dates by their instant). */
function shown(value: CellValue): string {
  if (value instanceof Date) return `date ${value.toISOString()}`;
  return JSON.stringify(value);
}

function put(grid: Grid, sheet: string, row: number, values: readonly CellValue[]): void {
  const cells = new Map<number, string>();
  values.forEach((value, index) => {
    if (value !== null) cells.set(index + 1, shown(value));
  });
  if (cells.size > 0) grid.set(`${sheet}!${row}`, cells);
}

async function readOurs(bytes: Uint8Array, options: OpenOptions): Promise<Grid> {
  const grid: Grid = new Map();
  const workbook = await openWorkbook(bytes, options);
  for (const name of workbook.sheetNames) {
    const sheet = workbook.find(name);
    if (!sheet) throw new Error(`sheet ${name} not found`);
    for await (const batch of workbook.rows(sheet))
      for (const row of batch) put(grid, name, row.number, row.values);
  }
  return grid;
}

/**
 * exceljs drops a formula's saved result when it is 0 (its reader tests the result for truth):
 * such a cell is marked, and the reader's 0 there counts as agreeing. Excel shows 0.
 */
const RESULT_LOST_BY_EXCELJS = "exceljs lost a formula's result 0";

function exceljsValue(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const content = cell.value as { formula?: string; sharedFormula?: string; result?: unknown };
  const formula = typeof content === "object" && content !== null && !(content instanceof Date);
  if (formula && (content.formula ?? content.sharedFormula) !== undefined && !("result" in content))
    return RESULT_LOST_BY_EXCELJS;
  return toCellValue(cell.value);
}

/** exceljs' reading, as the pane's reader turned it into values (merged copies read as empty). */
async function readExcelJs(bytes: Uint8Array): Promise<Grid> {
  const grid: Grid = new Map();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  for (const worksheet of workbook.worksheets)
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        values[column - 1] = exceljsValue(cell);
      });
      put(
        grid,
        worksheet.name,
        rowNumber,
        Array.from(values, (value) => value ?? null)
      );
    });
  return grid;
}

function asObject(grid: Grid): Record<string, Record<number, string>> {
  return Object.fromEntries([...grid].map(([key, cells]) => [key, Object.fromEntries(cells)]));
}

/** Ours, with a 0 where exceljs lost a formula's result 0 marked as exceljs marks it. */
function comparable(ours: Grid, exceljs: Grid): Record<string, Record<number, string>> {
  const lost = shown(RESULT_LOST_BY_EXCELJS);
  for (const [key, cells] of exceljs)
    for (const [column, value] of cells)
      if (value === lost && ours.get(key)?.get(column) === "0") ours.get(key)?.set(column, lost);
  return asObject(ours);
}

async function expectAgreement(bytes: Uint8Array): Promise<number> {
  const exceljs = await readExcelJs(bytes);
  const expected = asObject(exceljs);
  expect(comparable(await readOurs(bytes, { inflater: nodeInflater }), exceljs)).toEqual(expected);
  expect(comparable(await readOurs(bytes, {}), exceljs)).toEqual(expected);
  return Object.values(expected).reduce((sum, row) => sum + Object.keys(row).length, 0);
}

function workbookFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return workbookFiles(path);
    return entry.name.endsWith(".xlsx") ? [path] : [];
  });
}

describe("the workbook reader agrees with exceljs", () => {
  // exceljs cannot open this one at all ("reading 'anchors'"); the CLI's tests read it.
  const unreadableByExcelJs = "report-resaved-by-openpyxl.xlsx";
  const files = [
    ...workbookFiles(join(ROOT, "test")),
    join(ROOT, "assets/sample-transactions.xlsx"),
  ].filter((file) => !file.endsWith(unreadableByExcelJs));

  it.each(files.map((file) => [file.slice(ROOT.length + 1), file]))(
    "on %s",
    async (_name, file) => {
      const cells = await expectAgreement(new Uint8Array(readFileSync(file)));
      expect(cells).toBeGreaterThan(0);
    }
  );

  it("on a workbook exceljs writes with rich text, formulas, dates, errors, merges and links", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Values");
    sheet.addRow(["Id", "Name", "Amount", "Date", "Flag"]);
    sheet.addRow([
      "CID-1",
      { richText: [{ text: "Big ", font: { bold: true } }, { text: "& Co <Ltd>" }] },
      { formula: "1+1", result: 2 },
      new Date(Date.UTC(2024, 2, 15)),
      true,
    ]);
    sheet.addRow([
      "CID-2",
      { text: "linked", hyperlink: "https://example.com" },
      { error: "#N/A" },
      { formula: "TODAY()", result: new Date(Date.UTC(2024, 9, 21)) },
      false,
    ]);
    sheet.getCell("D2").numFmt = "yyyy-mm-dd";
    sheet.getCell("D3").numFmt = "d mmm yyyy";
    sheet.getCell("G5").value = "far right, after a gap";
    sheet.getCell("A7").value = -0.125;
    sheet.getRow(6).hidden = true;
    sheet.getCell("A6").value = "in a hidden row";
    sheet.mergeCells("B8:C8");
    sheet.getCell("B8").value = "merged";
    workbook.addWorksheet("Second").addRow(["only", 1, "_x0041_ escaped"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await expectAgreement(bytes)).toBe(22);
  });

  it("on a 1904 workbook's dates", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet("Dates");
    sheet.addRow(["Date", new Date(Date.UTC(2024, 0, 31))]);
    sheet.getCell("B1").numFmt = "yyyy-mm-dd";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await expectAgreement(bytes)).toBe(2);
    const ours = await readOurs(bytes, { inflater: nodeInflater });
    expect(ours.get("Dates!1")?.get(2)).toBe("date 2024-01-31T00:00:00.000Z");
  });

  it("on parts other programs write: rich shared strings, inline strings, cached formulas, gaps, hidden rows, a lying dimension", async () => {
    const rows = [
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>${inlineCell("C1", "Inline &amp; plain")}</row>`,
      `<row r="2"><c r="A2" t="inlineStr"><is><r><t>in</t></r><r><rPr><b/></rPr><t xml:space="preserve">line rich</t></r></is></c>` +
        `<c r="C2"><f>1+1</f><v>2</v></c><c r="D2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>` +
        `<c r="E2" t="b"><f>TRUE()</f><v>1</v></c></row>`,
      `<row r="3" hidden="1">${numberCell("A3", 3.5)}<c r="B3"/>${numberCell("E3", 45000, 1)}</row>`,
      `<row r="5"><c r="A5" t="e"><v>#DIV/0!</v></c><c r="F5"><f t="shared" si="0" ref="F5:F6">A3*2</f><v>7</v></c></row>`,
      `<row r="6"><c r="F6"><f t="shared" si="0"/><v>0</v></c><c r="Z6" t="s"><v>0</v></c></row>`,
    ].join("");
    const bytes = handmadeWorkbook({
      sheets: [{ name: "Odd", rows, head: '<dimension ref="A1:B2"/>' }],
      sharedStringItems: [
        '<r><t>Rich</t></r><r><rPr><i/></rPr><t xml:space="preserve"> runs</t></r>',
        "<t>plain</t>",
      ],
      styles: [0, 14],
    });
    expect(await expectAgreement(bytes)).toBe(13);
    const ours = asObject(await readOurs(bytes, {}));
    expect(ours["Odd!1"]).toEqual({ 1: '"Rich runs"', 2: '"plain"', 3: '"Inline & plain"' });
    expect(ours["Odd!2"]).toEqual({ 1: '"inline rich"', 3: "2", 4: '"ab"', 5: "true" });
    // 45000 in the 1900 system is 2023-03-15.
    expect(ours["Odd!3"]).toEqual({ 1: "3.5", 5: "date 2023-03-15T00:00:00.000Z" });
    expect(ours["Odd!6"]).toEqual({ 6: "0", 26: '"Rich runs"' });
  });
});
