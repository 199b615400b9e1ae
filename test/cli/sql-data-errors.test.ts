import { copyFileSync, existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { AgentResult } from "../../src/core/model/result";
import { FIXTURES, runCli, scratchFolder } from "./run-cli";

/**
 * A cell DuckDB cannot read as the agent's type ("not a date" in the column of dates) no longer
 * stops the SQL run: its row is skipped and counted, as the JavaScript engine skips it.
 */
jest.setTimeout(60_000);

let folder: string;
beforeEach(() => (folder = scratchFolder()));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

test("--engine duckdb skips a row whose date cannot be read, as the engine does", async () => {
  const args = (name: string) => ["--out", `${name}.xlsx`, "--json", `${name}.json`, "--quiet"];
  const input = join(FIXTURES, "transactions.csv");
  expect((await runCli([input, ...args("js")], folder)).code).toBe(0);
  const run = await runCli([input, "--engine", "duckdb", ...args("sql")], folder);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const read = (name: string) =>
    JSON.parse(readFileSync(join(folder, `${name}.json`), "utf8")) as AgentResult;
  const [js, sql] = [read("js"), read("sql")];
  expect(sql.dataQuality.rowsRead).toBe(js.dataQuality.rowsRead);
  expect(sql.dataQuality.rowsUsable).toBe(js.dataQuality.rowsUsable);
  expect(sql.dataQuality.rowsRead - sql.dataQuality.rowsUsable).toBe(2); // no id; "not a date"
  expect(sql.flagged.map((f) => f.CustomerId)).toEqual(js.flagged.map((f) => f.CustomerId));
  expect(existsSync(join(folder, "sql.xlsx"))).toBe(true);
});

test("--engine duckdb reads the one file named: '*.csv' is not every CSV of the folder", async () => {
  copyFileSync(join(FIXTURES, "transactions.csv"), join(folder, "a.csv"));
  copyFileSync(join(FIXTURES, "transactions.csv"), join(folder, "b.csv"));
  const run = await runCli(["*.csv", "--engine", "duckdb", "--out", "r.xlsx", "--quiet"], folder);
  expect(run.code).toBe(1);
  expect(run.stderr.trim()).toBe(`analyze: Input file '${join(folder, "*.csv")}': not found.`);
  expect(existsSync(join(folder, "r.xlsx"))).toBe(false);
});
