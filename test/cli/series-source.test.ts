/**
 * Per-series data source and currency (seed 000: each series' "Data Source" and "Currency"): a
 * CSV input whose Series 2 (the segment benchmark) reads `Benchmark.csv` beside it and converts
 * its money into EUR, while Series 1 reads the input in the agent's USD.
 *
 * By hand, anchor 2024-10-21, 12 months:
 *   transactions.csv (USD): C1 Key 1,000 / margin 100 (10%); C2 Key 1,000 / 200 (20%).
 *   Benchmark.csv: X1 Key 1,000 EUR / 250 EUR; X2 Key 540 USD / 54 USD.
 *   Series 2 in EUR (1 EUR = 1.08 USD): X2 = 540 / 1.08 = 500, margin 54 / 1.08 = 50;
 *     Key revenue 1,000 + 500 = 1,500 EUR, profit 250 + 50 = 300 EUR, average margin 20%.
 *   Had Series 2 read the input, Key would average (100 + 200) / 2,000 = 15%.
 *   Margin variance: C1 0.20 - 0.10 = 0.10 (> 0.02, flagged); C2 0.20 - 0.20 = 0.
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unprofitableAccountAgent } from "../../src/core/model/preset";
import type { AgentDocument } from "../../src/core/model/document";
import type { AgentResult } from "../../src/core/model/result";
import { runCli, scratchFolder } from "./run-cli";

const HEADER = "Customer Id,Customer Name,Customer Segment,Invoice Price,Gross Margin,Pricing Date";

function agent(series2: Partial<AgentDocument["series"][number]>): AgentDocument {
  const preset = unprofitableAccountAgent();
  return {
    ...preset,
    anchorDate: "2024-10-21",
    currency: { target: "USD", rates: { EUR: 1.08 } },
    series: preset.series.map((s) => (s.id === "Series2" ? { ...s, ...series2 } : s)),
  };
}

const TWO_LINES = ["C1,Alpha,Key,1000,100,2024-06-01", "C2,Beta,Key,1000,200,2024-06-02"];

async function run(doc: AgentDocument, lines: readonly string[] = TWO_LINES) {
  const folder = scratchFolder();
  writeFileSync(join(folder, "transactions.csv"), [HEADER, ...lines].join("\n"));
  writeFileSync(
    join(folder, "Benchmark.csv"),
    [
      `${HEADER},Currency`,
      "X1,Xeno,Key,1000,250,2024-05-01,EUR",
      "X2,Yotta,Key,540,54,2024-05-02,USD",
    ].join("\n")
  );
  writeFileSync(join(folder, "agent.json"), JSON.stringify(doc));
  const cli = await runCli(
    ["transactions.csv", "--config", "agent.json", "--out", "r.xlsx", "--json", "r.json"],
    folder
  );
  const result =
    cli.code === 0
      ? (JSON.parse(readFileSync(join(folder, "r.json"), "utf8")) as AgentResult)
      : null;
  return { cli, result };
}

describe("a series with its own data source and currency", () => {
  let outcome: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    outcome = await run(agent({ source: { sheet: "Benchmark" }, currency: "EUR" }));
  }, 120_000);

  it("Series 2 reads Benchmark.csv in EUR: Key 1,500 revenue, 300 profit, 20%", () => {
    expect(outcome.cli.stderr).toBe("");
    expect(outcome.cli.code).toBe(0);
    const rows = outcome.result!.series["Avg Margin by Customer Segment"];
    expect(rows).toHaveLength(1);
    expect(rows[0].CustomerSegment).toBe("Key");
    expect(rows[0].Revenue).toBeCloseTo(1500, 9);
    expect(rows[0].Profit).toBeCloseTo(300, 9);
    expect(rows[0].AvgMarginPct).toBeCloseTo(0.2, 12);
  });

  it("Series 1, without a source of its own, reads the input in USD: C1 and C2 only", () => {
    const rows = outcome.result!.series["Revenue and Margin by Customer"];
    expect(rows.map((r) => [r.CustomerId, r.Revenue, r.Profit])).toEqual([
      ["C1", 1000, 100],
      ["C2", 1000, 200],
    ]);
  });

  it("the join compares each account with the benchmark source's 20%: C1 flagged, C2 not", () => {
    const join = Object.fromEntries(outcome.result!.join.map((r) => [r.CustomerId, r]));
    expect(join.C1.SegmentAvgMarginPct).toBeCloseTo(0.2, 12);
    expect(join.C1.MarginVariance).toBeCloseTo(0.1, 12);
    expect(join.C2.MarginVariance).toBeCloseTo(0, 12);
    expect(outcome.result!.flagged.map((r) => r.CustomerId)).toEqual(["C1"]);
  });

  it("Data Quality says what the series read", () => {
    // Its own sheet's notes follow (here: no rebate column, so rebates are 0).
    expect(outcome.result!.dataQuality.warnings).toContainEqual(
      expect.stringMatching(
        /^Series "Avg Margin by Customer Segment" read sheet "Benchmark" in EUR: 2 rows, 2 usable; Calculated rebate not mapped/
      )
    );
  });
});

/*
 * The input has more lines than the series' own source (4 against 2), and Series 2 keeps the
 * agent's USD, so its filters equal Series 1's: the two must still select their own lines.
 * By hand: Benchmark.csv in USD: X1 1,000 EUR x 1.08 = 1,080 / 250 x 1.08 = 270; X2 540 / 54.
 *   Key revenue 1,620, profit 324, average 324 / 1,620 = 20%.
 *   Series 1: C3 500 / 20 (4%), C4 800 / -10 (-1.25%).
 *   Margin variance: C1 0.10, C2 0, C3 0.16, C4 0.2125; C1, C3 and C4 are above 0.02.
 */
