/**
 * The engine against an independent, plain decimal computation of the SPEC's measures
 * (reference.ts), account by account: money to the cent, ratios to 1e-12.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Decimal from "decimal.js";
import type { AgentDocument } from "../../src/core/model/document";
import type { AgentResult } from "../../src/core/model/result";
import { unprofitableAccountAgent } from "../../src/core/model/preset";
import type { SourceSheet } from "../../src/core/model/source";
import { runAgent } from "../../src/core/agent/run-agent";
import {
  BUNDLED_CSV,
  BUNDLED_WORKBOOK,
  SAMPLE_ANCHOR_DATE,
  SAMPLE_RATES,
} from "../../src/sample/bundled";
import { generateTransactions, type SampleTransactions } from "../../src/sample/generate";
import type { CellValue } from "../../src/core/model/cells";
import { readCsv } from "../../src/xlsx/read-csv";
import { readWorkbookSheets } from "../../src/xlsx/read-source";
import { compareAccounts } from "./compare";
import { referenceAgent, referenceEdateSerial, type ReferenceAccount } from "./reference";

const ASSETS = path.resolve(__dirname, "..", "..", "assets");

function agentDocument(rates: Readonly<Record<string, number>> = SAMPLE_RATES): AgentDocument {
  return {
    ...unprofitableAccountAgent(),
    anchorDate: SAMPLE_ANCHOR_DATE,
    currency: { target: "USD", rates },
  };
}

function sourceSheet(
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[],
  blockRows = 1_000
): SourceSheet {
  const blocks = [];
  for (let start = 0; start < rows.length; start += blockRows) {
    blocks.push({ rows: rows.slice(start, start + blockRows), firstRowNumber: start + 2 });
  }
  return { name: "Transactions", headers, blocks, rowCount: rows.length };
}

/** The reference over a generated sample, leaving out exactly the rows the generator spoilt. */
function referenceFor(sample: SampleTransactions): ReferenceAccount[] {
  const skipRows = new Set(
    sample.issues.filter((issue) => issue.reason !== null).map((issue) => issue.row)
  );
  const textNumbers = new Map(
    sample.issues
      .filter((issue) => issue.reason === null && issue.readsAs !== undefined)
      .map((issue) => [issue.row, { column: issue.column, value: issue.readsAs! }])
  );
  return referenceAgent({
    headers: sample.headers,
    rows: sample.rows,
    skipRows,
    textNumbers,
    anchorDate: SAMPLE_ANCHOR_DATE,
    windowMonths: 12,
    rates: SAMPLE_RATES,
  });
}

const SERIES1 = unprofitableAccountAgent().series[0].label;

describe("the reference itself", () => {
  it("computes EDATE and PERCENT_RANK as the SPEC defines them", () => {
    expect(referenceEdateSerial("2025-10-21", 0)).toBe(45951);
    expect(referenceEdateSerial("2025-10-21", -12)).toBe(45586);
    expect(referenceEdateSerial("2024-03-31", -1)).toBe(45351);
    const rows: CellValue[][] = [
      ["A", "a", "S", 100, 10, 45900],
      ["B", "b", "S", 300, 30, 45900],
      ["C", "c", "S", 100, 40, 45900],
      ["D", "d", "T", 50, -5, 45900],
      ["E", "e", "T", 0, -9, 45900],
      ["F", "f", "T", 70, 7, 45586],
    ];
    const reference = referenceAgent({
      headers: [
        "Customer Id",
        "Customer Name",
        "Customer Segment",
        "Invoice Price",
        "Gross Margin",
        "Pricing Date",
      ],
      rows,
      anchorDate: "2025-10-21",
      windowMonths: 12,
    });
    const byId = new Map(reference.map((account) => [account.customerId, account]));
    // E is a zero-value line, F sits on EDATE(A, -12), which the window excludes.
    expect([...byId.keys()]).toEqual(["A", "B", "C", "D"]);
    // Revenue 50 < 100 = 100 < 300: ranks 1, 2, 2, 4 over 4 rows.
    expect(["D", "A", "C", "B"].map((id) => byId.get(id)!.revenueRank.toNumber())).toEqual([
      0,
      1 / 3,
      1 / 3,
      1,
    ]);
    // Segment S: 80 / 500 = 0.16; account A: 0.1 -> variance 0.06, suggested 0.13, lift 0.3.
    const a = byId.get("A")!;
    expect(a.segmentAvgMarginPct!.toString()).toBe("0.16");
    expect(a.marginVariance!.toString()).toBe("0.06");
    expect(a.suggestedMarginPct!.toString()).toBe("0.13");
    expect(a.marginLiftPotentialPct!.toString()).toBe("0.3");
    expect(a.quarterMarginUplift!.toString()).toBe("0.75");
  });
});

