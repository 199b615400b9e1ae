/**
 * A runtime that starts fresh (Excel reopened a saved workbook): AGENTRESULT reads the Join Series
 * table the add-in wrote, through Office.js (here the in-memory Excel of test/excel), and returns
 * what the run computed, to the last digit.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { AgentDocument } from "../../src/core/model/document";
import type { AgentResult } from "../../src/core/model/result";
import { buildResultSheets } from "../../src/core/report/result-sheets";
import { runAgent } from "../../src/core/agent/run-agent";
import { saveAgentDocument } from "../../src/excel/settings";
import { writeResultSheets } from "../../src/excel/write-sheets";
import { clearAgentResults, latestAgentResults } from "../../src/functions/agent-results-store";
import { agentResult } from "../../src/functions/functions";
import { NO_RESULTS_MESSAGE } from "../../src/functions/workbook-results";
import { readWorkbookSheets } from "../../src/xlsx/read-source";
import { FakeExcel, FakeTable } from "../excel/fake-excel";
import { installCustomFunctions, shownAll } from "./fake-custom-functions";

const ASSETS = path.resolve(__dirname, "../../assets");
let doc: AgentDocument;
let result: AgentResult;

beforeAll(async () => {
  installCustomFunctions();
  doc = JSON.parse(readFileSync(path.join(ASSETS, "sample-agent.json"), "utf8")) as AgentDocument;
  const workbook = await readWorkbookSheets(
    readFileSync(path.join(ASSETS, "sample-transactions.xlsx"))
  );
  // The sample agent may read further sheets of the workbook (the profit contribution's tables).
  result = await runAgent(workbook.read("Transactions"), doc, {
    loadSheet: async (name) => workbook.read(name),
  });
});

afterEach(() => {
  clearAgentResults();
  delete (globalThis as { Excel?: unknown }).Excel;
});

async function workbookWithResults(agent: AgentDocument): Promise<FakeExcel> {
  const excel = new FakeExcel().install();
  excel.workbook.addSheet("Transactions", [["Customer Id"]]);
  await writeResultSheets(buildResultSheets(result, agent), { stamp: "t" });
  await saveAgentDocument(agent);
  return excel;
}

const MEASURES = [
  "CurrentMarginPct",
  "SegmentAvgMarginPct",
  "MarginVariance",
  "SuggestedMarginPct",
  "MarginLiftPotentialPct",
  "QuarterMarginUplift",
  "RevenueRank",
  "CustomerName",
];

test("every account's measures, read back from the written Join Series, equal the run's values", async () => {
  const excel = await workbookWithResults(doc);
  const runsBefore = excel.runs;

  const ids = result.join.map((row) => [row.CustomerId]);
  const table = shownAll(await agentResult(ids, [MEASURES]));

  const expected = result.join.map((row) => MEASURES.map((m) => row[m] ?? ""));
  expect(table).toEqual(expected);
  const flagged = new Set(result.flagged.map((row) => row.CustomerId));
  expect(shownAll(await agentResult(ids, [["Flagged"]])).map(([f]) => f)).toEqual(
    result.join.map((row) => (flagged.has(row.CustomerId) ? "Yes" : ""))
  );
  // One read of the workbook (the stored agent, then the table), however many cells ask.
  expect(excel.runs - runsBefore).toBe(2);
});

test("cells calculating together share one read", async () => {
  const excel = await workbookWithResults(doc);
  const runsBefore = excel.runs;
  const first = result.join[0];
  const answers = await Promise.all(
    result.join.slice(0, 20).map((row) => agentResult([[row.CustomerId]], [["Margin Variance"]]))
  );
  expect(answers.map(([[v]]) => v)).toEqual(
    result.join.slice(0, 20).map((row) => row.MarginVariance)
  );
  expect(shownAll(await agentResult([[first.CustomerId]], [["Current Margin %"]]))).toEqual([
    [first.CurrentMarginPct],
  ]);
  expect(excel.runs - runsBefore).toBe(2);
});

test("a user's own join label and measure labels are read through the saved agent", async () => {
  const renamed: AgentDocument = {
    ...doc,
    join: {
      ...doc.join,
      label: "Accounts vs Benchmark",
      measures: doc.join.measures.map((m) =>
        m.name === "MarginVariance" ? { ...m, label: "Gap to segment" } : m
      ),
    },
    detection: { ...doc.detection, series: "Accounts vs Benchmark" },
  };
  await workbookWithResults(renamed);
  const row = result.join[3];
  expect(
    shownAll(await agentResult([[row.CustomerId]], [["MarginVariance", "Gap to segment"]]))
  ).toEqual([[row.MarginVariance, row.MarginVariance]]);
});

test("a user's table named like ours does not stand in for the add-in's", async () => {
  const row = result.join[0];
  const excel = new FakeExcel().install();
  const mine = excel.workbook.addSheet("Mine", [
    ["Customer Id", "Margin Variance"],
    [row.CustomerId as string, 42],
  ]);
  mine.tables.push(new FakeTable("JoinSeries", mine, 0, 0, 2, 2));
  const written = await writeResultSheets(buildResultSheets(result, doc), { stamp: "t" });
  expect(written.find((w) => w.name === "Join Series")?.table).toBe("JoinSeries_2");
  expect(shownAll(await agentResult([[row.CustomerId]], [["MarginVariance"]]))).toEqual([
    [row.MarginVariance],
  ]);
});

test("a workbook without result sheets: #N/A saying to run the agent", async () => {
  const excel = new FakeExcel().install();
  excel.workbook.addSheet("Transactions", [["Customer Id"]]);
  expect(shownAll(await agentResult([["CID-0001"]], [["MarginVariance"]]))).toEqual([
    [`#N/A: ${NO_RESULTS_MESSAGE}`],
  ]);
  expect(await latestAgentResults()).toMatchObject({ code: "#N/A" });
});
