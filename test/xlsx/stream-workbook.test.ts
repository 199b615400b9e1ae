/**
 * The streaming writer (src/xlsx/stream/) writes the workbook exceljs writes, as a user sees it:
 * cell for cell on the bundled sample's report (every sheet, notes, drop-downs, highlights,
 * charts) and on a generated 50,000-account sheet; valid against the ECMA-376 schemas; without
 * data descriptors; carried on by the next run's lifecycle.
 */
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
