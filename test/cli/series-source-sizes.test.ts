/**
 * Per-series data source and currency on inputs of different sizes (issue 11 audit: the CLI
 * stopped with "[DecimalError] Invalid argument: undefined" whenever the agent's sheet had more
 * rows than a series' own source, and a series' own currency over an .xlsx input stopped with
 * "Sheet ... is streamed and can be read only once"). Series 2 (the segment benchmark) reads a
 * 2-row Benchmark sheet while the agent's sheet has 4 rows, on CSV and on .xlsx.
 *
 * By hand, anchor 2024-10-21, 12 months, all lines in USD:
 *   Transactions: C1 Key 1,000 / 100 (10%); C2 Key 1,000 / 200 (20%); C3 Key 2,000 / 100 (5%);
 *                 C4 Key 500 / 150 (30%).
 *   Benchmark: X1 Key 1,000 / 250; X2 Key 1,000 / 150: Key 2,000 / 400 = 20%.
 *   Margin variance (20% - own): C1 0.10, C2 0, C3 0.15, C4 -0.10: C1 and C3 flagged (> 0.02).
 *   Had Series 2 read the agent's sheet: Key 4,500 / 550 = 12.2%.
 *   Series 2 over the agent's sheet in EUR (1 EUR = 1.08 USD): Key 4,500 / 1.08 = 4,166.67,
 *     profit 550 / 1.08 = 509.26, margin still 550 / 4,500; variance C1 0.1222 - 0.10 = 0.0222
 *     (flagged), C2 -0.078, C3 0.0722 (flagged), C4 -0.178.
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unprofitableAccountAgent } from "../../src/core/model/preset";
import type { AgentDocument } from "../../src/core/model/document";
import type { AgentResult } from "../../src/core/model/result";
import { runCli, scratchFolder } from "./run-cli";

const HEADER = [
  "Customer Id",
  "Customer Name",
  "Customer Segment",
  "Invoice Price",
  "Gross Margin",
  "Pricing Date",
  "Currency",
];
const TRANSACTIONS = [
  ["C1", "Alpha", "Key", 1000, 100, "2024-06-01", "USD"],
  ["C2", "Beta", "Key", 1000, 200, "2024-06-02", "USD"],
  ["C3", "Gamma", "Key", 2000, 100, "2024-06-03", "USD"],
  ["C4", "Delta", "Key", 500, 150, "2024-06-04", "USD"],
];
const BENCHMARK = [
  ["X1", "Xeno", "Key", 1000, 250, "2024-05-01", "USD"],
  ["X2", "Yotta", "Key", 1000, 150, "2024-05-02", "USD"],
];

function agent(series2: Partial<AgentDocument["series"][number]>): AgentDocument {
  const preset = unprofitableAccountAgent();
  return {
    ...preset,
    anchorDate: "2024-10-21",
    currency: { target: "USD", rates: { EUR: 1.08 } },
    series: preset.series.map((s) => (s.id === "Series2" ? { ...s, ...series2 } : s)),
  };
}

const csv = (rows: readonly (string | number)[][]) =>
  [HEADER, ...rows].map((r) => r.join(",")).join("\n");

async function writeInput(folder: string, kind: "csv" | "xlsx"): Promise<string> {
  if (kind === "csv") {
    writeFileSync(join(folder, "transactions.csv"), csv(TRANSACTIONS));
    writeFileSync(join(folder, "Benchmark.csv"), csv(BENCHMARK));
    return "transactions.csv";
  }
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of [
    ["Transactions", TRANSACTIONS],
    ["Benchmark", BENCHMARK],
  ] as const) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(HEADER);
    for (const row of rows) sheet.addRow([...row]);
  }
  await workbook.xlsx.writeFile(join(folder, "transactions.xlsx"));
  return "transactions.xlsx";
}

async function run(doc: AgentDocument, kind: "csv" | "xlsx") {
  const folder = scratchFolder();
  const input = await writeInput(folder, kind);
  writeFileSync(join(folder, "agent.json"), JSON.stringify(doc));
  const cli = await runCli(
    [input, "--config", "agent.json", "--out", "r.xlsx", "--json", "r.json"],
    folder
  );
  const result =
    cli.code === 0
      ? (JSON.parse(readFileSync(join(folder, "r.json"), "utf8")) as AgentResult)
      : null;
  return { cli, result };
}

const SEGMENT = "Avg Margin by Customer Segment";
const flaggedIds = (result: AgentResult | null) =>
  result!.flagged.map((r) => r.CustomerId as string).sort();

describe.each(["csv", "xlsx"] as const)(
  "a series reading a 2-row source beside a 4-row sheet (%s)",
  (kind) => {
    let outcome: Awaited<ReturnType<typeof run>>;
    beforeAll(async () => {
      outcome = await run(agent({ source: { sheet: "Benchmark" } }), kind);
    }, 120_000);

    it("runs, and Series 2 averages the Benchmark sheet: Key 2,000 / 400 = 20%", () => {
      expect(outcome.cli.stderr).toBe("");
      expect(outcome.cli.code).toBe(0);
      const rows = outcome.result!.series[SEGMENT];
      expect(rows).toHaveLength(1);
      expect(rows[0].Revenue).toBeCloseTo(2000, 9);
      expect(rows[0].Profit).toBeCloseTo(400, 9);
      expect(rows[0].AvgMarginPct).toBeCloseTo(0.2, 12);
    });

    it("Series 1 keeps all four accounts of the agent's sheet, in USD", () => {
      const rows = outcome.result!.series["Revenue and Margin by Customer"];
      const byId = [...rows].sort((a, b) =>
        String(a.CustomerId).localeCompare(String(b.CustomerId))
      );
      expect(byId.map((r) => [r.CustomerId, r.Revenue, r.Profit])).toEqual([
        ["C1", 1000, 100],
        ["C2", 1000, 200],
        ["C3", 2000, 100],
        ["C4", 500, 150],
      ]);
    });

    it("C1 (0.10 below) and C3 (0.15 below) are flagged", () => {
      const join = Object.fromEntries(outcome.result!.join.map((r) => [r.CustomerId, r]));
      expect(join.C3.MarginVariance).toBeCloseTo(0.15, 12);
      expect(join.C4.MarginVariance).toBeCloseTo(-0.1, 12);
      expect(flaggedIds(outcome.result)).toEqual(["C1", "C3"]);
    });
  }
);

describe.each(["csv", "xlsx"] as const)(
  "a series in its own currency over the agent's own sheet (%s)",
  (kind) => {
    let outcome: Awaited<ReturnType<typeof run>>;
    beforeAll(async () => {
      outcome = await run(agent({ currency: "EUR" }), kind);
    }, 120_000);

    it("runs, and Series 2 is in EUR: Key 4,500 / 1.08 and 550 / 1.08", () => {
      expect(outcome.cli.stderr).toBe("");
      expect(outcome.cli.code).toBe(0);
      const rows = outcome.result!.series[SEGMENT];
      expect(rows).toHaveLength(1);
      expect(rows[0].Revenue).toBeCloseTo(4500 / 1.08, 4);
      expect(rows[0].Profit).toBeCloseTo(550 / 1.08, 4);
      expect(rows[0].AvgMarginPct).toBeCloseTo(550 / 4500, 8);
    });

    it("Series 1 stays in USD and C1 and C3 are flagged", () => {
      const rows = outcome.result!.series["Revenue and Margin by Customer"];
      expect(rows.map((r) => r.Revenue as number).sort((a, b) => a - b)).toEqual([
        500, 1000, 1000, 2000,
      ]);
      expect(flaggedIds(outcome.result)).toEqual(["C1", "C3"]);
    });
  }
);
