import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { worksheetParts } from "../../src/xlsx/ooxml-package";
import { FIXTURES, runCli, scratchFolder } from "./run-cli";

/**
 * Lifecycle sheets as big as Excel allows, and claims beyond it: a stray cell far down Actions,
 * Run Log or Agent Status is carried on; a row beyond Excel's last stops the run at once with a
 * message, the report left as it was.
 */
jest.setTimeout(60_000);

const CSV = join(FIXTURES, "transactions.csv");
const ARGS = [
  CSV,
  "--anchor-date",
  "2024-10-21",
  "--time-zone",
  "UTC",
  "--quiet",
  "--out",
  "r.xlsx",
];

let folder: string;
beforeEach(() => {
  folder = scratchFolder();
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe("analyze: lifecycle sheets at Excel's limits", () => {
  it("carries on a report with a stray cell far below each lifecycle table", async () => {
    expect((await runCli(ARGS, folder)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(folder, "r.xlsx")) as unknown as ExcelJS.Buffer);
    workbook.getWorksheet("Actions")!.getCell("H200000").value = "a note far down";
    workbook.getWorksheet("Run Log")!.getCell("A300000").value = "x";
    workbook.getWorksheet("Agent Status")!.getCell("B1048576").value = "x";
    await workbook.xlsx.writeFile(join(folder, "r.xlsx"));
    const run = await runCli(ARGS, folder);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2 kept");
  });

  it("stops at once on a report claiming a row beyond Excel's last", async () => {
    expect((await runCli(ARGS, folder)).code).toBe(0);
    const bytes = readFileSync(join(folder, "r.xlsx"));
    const zip = await JSZip.loadAsync(bytes);
    const part = (await worksheetParts(zip)).get("Run Log")!;
    const xml = await zip.file(part)!.async("string");
    zip.file(
      part,
      xml.replace(
        "</sheetData>",
        '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row></sheetData>'
      )
    );
    const claimed = await zip.generateAsync({ type: "nodebuffer" });
    writeFileSync(join(folder, "r.xlsx"), claimed);
    const started = Date.now();
    const run = await runCli(ARGS, folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `analyze: The previous report '${join(folder, "r.xlsx")}' could not be read as an .xlsx workbook (sheet 'Run Log': it claims row 2,000,000,000, beyond Excel's 1,048,576 rows), so the team's actions in it cannot be carried on; repair or move it, or name another with --actions-from.\n`
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(readFileSync(join(folder, "r.xlsx")).equals(claimed)).toBe(true);
  });
});
