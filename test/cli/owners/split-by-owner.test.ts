/**
 * `--split-by owner` on the bundled sample: one workbook per owner of the sample's Owners table,
 * each holding that owner's accounts and nothing of anyone else's (the leak test searches every
 * XML part of each file for every other owner's name, e-mail, account ids and account names),
 * each valid against the ECMA-376 schemas and the table checks in ../shared/reference.
 */
import { copyFileSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkTables, ROOT, testWithLxml, validateOoxml } from "../../helpers/reference-tools";
import { allXml, occursOutside, sampleOwners, type Owner } from "../../helpers/owner-leaks";
import { runCli, scratchFolder, type CliRun } from "../run-cli";

const SAMPLE = join(ROOT, "assets", "sample-transactions.xlsx");
const CONFIG = join(ROOT, "assets", "sample-agent.json");

let folder: string;
let run: CliRun;
let owners: Map<string, Owner>;
let accountNames: Map<string, string>;
let flagged: Set<string>;

beforeAll(async () => {
  folder = scratchFolder();
  copyFileSync(SAMPLE, join(folder, "sample.xlsx"));
  run = await runCli(
    [
      "sample.xlsx",
      "--config",
      CONFIG,
      "--out",
      "report.xlsx",
      "--json",
      "r.json",
      "--quiet",
    ].concat(["--split-by", "owner", "--out-dir", "packs"]),
    folder
  );
  owners = await sampleOwners(SAMPLE);
  const result = JSON.parse(readFileSync(join(folder, "r.json"), "utf8")) as {
    join: { CustomerId: string; CustomerName: string }[];
    flagged: { CustomerId: string }[];
  };
  accountNames = new Map(result.join.map((row) => [row.CustomerId, row.CustomerName]));
  flagged = new Set(result.flagged.map((row) => row.CustomerId));
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function packPath(owner: string): string {
  return join(folder, "packs", `${owner}.xlsx`);
}

test("the run writes the master report and one workbook per owner of the Owners table", () => {
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(readdirSync(join(folder, "packs")).sort()).toEqual([
    "Aiko Tanaka.xlsx",
    "Ines Carvalho.xlsx",
    "Jonas Weber.xlsx",
    "Maria Lopez.xlsx",
    "Samuel Okafor.xlsx",
    "sent-actions.json",
  ]);
  expect(readdirSync(folder)).toContain("report.xlsx");
});

test("a second split into the same folder replaces no pack: they may hold edits not yet collected", async () => {
  const before = readFileSync(packPath("Maria Lopez"));
  const again = await runCli(
    ["sample.xlsx", "--config", CONFIG, "--out", "report.xlsx", "--quiet"].concat([
      "--split-by",
      "owner",
      "--out-dir",
      "packs",
    ]),
    folder
  );
  expect(again.code).toBe(1);
  expect(again.stderr).toContain("may carry sales leads' edits: collect them first (--collect)");
  expect(readFileSync(packPath("Maria Lopez")).equals(before)).toBe(true);
});

test("the account without an owner is listed for the finance user", () => {
  const listed = [...accountNames.keys()].filter(
    (id) => ![...owners.values()].some((owner) => owner.ids.includes(id))
  );
  expect(listed).toEqual(["CID-0001"]);
  expect(run.stdout).toContain(
    `Accounts without an owner: 1 (in no owner's workbook)\n  CID-0001 ${accountNames.get("CID-0001")} (flagged)`
  );
});

test("no owner's workbook holds another owner's name, e-mail, account ids or account names", async () => {
  const leaks: string[] = [];
  let ownFound = 0;
  for (const owner of owners.values()) {
    const xml = await allXml(packPath(owner.name));
    // The search finds what is there: each workbook holds its own owner's ids and names.
    for (const id of owner.ids)
      if (xml.includes(id) && xml.includes(accountNames.get(id)!)) ownFound++;
    const others = [...owners.values()].filter((other) => other !== owner);
    const strangers = [
      ...others.flatMap((other) => [other.name, other.email, ...other.ids]),
      ...others.flatMap((other) => other.ids.map((id) => accountNames.get(id)!)),
      "CID-0001",
      accountNames.get("CID-0001")!,
    ];
    const own = owner.ids.map((id) => accountNames.get(id)!);
    for (const text of strangers)
      if (occursOutside(xml, text, own)) leaks.push(`${owner.name}: ${text}`);
  }
  expect(leaks).toEqual([]);
  expect(ownFound).toBe(119);
});

test("the leak search finds leaks: the master report searched as Maria Lopez's holds the others'", async () => {
  const xml = await allXml(join(folder, "report.xlsx"));
  const maria = owners.get("Maria Lopez")!;
  const others = [...owners.values()].filter((owner) => owner !== maria);
  const own = maria.ids.map((id) => accountNames.get(id)!);
  const found = others
    .flatMap((other) => other.ids.map((id) => accountNames.get(id)!))
    .filter((name) => occursOutside(xml, name, own));
  expect(found.length).toBe(others.reduce((n, other) => n + other.ids.length, 0));
});

test("each workbook lists exactly its owner's accounts, flagged ones on their own sheet", async () => {
  for (const owner of owners.values()) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(packPath(owner.name));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Cover",
      "Your Flagged Accounts",
      "Actions",
      "Your Accounts",
    ]);
    const ids = (sheet: string) => tableIds(workbook.getWorksheet(sheet)!, "Customer Id").sort();
    expect(ids("Your Accounts")).toEqual([...owner.ids].sort());
    expect(ids("Your Flagged Accounts")).toEqual(owner.ids.filter((id) => flagged.has(id)).sort());
  }
});

test("the owner without flagged accounts gets a workbook saying there is nothing to fix", async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(packPath("Ines Carvalho"));
  const cover = workbook.getWorksheet("Cover")!;
  const values = cover.getSheetValues().flat().map(String);
  expect(values).toContain("Ines Carvalho <ines.carvalho@example.com>");
  expect(values).toContain(
    "None of your accounts meets the detection rule: nothing to fix this time."
  );
});

/** The ids under a header, down to the totals row. */
function tableIds(sheet: ExcelJS.Worksheet, header: string): string[] {
  let column = 0;
  const ids: string[] = [];
  sheet.eachRow((row) => {
    if (column === 0) {
      row.eachCell((cell, c) => {
        if (cell.value === header) column = c;
      });
      return;
    }
    const value = String(row.getCell(column).value ?? "");
    if (value !== "" && value !== "Total") ids.push(value);
  });
  return ids;
}

testWithLxml(
  "every owner's workbook passes the ECMA-376 schemas and the table checks",
  () => {
    for (const owner of owners.values()) {
      const file = packPath(owner.name);
      const schema = validateOoxml(file);
      expect(schema.output).not.toContain("FAIL");
      expect(schema.ok).toBe(true);
      const tables = checkTables(file);
      expect(tables.output).toContain("no table/package problems found");
      expect(tables.ok).toBe(true);
    }
  },
  120_000
);
