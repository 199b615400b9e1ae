import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { FIXTURES, runCli, scratchFolder } from "./run-cli";

/**
 * What the team put into a report survives a re-run (SPEC: a re-run never destroys what users
 * typed): a sheet they added is not dropped by the report rebuilt from scratch, and a SQL run,
 * which carries no lifecycle on, does not replace a report holding their actions; --force does.
 */
jest.setTimeout(60_000);

const BASE = ["--anchor-date", "2024-10-21", "--time-zone", "UTC", "--quiet"];
let folder: string;
beforeEach(() => {
  folder = scratchFolder();
  // Without the fixture's unreadable date, which the SQL engine reads by its column type.
  const csv = readFileSync(join(FIXTURES, "transactions.csv"), "utf8");
  writeFileSync(join(folder, "sales.csv"), csv.replace(/^.*not a date.*\n/m, ""));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const report = () => readFileSync(join(folder, "report.xlsx"));
const analyze = (...extra: string[]) =>
  runCli(["sales.csv", "--out", "report.xlsx", ...BASE, ...extra], folder);

async function editReport(edit: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(folder, "report.xlsx"));
  edit(workbook);
  await workbook.xlsx.writeFile(join(folder, "report.xlsx"));
}

async function sheetNames(): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(report() as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => sheet.name);
}

test("a sheet the team added to the report is not dropped by the next run, unless --force", async () => {
  expect((await analyze()).code).toBe(0);
  expect((await analyze()).code).toBe(0); // the agent's own sheets alone: replaced as before
  await editReport((workbook) => {
    workbook.addWorksheet("My Pivot").getCell("A1").value = "our analysis";
  });
  const before = report();
  const refused = await analyze();
  expect(refused.code).toBe(1);
  expect(refused.stderr.trim()).toBe(
    `analyze: '${join(folder, "report.xlsx")}' holds a sheet this run does not write ('My Pivot'); replacing the report would lose it, so nothing was replaced. Move it to a workbook of your own, or add --force to replace the report without it.`
  );
  expect(report().equals(before)).toBe(true);
  expect((await analyze("--force")).code).toBe(0);
  expect(await sheetNames()).not.toContain("My Pivot");
});

test("--engine duckdb does not replace a report holding the team's actions, unless --force", async () => {
  expect((await analyze()).code).toBe(0);
  const before = report();
  const refused = await analyze("--engine", "duckdb");
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain(
    "is a report whose Actions, Run Log and Agent Status the SQL engines do not carry on; replacing it would lose the team's edits, so it is not replaced."
  );
  expect(report().equals(before)).toBe(true);
  expect((await analyze("--engine", "duckdb", "--force")).code).toBe(0);
  expect(report().equals(before)).toBe(false);
});
