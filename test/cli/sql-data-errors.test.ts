import { copyFileSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, runCli, scratchFolder } from "./run-cli";

/**
 * A cell that does not fit its column's type in DuckDB ("not a date" in a column of dates) ends
 * the SQL run with the engine's words and what to do, not an "unexpected error"; nothing written.
 */
jest.setTimeout(60_000);

let folder: string;
beforeEach(() => (folder = scratchFolder()));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

test("--engine duckdb on a date column with an unreadable cell says so plainly", async () => {
  const run = await runCli(
    [join(FIXTURES, "transactions.csv"), "--engine", "duckdb", "--out", "r.xlsx", "--quiet"],
    folder
  );
  expect(run.code).toBe(1);
  const message = run.stderr.trim();
  expect(message).not.toMatch(/unexpected error/i);
  expect(message).toMatch(/^analyze: DuckDB could not run the agent on this data: .*not a date/);
  expect(message).toContain(
    "correct the cell, or run without --engine/--database: the JavaScript engine skips such rows and lists them on the Data Quality sheet."
  );
  expect(existsSync(join(folder, "r.xlsx"))).toBe(false);
});

test("--engine duckdb reads the one file named: '*.csv' is not every CSV of the folder", async () => {
  copyFileSync(join(FIXTURES, "transactions.csv"), join(folder, "a.csv"));
  copyFileSync(join(FIXTURES, "transactions.csv"), join(folder, "b.csv"));
  const run = await runCli(["*.csv", "--engine", "duckdb", "--out", "r.xlsx", "--quiet"], folder);
  expect(run.code).toBe(1);
  expect(run.stderr.trim()).toBe(`analyze: Input file '${join(folder, "*.csv")}': not found.`);
  expect(existsSync(join(folder, "r.xlsx"))).toBe(false);
});
