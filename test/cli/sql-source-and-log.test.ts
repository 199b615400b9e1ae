import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readLifecycle } from "../../src/core/agent/lifecycle";
import type { AgentResult } from "../../src/core/model/result";
import { unprofitableAccountAgent } from "../../src/core/model/preset";
import { readLifecycleSheets } from "../../src/xlsx/read-lifecycle";
import { runCli, scratchFolder } from "./run-cli";

/**
 * The SQL path over the bundled sample CSV, whose cells include Excel errors (#N/A), formatted
 * amounts ("1,234.50", "(99.00)"), impossible dates and blank ids: DuckDB reads them as the
 * JavaScript engine does. And a report written as SQL logs its run, so a later run replaces it.
 */
jest.setTimeout(120_000);

const SAMPLE = resolve(__dirname, "../../assets/sample-transactions.csv");
const agent = {
  ...unprofitableAccountAgent(),
  anchorDate: "2025-10-21",
  currency: { target: "USD", rates: { EUR: 1.08 } },
};

let folder: string;
beforeEach(() => {
  folder = scratchFolder();
  copyFileSync(SAMPLE, join(folder, "sample.csv"));
  writeFileSync(join(folder, "agent.json"), JSON.stringify(agent));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function analyze(name: string, extra: readonly string[]): Promise<AgentResult> {
  const run = await runCli(
    [
      "sample.csv",
      "--config",
      "agent.json",
      "--out",
      `${name}.xlsx`,
      "--json",
      `${name}.json`,
      "--quiet",
      ...extra,
    ],
    folder
  );
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(readFileSync(join(folder, `${name}.json`), "utf8")) as AgentResult;
}

async function runLog(name: string) {
  const cells = await readLifecycleSheets(new Uint8Array(readFileSync(join(folder, name))));
  return readLifecycle(cells, "UTC").lifecycle.runLog;
}

test("--engine duckdb reads the sample's unreadable and formatted cells as the engine does", async () => {
  const js = await analyze("js", []);
  const sql = await analyze("sql", ["--engine", "duckdb"]);
  // 511 rows; 9 skipped: two #N/A, "12,3x", "approx. 250", two impossible dates, two blank ids
  // and a blank row. "1,234.50" and "(99.00)" are amounts the engine reads; so does DuckDB now.
  expect(js.dataQuality.rowsRead).toBe(511);
  expect(js.dataQuality.rowsUsable).toBe(502);
  expect(sql.dataQuality.rowsRead).toBe(511);
  expect(sql.dataQuality.rowsUsable).toBe(502);
  expect(sql.flagged.length).toBe(js.flagged.length);
  expect(sql.flagged.length).toBeGreaterThan(3);
  const money = (r: AgentResult) =>
    r.flagged.map((f) => [f.CustomerId, Number(Number(f.Revenue).toFixed(6))]);
  expect(money(sql)).toEqual(money(js));
  expect(sql.impact).toEqual(js.impact);
  const revenue = (r: AgentResult) =>
    Object.values(r.series)[0]
      .map((row) => `${String(row.CustomerId)} ${Number(row.Revenue).toFixed(6)}`)
      .sort();
  expect(revenue(sql)).toEqual(revenue(js));
});

test("a report written as SQL logs its run, also with 0 accounts, and a later run replaces it", async () => {
  const first = await analyze("sql", ["--engine", "duckdb", "--anchor-date", "2035-01-01"]);
  expect(first.join).toHaveLength(0);
  expect(await runLog("sql.xlsx")).toEqual([
    expect.objectContaining({ outcome: "Completed", accounts: 0, flagged: 0 }),
  ]);
  // Without --force: the report is the agent's (it has a Run Log) and holds no team's actions.
  await analyze("sql", ["--engine", "duckdb"]);
  const log = await runLog("sql.xlsx");
  expect(log).toHaveLength(2);
  expect(log[1]).toEqual(expect.objectContaining({ outcome: "Completed", accounts: 40 }));
  expect(log[1].message).toMatch(/run as SQL in DuckDB/);
  // The JavaScript engine carries that log on too.
  await analyze("sql", []);
  expect(await runLog("sql.xlsx")).toHaveLength(3);
});

test("--engine duckdb reads a CSV with no quoted cell (its sniffed quote is empty)", async () => {
  // The sample without its quoted lines: DuckDB's sniffer then finds no quote character, and
  // read_csv refused the "(empty)" it reports ("cannot exceed a size of 1 byte").
  const lines = readFileSync(SAMPLE, "utf8").split("\n");
  const plain = lines.filter((line) => !line.includes('"'));
  expect(plain.length).toBeLessThan(lines.length);
  writeFileSync(join(folder, "sample.csv"), plain.join("\n"));
  const js = await analyze("js", []);
  const sql = await analyze("sql", ["--engine", "duckdb"]);
  expect(sql.dataQuality.rowsRead).toBe(js.dataQuality.rowsRead);
  expect(sql.dataQuality.rowsUsable).toBe(js.dataQuality.rowsUsable);
  expect(sql.dataQuality.rowsUsable).toBeGreaterThan(400);
  const flagged = (r: AgentResult) =>
    r.flagged.map((f) => [f.CustomerId, Number(Number(f.Revenue).toFixed(6))]);
  expect(flagged(sql)).toEqual(flagged(js));
  expect(sql.flagged.length).toBeGreaterThan(3);
});

test("--engine duckdb reads amounts written as +7, .5, 5., 1E-2, 00012, -0, 1e3 and ' 12.5 ' as the engine does", async () => {
  // A file DuckDB's typed read takes whole (no line rejected, so no second read as text): the
  // sample's readable lines only, with amounts in every plain form a number may take. Each is the
  // same number to read_csv's DOUBLE as to the engine's reader.
  const [header, ...lines] = readFileSync(SAMPLE, "utf8").trimEnd().split("\n");
  const unreadable = /#|"|\(|\d{4}-13-|\/|approx|12,3x|^,|^\s*$/;
  const clean = lines.filter((line) => !unreadable.test(line)).map((line) => line.split(","));
  const forms = ["+7", ".5", "5.", "1E-2", "00012", "-0", "1e3", " 12.5 "];
  forms.forEach((form, i) => {
    clean[20 + i * 13][8] = form; // Invoice Price
    clean[25 + i * 17][9] = form; // Gross Margin
  });
  writeFileSync(
    join(folder, "sample.csv"),
    [header, ...clean.map((cells) => cells.join(","))].join("\n")
  );
  const js = await analyze("js", []);
  expect(js.dataQuality.rowsUsable).toBe(js.dataQuality.rowsRead);
  const sql = await analyze("sql", ["--engine", "duckdb"]);
  expect(sql.dataQuality.rowsRead).toBe(js.dataQuality.rowsRead);
  expect(sql.dataQuality.rowsUsable).toBe(js.dataQuality.rowsUsable);
  const flagged = (r: AgentResult) =>
    r.flagged.map((f) => [f.CustomerId, Number(Number(f.Revenue).toFixed(6))]);
  expect(flagged(sql)).toEqual(flagged(js));
  expect(sql.flagged.length).toBeGreaterThan(3);
  expect(sql.impact).toEqual(js.impact);
});