describe("engine vs independent decimal computation", () => {
  it("agrees on every account of a generated sample with credit notes, EUR lines and dirty rows", async () => {
    const sample = generateTransactions({
      rows: 6_000,
      seed: 314,
      accounts: 150,
      anchorDate: SAMPLE_ANCHOR_DATE,
      dirty: true,
    });
    const result = await runAgent(sourceSheet(sample.headers, sample.rows), agentDocument());
    const reference = referenceFor(sample);

    expect(reference.length).toBeGreaterThan(130);
    expect(sample.rows.some((row) => typeof row[8] === "number" && row[8] < 0)).toBe(true);
    expect(compareAccounts(result, SERIES1, reference)).toEqual([]);
  });

  it("skips exactly the spoilt rows, by reason, with their row numbers", async () => {
    const sample = generateTransactions({
      rows: 2_000,
      seed: 99,
      accounts: 50,
      anchorDate: SAMPLE_ANCHOR_DATE,
      dirty: true,
    });
    const result = await runAgent(sourceSheet(sample.headers, sample.rows, 333), agentDocument());
    const expected = new Map<string, number[]>();
    for (const issue of sample.issues) {
      if (issue.reason !== null)
        expected.set(issue.reason, [...(expected.get(issue.reason) ?? []), issue.row]);
    }
    const skipped = result.dataQuality.skipped;
    expect(Object.keys(skipped).sort()).toEqual([...expected.keys()].sort());
    for (const [reason, rows] of expected)
      expect(skipped[reason as keyof typeof skipped]!.rows).toEqual(rows);
    expect(result.dataQuality.rowsRead).toBe(sample.rows.length);
  });

  it("agrees on the bundled sample workbook, read from assets/ as the CLI reads it", async () => {
    const workbook = await readWorkbookSheets(
      readFileSync(path.join(ASSETS, "sample-transactions.xlsx"))
    );
    const result = await runAgent(workbook.read("Transactions"), agentDocument());
    const reference = referenceFor(generateTransactions(BUNDLED_WORKBOOK));

    expect(reference.length).toBe(120);
    expect(result.flagged.length).toBeGreaterThan(10);
    expect(compareAccounts(result, SERIES1, reference)).toEqual([]);
  });

  it("agrees on the bundled sample CSV", async () => {
    const sheet = readCsv(
      readFileSync(path.join(ASSETS, "sample-transactions.csv"), "utf8"),
      "sample-transactions"
    );
    const result = await runAgent(sheet, agentDocument());
    const reference = referenceFor(generateTransactions(BUNDLED_CSV));

    expect(reference.length).toBe(40);
    expect(compareAccounts(result, SERIES1, reference)).toEqual([]);
  });
});

describe("the comparison", () => {
  it("catches a cent on a sum, a blank that should be a number, and 1e-11 on a ratio", async () => {
    const sample = generateTransactions({
      rows: 800,
      seed: 5,
      accounts: 20,
      anchorDate: SAMPLE_ANCHOR_DATE,
    });
    const result = await runAgent(sourceSheet(sample.headers, sample.rows), agentDocument());
    const reference = referenceFor(sample);
    expect(compareAccounts(result, SERIES1, reference)).toEqual([]);

    const [first, second, third] = result.join;
    const series = result.series[SERIES1].map((row) =>
      row.CustomerId === first.CustomerId
        ? { ...row, Revenue: (row.Revenue as number) + 0.01 }
        : row
    );
    const join = result.join.map((row) => {
      if (row === second)
        return { ...row, CurrentMarginPct: (row.CurrentMarginPct as number) * (1 + 1e-11) };
      if (row === third) return { ...row, MarginLiftPotentialPct: null };
      return row;
    });
    const problems = compareAccounts(
      { ...result, series: { [SERIES1]: series }, join },
      SERIES1,
      reference
    );
    expect(problems.map((problem) => problem.split(":")[0]).sort()).toEqual(
      [
        `${first.CustomerId} Revenue`,
        `${second.CustomerId} CurrentMarginPct`,
        `${third.CustomerId} MarginLiftPotentialPct`,
      ].sort()
    );
  });
});

describe("money sums that naive floating-point addition gets wrong", () => {
  /**
   * 200,000 lines of 0.1, 0.2, 1e7 + 0.01, credit notes of -0.3 and -(1e7 + 0.01), and margins
   * with four decimals, over three accounts in two segments. Adding these as doubles drifts by
   * more than a cent; the engine must still equal the decimal sum to the cent.
   */
  const ROWS = 200_000;
  const headers = [
    "Customer Id",
    "Customer Name",
    "Customer Segment",
    "Invoice Price",
    "Gross Margin",
    "Calculated Rebate",
    "Pricing Date",
  ];
  const prices = [0.1, 0.2, 10_000_000.01, 0.1, -0.3, 0.2, 10_000_000.01, -10_000_000.01, 0.7];
  const margins = [
    0.0123, 0.0456, 1_234_567.8901, -0.0001, -0.0369, 0.0333, 987_654.3219, -1_234_567.8901, 0.0707,
  ];
  const rows: CellValue[][] = [];
  for (let i = 0; i < ROWS; i++) {
    const account = i % 3;
    rows.push([
      `CID-${account + 1}`,
      `Account ${account + 1}`,
      account === 2 ? "Cooling" : "Consumer goods",
      prices[i % prices.length],
      margins[(i * 7) % margins.length],
      0,
      45_600 + (i % 300),
    ]);
  }

  it("drifts when added naively, so the test has teeth", () => {
    const naive = [0, 0, 0];
    for (let i = 0; i < ROWS; i++) naive[i % 3] += rows[i][3] as number;
    const exact = [0, 1, 2].map((account) =>
      rows
        .filter((_, i) => i % 3 === account)
        .reduce((sum, row) => sum.plus(String(row[3])), new Decimal(0))
    );
    const drift = naive.map((sum, account) =>
      Math.abs(new Decimal(sum).minus(exact[account]).toNumber())
    );
    expect(Math.max(...drift)).toBeGreaterThan(0.01);
  });

  it("equals the decimal sums to the cent and the ratios to 1e-12", async () => {
    const result: AgentResult = await runAgent(
      sourceSheet(headers, rows, 10_000),
      agentDocument({})
    );
    const reference = referenceAgent({
      headers,
      rows,
      anchorDate: SAMPLE_ANCHOR_DATE,
      windowMonths: 12,
    });
    expect(reference).toHaveLength(3);
    expect(compareAccounts(result, SERIES1, reference)).toEqual([]);
  });
});
