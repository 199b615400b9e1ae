/**
 * `--owners owners.csv`: the owners table as a CSV file (delimiter sniffed by the transaction
 * reader), its unusable rows named by file, row and column, a file without the needed columns
 * refused before anything is written, and two owners for one account named with the one kept.
 */
import { copyFileSync, existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, runCli, scratchFolder } from "../run-cli";

let folder: string;

beforeEach(() => {
  folder = scratchFolder();
  copyFileSync(join(FIXTURES, "transactions.csv"), join(folder, "transactions.csv"));
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

const split = (owners: string) =>
  runCli(
    [
      "transactions.csv",
      ...["--out", "report.xlsx", "--anchor-date", "2024-10-21", "--quiet"],
      ...["--split-by", "owner", "--out-dir", "packs", "--owners", owners],
    ],
    folder
  );

test("a tab-separated owners file gives each owner a workbook; bad rows are named by row and column", async () => {
  writeFileSync(
    join(folder, "owners.csv"),
    [
      "CustomerId\tOwner\tEmail",
      "CID-1\tAnn Lee\tann@example.com",
      "CID-2\tBo Chen\tbo at example",
      "\tCy Diaz\tcy@example.com",
      "CID-1\tDi Ek\tdi@example.com",
      "",
    ].join("\r\n")
  );
  const run = await split("owners.csv");
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(readdirSync(join(folder, "packs")).sort()).toEqual([
    "Ann Lee.xlsx",
    "Bo Chen.xlsx",
    "sent-actions.json",
  ]);
  expect(run.stdout).toContain(
    `Note: File 'owners.csv' row 3, column Email: "bo at example" is not an e-mail address; Bo Chen gets no e-mail.`
  );
  expect(run.stdout).toContain(
    "Note: File 'owners.csv' row 4, column CustomerId: no customer id; the row is skipped."
  );
  expect(run.stdout).toContain(
    "Note: CID-1 (Alpha Ltd) has two owners in the owners table: Ann Lee (row 2) and Di Ek (row 5); Ann Lee is kept (the first row wins)."
  );
  expect(run.stdout).toContain("Accounts without an owner: 1 (in no owner's workbook)\n  CID-3");
});

test("an owners file without an owner column is refused before the report is written", async () => {
  writeFileSync(join(folder, "owners.csv"), "CustomerId,Region\nCID-1,North\n");
  const run = await split("owners.csv");
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(
    "File 'owners.csv' (the owners table) needs a customer id column and an owner column; AccountOwner not found. Headers found: CustomerId, Region."
  );
  expect(existsSync(join(folder, "report.xlsx"))).toBe(false);
  expect(existsSync(join(folder, "packs"))).toBe(false);
});

test("a missing owners file is named", async () => {
  const run = await split("nobody.csv");
  expect(run.code).toBe(1);
  expect(run.stderr).toContain("--owners 'nobody.csv': not found.");
  expect(existsSync(join(folder, "report.xlsx"))).toBe(false);
});
