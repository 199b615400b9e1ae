/**
 * The streaming writer (src/xlsx/stream/) writes the workbook exceljs writes, as a user sees it:
 * cell for cell on the bundled sample's report (every sheet, notes, drop-downs, highlights,
 * charts) and on a generated 50,000-account sheet; valid against the ECMA-376 schemas; without
 * data descriptors; carried on by the next run's lifecycle.
 */
import ExcelJS from "exceljs";
import { copyFileSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { renderReport } from "../../src/xlsx/render-workbook";
import { renderReportStreamed } from "../../src/xlsx/stream/stream-workbook";
import { checkTables, ROOT, testWithLxml, validateOoxml } from "../helpers/reference-tools";
import { workbookDifferences } from "../helpers/workbook-compare";
import { runCli, scratchFolder } from "../cli/run-cli";
import { joinSheet } from "./sample-sheets";

jest.setTimeout(300_000);

const SAMPLE = join(ROOT, "assets", "sample-transactions.xlsx");
const CONFIG = join(ROOT, "assets", "sample-agent.json");

let folder: string;

/** The CLI's report on the sample, written by the writer UAA_REPORT_WRITER names. */
async function sampleReport(writer: "exceljs" | "streamed", out: string) {
  process.env.UAA_REPORT_WRITER = writer;
  try {
    return await runCli(["sample.xlsx", "--config", CONFIG, "--out", out], folder);
  } finally {
    delete process.env.UAA_REPORT_WRITER;
  }
}

beforeAll(async () => {
  folder = scratchFolder();
  copyFileSync(SAMPLE, join(folder, "sample.xlsx"));
  for (const writer of ["exceljs", "streamed"] as const) {
    const run = await sampleReport(writer, `${writer}.xlsx`);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  }
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const read = (name: string) => new Uint8Array(readFileSync(join(folder, name)));

test("the sample's report is the same workbook from both writers, cell for cell", async () => {
  expect(await workbookDifferences(read("exceljs.xlsx"), read("streamed.xlsx"))).toEqual([]);
});

test("the comparison sees a difference: a changed customer name is found", async () => {
  const sheets = [joinSheet(30)];
  const changed = structuredClone(sheets);
  (changed[0].table.rows[7] as Record<string, unknown>).CustomerName = "Someone else";
  const differences = await workbookDifferences(
    await renderReport(sheets),
    await renderReportStreamed(changed)
  );
  expect(differences).toEqual([expect.stringContaining("Join Series B13")]);
});

test("50,000 accounts: the same workbook from both writers", async () => {
  const sheets = [joinSheet(50_000)];
  const streamed = await renderReportStreamed(sheets);
  expect(await workbookDifferences(await renderReport(sheets), streamed)).toEqual([]);
});

testWithLxml("the streamed report passes the ECMA-376 schemas and the table checks", () => {
  const file = join(folder, "streamed.xlsx");
  const schema = validateOoxml(file);
  expect(schema.output).not.toContain("FAIL");
  expect(schema.ok).toBe(true);
  const tables = checkTables(file);
  expect(tables.output).toContain("no table/package problems found");
  expect(tables.ok).toBe(true);
});

test("no part has a data descriptor: every local header carries its sizes (issue 16, item 6)", () => {
  const bytes = read("streamed.xlsx");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let parts = 0;
  for (let at = 0; view.getUint32(at, true) === 0x04034b50; parts++) {
    expect(view.getUint16(at + 6, true) & 0x08).toBe(0);
    const compressed = view.getUint32(at + 18, true);
    expect(compressed).toBeGreaterThan(0);
    at += 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true) + compressed;
  }
  expect(parts).toBeGreaterThan(40);
});

test("the next run carries the actions of a streamed report on", async () => {
  copyFileSync(join(folder, "streamed.xlsx"), join(folder, "carried.xlsx"));
  const run = await sampleReport("streamed", "carried.xlsx");
  expect(run.stderr).toBe("");
  expect(run.stdout).toContain("Actions: 0 created, 0 re-created, 0 reopened, 20 kept");
});

test("a series with subtotals keeps its Excel outline: row levels, depth and bold subtotals", async () => {
  const [sheet] = [joinSheet(5)];
  // Rows 0-1 are the detail of row 2, their subtotal; rows 3-4 are not grouped.
  const outlined = {
    ...sheet,
    table: { ...sheet.table, outline: { rowLevels: [1, 1, 0, 0, 0], summaryRows: [2] } },
  };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderReportStreamed([outlined])) as unknown as ExcelJS.Buffer);
  const written = workbook.worksheets[0];
  const first = firstDataRowOf(written, outlined.table.columns[0].header);
  const levels = [0, 1, 2, 3, 4].map((i) => written.getRow(first + i).outlineLevel ?? 0);
  expect(levels).toEqual([1, 1, 0, 0, 0]);
  expect(written.properties.outlineLevelRow).toBe(1);
  expect(written.getRow(first + 2).getCell(1).font?.bold).toBe(true);
  expect(written.getRow(first + 1).getCell(1).font?.bold).toBeFalsy();
  // The same as the exceljs writer gives.
  expect(
    await workbookDifferences(
      await renderReport([outlined]),
      await renderReportStreamed([outlined])
    )
  ).toEqual([]);
});

/** The sheet row under the header row whose first cell is `header`. */
function firstDataRowOf(sheet: ExcelJS.Worksheet, header: string): number {
  for (let r = 1; r <= sheet.rowCount; r++)
    if (sheet.getRow(r).getCell(1).value === header) return r + 1;
  throw new Error(`no header ${header}`);
}
