/**
 * The streaming writer (the CLI's default) writes a table's row outline as ECMA-376 has it (issue
 * 11, grouping hierarchy): each grouped row's outlineLevel, the sheet's deepest level in
 * sheetFormatPr outlineLevelRow, summary rows below (the default; an outlinePr, if written, goes
 * before pageSetUpPr, the schema's order), subtotal rows in bold. Read back with exceljs, and from the raw XML.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import type { SheetDescription } from "../../src/core/model/sheet";
import { tableLayout } from "../../src/xlsx/render-sheet";
import { renderReportStreamed } from "../../src/xlsx/stream/stream-workbook";
import { ROOT, testWithLxml, validateOoxml } from "../helpers/reference-tools";
import { runCli, scratchFolder } from "../cli/run-cli";

/** Two segments, each with its customers (level 1) and its subtotal row (level 0) below. */
const DESCRIPTION: SheetDescription = {
  name: "Segments",
  title: "Revenue by segment and customer",
  table: {
    name: "Segments",
    columns: [
      { key: "Segment", header: "Segment", format: "text" },
      { key: "Id", header: "Customer", format: "text" },
      { key: "Revenue", header: "Revenue", format: "money" },
    ],
    rows: [
      { Segment: "Online", Id: "B", Revenue: 400 },
      { Segment: "Online Total", Revenue: 400 },
      { Segment: "Retail", Id: "A", Revenue: 500 },
      { Segment: "Retail", Id: "C", Revenue: 100 },
      { Segment: "Retail Total", Revenue: 600 },
    ],
    totals: { Segment: "Total", Revenue: 1000 },
    outline: { rowLevels: [1, 0, 1, 1, 0], summaryRows: [1, 4] },
  },
};

const WITHOUT: SheetDescription = {
  ...DESCRIPTION,
  name: "Plain",
  table: { ...DESCRIPTION.table, name: "Plain", outline: undefined },
};

async function loaded(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A stored or deflated part of the zip, by name (local file headers, no data descriptors). */
function part(bytes: Uint8Array, name: string): string {
  const data = Buffer.from(bytes);
  for (let at = 0; at + 30 < data.length;) {
    if (data.readUInt32LE(at) !== 0x04034b50) break;
    const method = data.readUInt16LE(at + 8);
    const size = data.readUInt32LE(at + 18);
    const nameLength = data.readUInt16LE(at + 26);
    const extra = data.readUInt16LE(at + 28);
    const partName = data.toString("utf8", at + 30, at + 30 + nameLength);
    const start = at + 30 + nameLength + extra;
    const body = data.subarray(start, start + size);
    if (partName === name) return (method === 8 ? inflateRawSync(body) : body).toString("utf8");
    at = start + size;
  }
  throw new Error(`no part ${name}`);
}

test("each grouped row has its level, the sheet its deepest level, subtotal rows in bold", async () => {
  const workbook = await loaded(await renderReportStreamed([DESCRIPTION]));
  const sheet = workbook.getWorksheet(DESCRIPTION.name)!;
  const { firstDataRow } = tableLayout(DESCRIPTION);
  const levels = [0, 1, 2, 3, 4, 5].map((i) => sheet.getRow(firstDataRow + i).outlineLevel ?? 0);
  // Five data rows, then the totals row (not grouped).
  expect(levels).toEqual([1, 0, 1, 1, 0, 0]);
  expect(sheet.properties.outlineLevelRow).toBe(1);
  expect(sheet.getCell(firstDataRow + 1, 1).font?.bold).toBe(true);
  expect(sheet.getCell(firstDataRow + 4, 3).font?.bold).toBe(true);
  expect(sheet.getCell(firstDataRow + 2, 1).font?.bold).toBeFalsy();
});

test("the XML: outlineLevelRow, summary rows below, and nothing on a sheet without outline", async () => {
  const bytes = await renderReportStreamed([DESCRIPTION, WITHOUT]);
  const grouped = part(bytes, "xl/worksheets/sheet1.xml");
  // Summary rows below is the default; an outlinePr, if written, comes before pageSetUpPr.
  expect(grouped).toMatch(
    /<sheetPr>(<outlinePr summaryBelow="1"\/>)?<pageSetUpPr fitToPage="1"\/><\/sheetPr>/
  );
  expect(grouped).toContain('<sheetFormatPr defaultRowHeight="15" outlineLevelRow="1"/>');
  expect(grouped.match(/outlineLevel="1"/g)).toHaveLength(3);
  const plain = part(bytes, "xl/worksheets/sheet2.xml");
  expect(plain).not.toContain("outline");
});

describe("the CLI's report of an agent with subtotals (assets/filters-agent.json on the sample)", () => {
  let file: string;
  beforeAll(async () => {
    const folder = scratchFolder();
    file = join(folder, "report.xlsx");
    const run = await runCli(
      [
        join(ROOT, "assets/sample-transactions.xlsx"),
        "--config",
        join(ROOT, "assets/filters-agent.json"),
        "--out",
        file,
      ],
      folder
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  }, 300_000);

  it("Series 3's sheet groups each region's rows above its subtotal row", async () => {
    const workbook = await loaded(new Uint8Array(readFileSync(file)));
    const sheet = workbook.worksheets.find((s) => s.properties.outlineLevelRow === 1);
    expect(sheet).toBeDefined();
    const rows: [string, number][] = [];
    sheet!.eachRow((row) => {
      const first = row.getCell(1).value;
      if (typeof first === "string") rows.push([first, row.outlineLevel ?? 0]);
    });
    // Each "<Region> Total" row is level 0; the row above it is a detail row, level 1.
    const totals = rows.flatMap(([text, level], i) =>
      / Total$/.test(text) ? [[level, rows[i - 1][1]]] : []
    );
    expect(totals.length).toBeGreaterThan(0);
    for (const [total, above] of totals) expect([total, above]).toEqual([0, 1]);
  });

  testWithLxml("passes the ECMA-376 schemas", () => {
    const schema = validateOoxml(file);
    expect(schema.output).not.toContain("FAIL");
    expect(schema.ok).toBe(true);
  });
});