describe("a series' own source with fewer lines than the input, in the agent's currency", () => {
  let outcome: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    outcome = await run(agent({ source: { sheet: "Benchmark" } }), [
      ...TWO_LINES,
      "C3,Gamma,Key,500,20,2024-06-03",
      "C4,Delta,Key,800,-10,2024-06-04",
    ]);
  }, 120_000);

  it("Series 2 reads only Benchmark.csv: Key 1,620 revenue, 324 profit, 20%", () => {
    expect(outcome.cli.stderr).toBe("");
    expect(outcome.cli.code).toBe(0);
    const [key] = outcome.result!.series["Avg Margin by Customer Segment"];
    expect(key.Revenue).toBeCloseTo(1620, 9);
    expect(key.Profit).toBeCloseTo(324, 9);
    expect(key.AvgMarginPct).toBeCloseTo(0.2, 12);
  });

  it("Series 1 reads all four input lines and the join flags C1, C3 and C4", () => {
    const rows = outcome.result!.series["Revenue and Margin by Customer"];
    const byId = rows.map((r) => [r.CustomerId, r.Revenue, r.Profit]).sort();
    expect(byId).toEqual([
      ["C1", 1000, 100],
      ["C2", 1000, 200],
      ["C3", 500, 20],
      ["C4", 800, -10],
    ]);
    const join = Object.fromEntries(outcome.result!.join.map((r) => [r.CustomerId, r]));
    expect(join.C3.MarginVariance).toBeCloseTo(0.16, 12);
    expect(join.C4.MarginVariance).toBeCloseTo(0.2125, 12);
    expect(outcome.result!.flagged.map((r) => r.CustomerId).sort()).toEqual(["C1", "C3", "C4"]);
  });
});

/*
 * A series in another currency over the agent's own sheet of an .xlsx input reads that sheet a
 * second time (the streamed reader once refused: "can be read only once").
 * By hand: Series 2 in EUR over C1 and C2: revenue (1,000 + 1,000) / 1.08 = 1,851.85, profit
 * (100 + 200) / 1.08 = 277.78, average margin 300 / 2,000 = 15%; Series 1 stays in USD.
 */
describe("a series in another currency over the agent's own .xlsx sheet", () => {
  it("reads the sheet again, in EUR, and Series 1 in USD", async () => {
    const folder = scratchFolder();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Transactions");
    sheet.addRow(HEADER.split(","));
    sheet.addRow(["C1", "Alpha", "Key", 1000, 100, new Date(Date.UTC(2024, 5, 1))]);
    sheet.addRow(["C2", "Beta", "Key", 1000, 200, new Date(Date.UTC(2024, 5, 2))]);
    await workbook.xlsx.writeFile(join(folder, "transactions.xlsx"));
    writeFileSync(join(folder, "agent.json"), JSON.stringify(agent({ currency: "EUR" })));
    const cli = await runCli(
      ["transactions.xlsx", "--config", "agent.json", "--out", "r.xlsx", "--json", "r.json"],
      folder
    );
    expect(cli.stderr).toBe("");
    expect(cli.code).toBe(0);
    const result = JSON.parse(readFileSync(join(folder, "r.json"), "utf8")) as AgentResult;
    const [key] = result.series["Avg Margin by Customer Segment"];
    expect(key.Revenue).toBeCloseTo(1851.85, 2);
    expect(key.Profit).toBeCloseTo(277.78, 2);
    expect(key.AvgMarginPct).toBeCloseTo(0.15, 9);
    const customers = result.series["Revenue and Margin by Customer"];
    expect(customers.map((r) => r.Revenue)).toEqual([1000, 1000]);
  }, 120_000);
});

describe("per-series settings that cannot be used are refused, naming the series", () => {
  it("a source sheet that is not there", async () => {
    const { cli } = await run(agent({ source: { sheet: "Missing" } }));
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain("Missing");
  }, 120_000);

  it("a currency the agent has no rate for", async () => {
    const { cli } = await run(agent({ currency: "GBP" }));
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(
      'Series "Avg Margin by Customer Segment" converts into GBP, but the agent\'s rates have no rate for GBP'
    );
  }, 120_000);
});
