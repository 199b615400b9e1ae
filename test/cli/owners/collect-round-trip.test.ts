/**
 * The round trip on the bundled sample: split by owner, two sales leads edit their workbooks in
 * another program (exceljs), one of them also forwards a copy a colleague edits differently, and
 * the finance user collects the folder: the master's Actions sheet takes exactly the edits, the
 * conflicting one is listed and left, rows added or deleted are reported and not applied, and the
 * rest of the report (charts, other sheets) is untouched.
 */
import { copyFileSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { checkTables, ROOT, testWithLxml, validateOoxml } from "../../helpers/reference-tools";
import { runCli, scratchFolder, type CliRun } from "../run-cli";

const SAMPLE = join(ROOT, "assets", "sample-transactions.xlsx");
const CONFIG = join(ROOT, "assets", "sample-agent.json");
/** 2027-01-15 as an Excel serial: 2027-01-01 is 46388 (2025-01-01 = 45658, + 365 + 365). */
const NEW_DUE = 46402;

let folder: string;
let collect: CliRun;
let keys: { maria: string[]; jonas: string };
let before: Map<string, Record<string, unknown>>;
let after: Map<string, Record<string, unknown>>;

beforeAll(async () => {
  folder = scratchFolder();
  copyFileSync(SAMPLE, join(folder, "sample.xlsx"));
  const split = await runCli(
    ["sample.xlsx", "--config", CONFIG, "--out", "report.xlsx", "--quiet"].concat([
      "--split-by",
      "owner",
      "--out-dir",
      "packs",
    ]),
    folder
  );
  expect(split.code).toBe(0);
  before = await actionRows(join(folder, "report.xlsx"));
  keys = { maria: await editMaria(), jonas: await editJonas("Jonas Weber.xlsx", "Blocked") };
  copyFileSync(pack("Jonas Weber.xlsx"), pack("Jonas Weber (forwarded).xlsx"));
  await editJonas("Jonas Weber (forwarded).xlsx", "Rejected");
  collect = await runCli(["--collect", "packs", "--out", "report.xlsx"], folder);
  after = await actionRows(join(folder, "report.xlsx"));
}, 180_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const pack = (name: string) => join(folder, "packs", name);

/** Rows of a workbook's Actions sheet by Key, as header -> value. */
async function actionRows(file: string): Promise<Map<string, Record<string, unknown>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("Actions")!;
  const rows = new Map<string, Record<string, unknown>>();
  let headers: string[] | null = null;
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    if (!headers) {
      if (values.includes("Key")) headers = values.map(String);
      return;
    }
    const record = Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null]));
    rows.set(String(record.Key ?? ""), record);
  });
  return rows;
}

/** Opens an owner's workbook with exceljs, lets `edit` change its Actions sheet, saves it. */
async function editActions(
  name: string,
  edit: (sheet: ExcelJS.Worksheet, column: (header: string) => number, first: number) => void
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(pack(name));
  const sheet = workbook.getWorksheet("Actions")!;
  let headerRow = 0;
  sheet.eachRow((row, n) => {
    if (headerRow === 0 && (row.values as unknown[]).includes("Key")) headerRow = n;
  });
  const headers = (sheet.getRow(headerRow).values as unknown[]).map(String);
  edit(sheet, (header) => headers.indexOf(header), headerRow + 1);
  await workbook.xlsx.writeFile(pack(name));
}

/** Maria: a status and a note, a new due date, a row added, a row deleted. */
async function editMaria(): Promise<string[]> {
  const found: string[] = [];
  await editActions("Maria Lopez.xlsx", (sheet, column, first) => {
    for (let r = first; r < first + 3; r++)
      found.push(String(sheet.getCell(r, column("Key")).value));
    sheet.getCell(first, column("Status")).value = "Done";
    sheet.getCell(first, column("Notes")).value = "Repriced from March";
    sheet.getCell(first + 1, column("Due Date")).value = new Date(Date.UTC(2027, 0, 15));
    sheet.spliceRows(first + 2, 1);
    const last = sheet.rowCount + 1;
    sheet.getCell(last, column("Notes")).value = "Please add Contoso's sister company";
  });
  return found;
}

async function editJonas(name: string, status: string): Promise<string> {
  let key = "";
  await editActions(name, (sheet, column, first) => {
    key = String(sheet.getCell(first, column("Key")).value);
    sheet.getCell(first, column("Status")).value = status;
  });
  return key;
}

const serial = (value: unknown) =>
  value instanceof Date ? value.getTime() / 86_400_000 + 25_569 : value;

test("the collect succeeds and says what it took and what it left", () => {
  expect(collect.stderr).toBe("");
  expect(collect.code).toBe(0);
  expect(collect.stdout).toContain("3 changes taken, 1 conflict left as they were.");
  expect(collect.stdout).toContain(`${keys.maria[0]} Status: "Open" -> "Done" (Maria Lopez.xlsx)`);
  expect(collect.stdout).toContain(
    `${keys.jonas} Status, edited differently in two workbooks: report "Open"; Jonas Weber (forwarded).xlsx "Rejected"; Jonas Weber.xlsx "Blocked"`
  );
  expect(collect.stdout).toContain(
    "Rows added in returned workbooks (not applied):\n  Maria Lopez.xlsx: Please add Contoso's sister company"
  );
  expect(collect.stdout).toContain(
    `Rows deleted from returned workbooks (not applied):\n  Maria Lopez.xlsx: ${keys.maria[2]}`
  );
});

test("the master takes exactly the edits: status, note, due date; nothing else changes", () => {
  expect(after.get(keys.maria[0])!.Status).toBe("Done");
  expect(after.get(keys.maria[0])!.Notes).toBe("Repriced from March");
  expect(serial(after.get(keys.maria[1])!["Due Date"])).toBe(NEW_DUE);
  const changed = new Set([
    `${keys.maria[0]}|Status`,
    `${keys.maria[0]}|Notes`,
    `${keys.maria[1]}|Due Date`,
  ]);
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [key, row] of before)
    for (const [header, value] of Object.entries(row))
      if (!changed.has(`${key}|${header}`))
        expect([key, header, serial(after.get(key)![header])]).toEqual([
          key,
          header,
          serial(value),
        ]);
});

test("the conflict, the deleted row and the added row leave the master as it was", () => {
  expect(after.get(keys.jonas)!.Status).toBe("Open");
  expect(after.get(keys.maria[2])!.Status).toBe("Open");
  expect([...after.values()].some((row) => String(row.Notes ?? "").includes("sister"))).toBe(false);
});

testWithLxml(
  "the collected report keeps its charts and passes the ECMA-376 schemas and table checks",
  async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(folder, "report.xlsx")));
    expect(
      Object.keys(zip.files).filter((f) => f.startsWith("xl/charts/chart")).length
    ).toBeGreaterThan(0);
    const file = join(folder, "report.xlsx");
    expect(validateOoxml(file).ok).toBe(true);
    expect(checkTables(file).ok).toBe(true);
  },
  60_000
);
