/**
 * The workbooks users open, against the ECMA-376 schemas and package checks in ../shared/reference
 * (validate_ooxml.py and check_tables.py, with Debian's python3-lxml): the command line's report
 * on the bundled sample (every sheet, charts, notes, drop-downs) and the bundled sample itself.
 * A deliberately broken copy must fail both, so a check that passes everything is caught.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { checkTables, ROOT, testWithLxml, validateOoxml } from "../helpers/reference-tools";
import { runCli, scratchFolder } from "../cli/run-cli";

const SAMPLE = join(ROOT, "assets", "sample-transactions.xlsx");
const CONFIG = join(ROOT, "assets", "sample-agent.json");

let folder: string;
let report: string;

beforeAll(async () => {
  folder = scratchFolder();
  report = join(folder, "report.xlsx");
  copyFileSync(SAMPLE, join(folder, "sample.xlsx"));
  const run = await runCli(["sample.xlsx", "--config", CONFIG, "--out", "report.xlsx"], folder);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function expectValid(file: string): void {
  const schema = validateOoxml(file);
  expect(schema.output).not.toContain("FAIL");
  expect(schema.ok).toBe(true);
  const tables = checkTables(file);
  expect(tables.output).toContain("no table/package problems found");
  expect(tables.ok).toBe(true);
}

testWithLxml(
  "the command line's report on the sample passes the ECMA-376 schemas and the table checks",
  () => expectValid(report),
  60_000
);

testWithLxml(
  "the bundled sample workbook passes the ECMA-376 schemas and the table checks",
  () => expectValid(SAMPLE),
  60_000
);

testWithLxml(
  "a broken copy of the report fails both: an unknown element, a table over the wrong range",
  async () => {
    const zip = await JSZip.loadAsync(readFileSync(report));
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")!.async("string")).replace(
      "<sheetData>",
      "<sheetData><bogus/>"
    );
    const table = (await zip.file("xl/tables/table1.xml")!.async("string")).replace(
      /(<table\b[^>]*\sref=")([A-Z]+\d+):([A-Z]+)(\d+)"/,
      (_m, start: string, from: string, column: string, row: string) =>
        `${start}${from}:${column}${Number(row) + 5}"`
    );
    zip.file("xl/worksheets/sheet1.xml", sheet);
    zip.file("xl/tables/table1.xml", table);
    const broken = join(folder, "broken.xlsx");
    writeFileSync(broken, await zip.generateAsync({ type: "uint8array" }));
    expect(validateOoxml(broken).ok).toBe(false);
    expect(checkTables(broken).ok).toBe(false);
  },
  60_000
);
