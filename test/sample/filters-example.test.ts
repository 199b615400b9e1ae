/**
 * The second example agent (assets/filters-agent.json, issue 11) on the bundled sample: a measure
 * filter on Series 1 and a third series with a date range, a number filter and subtotals, each
 * checked against the built-in sample agent's run or the parsed lines themselves.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { AgentDocument } from "../../src/core/model/document";
import type { AgentResult } from "../../src/core/model/result";
import { parseSource, runAgent } from "../../src/core/agent/run-agent";
import { exactSum } from "../../src/core/model/exact-sums";
import { serialFromIsoDate } from "../../src/core/read/anchor";
import { readWorkbookSheets, type SourceWorkbook } from "../../src/xlsx/read-source";

const ASSETS = path.resolve(__dirname, "../../assets");
const agent = (file: string) =>
  JSON.parse(readFileSync(path.join(ASSETS, file), "utf8")) as AgentDocument;

let workbook: SourceWorkbook;
let sample: AgentResult;
let example: AgentResult;
let doc: AgentDocument;

const run = (d: AgentDocument) =>
  runAgent(workbook.read("Transactions"), d, { loadSheet: async (name) => workbook.read(name) });

beforeAll(async () => {
  workbook = await readWorkbookSheets(readFileSync(path.join(ASSETS, "sample-transactions.xlsx")));
  doc = agent("filters-agent.json");
  sample = await run(agent("sample-agent.json"));
  example = await run(doc);
});

test("the measure filter keeps the sample's accounts with at least 20,000 revenue, unchanged", () => {
  const label = doc.series[0].label;
  const before = sample.series[label];
  const after = example.series[label];
  const kept = before.filter((row) => (row.Revenue as number) >= 20000);
  expect(before.length - kept.length).toBe(5);
  expect(after.map((r) => [r.CustomerId, r.Revenue, r.Profit])).toEqual(
    kept.map((r) => [r.CustomerId, r.Revenue, r.Profit])
  );
  // Ranks are over the 115 accounts kept: the largest 1, the smallest 0.
  expect(after[0].RevenueRank).toBe(1);
  expect(after[after.length - 1].RevenueRank).toBe(0);
  expect(example.dataQuality.filtered[label].measureFilter).toBeGreaterThan(0);
  // No account under 20,000 is flagged (the sample flags CID-0108, 17,468.50).
  expect(sample.flagged.some((r) => r.CustomerId === "CID-0108")).toBe(true);
  const revenueOf = new Map(after.map((r) => [r.CustomerId, r.Revenue as number]));
  expect(example.flagged.length).toBeGreaterThan(0);
  expect(example.flagged.every((r) => (revenueOf.get(r.CustomerId) ?? 0) >= 20000)).toBe(true);
  expect(example.flagged.some((r) => r.CustomerId === "CID-0108")).toBe(false);
});

test("the third series adds the parsed lines its date range and number filter keep", async () => {
  const { table } = await parseSource(workbook.read("Transactions"), doc);
  const from = serialFromIsoDate("2025-01-01")!;
  const to = serialFromIsoDate("2025-09-30")!;
  const region = table.extra.get("Region")!;
  const quantity = table.extra.get("Quantity")!;
  if (region.kind !== "dictionary" || quantity.kind !== "number") throw new Error("columns");
  const apac: number[] = [];
  for (let r = 0; r < table.rowCount; r++) {
    const day = Math.floor(table.PricingDate[r]);
    if (day < from || day > to || table.InvoicePrice[r] === 0) continue;
    if (!(quantity.values[r] > 0)) continue;
    if (region.values[region.codes[r]] === "APAC") apac.push(table.InvoicePrice[r]);
  }
  const subtotals = example.subtotals![doc.series[2].label][0];
  expect(subtotals.levels).toEqual(["Region"]);
  const apacTotal = subtotals.rows.find((r) => r.Region === "APAC")!;
  expect(apacTotal.Revenue).toBe(exactSum(apac));
  expect(apacTotal.Lines).toBe(apac.length);
  // The subtotal is the sum of its detail rows, and its margin is its own profit over revenue.
  const details = example.series[doc.series[2].label].filter((r) => r.Region === "APAC");
  expect(apacTotal.Revenue).toBe(exactSum(details.map((r) => r.Revenue as number)));
  expect(apacTotal.AvgMarginPct).toBe((apacTotal.Profit as number) / (apacTotal.Revenue as number));
});
