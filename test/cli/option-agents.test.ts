/**
 * The example agents that show per-series currency and notification settings on the sample
 * workbook (issue 11 "Done when": the sample and assets/ show every option).
 *
 * assets/series-currency-agent.json is assets/sample-agent.json with Series 2 (the segment
 * benchmark) in EUR: every segment's revenue and profit are the sample agent's USD figures over
 * 1.08 (the agent's EUR rate), each margin (a ratio) is the same, so the 29 flagged accounts stay.
 * assets/notifications-agent.json is the sample agent with its SMTP settings: the Summary lists
 * them, and nothing else changes (no e-mail is sent without --notify).
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import type { ResultRow } from "../../src/core/model/result-row";
import { runCli, runExampleAgent, scratchFolder } from "./run-cli";
import { ROOT } from "../helpers/reference-tools";

interface Result {
  readonly series: Record<string, ResultRow[]>;
  readonly flagged: ResultRow[];
}
const SEGMENT = "Avg Margin by Customer Segment";

describe("the per-series currency agent on the sample", () => {
  let usd: Result;
  let eur: Result;
  beforeAll(async () => {
    usd = (await runExampleAgent<Result>("sample-agent.json")).result;
    eur = (await runExampleAgent<Result>("series-currency-agent.json")).result;
  }, 300_000);

  it("each segment's revenue and profit are in EUR: the USD figures / 1.08, to the cent", () => {
    const inUsd = Object.fromEntries(usd.series[SEGMENT].map((r) => [r.CustomerSegment, r]));
    expect(eur.series[SEGMENT]).toHaveLength(7);
    for (const row of eur.series[SEGMENT]) {
      const dollars = inUsd[row.CustomerSegment as string];
      expect(row.Revenue as number).toBeCloseTo((dollars.Revenue as number) / 1.08, 1);
      expect(row.Profit as number).toBeCloseTo((dollars.Profit as number) / 1.08, 1);
      expect(row.AvgMarginPct as number).toBeCloseTo(dollars.AvgMarginPct as number, 8);
    }
  });

  it("Series 1 stays in USD, and the same 29 accounts are flagged", () => {
    expect(eur.series["Revenue and Margin by Customer"]).toEqual(
      usd.series["Revenue and Margin by Customer"]
    );
    expect(eur.flagged).toHaveLength(29);
    expect(eur.flagged.map((r) => r.CustomerId).sort()).toEqual(
      usd.flagged.map((r) => r.CustomerId).sort()
    );
  });
});

describe("the notifications agent on the sample", () => {
  it("runs without sending, and its Summary lists the SMTP settings", async () => {
    const folder = scratchFolder();
    const out = join(folder, "report.xlsx");
    const run = await runCli(
      [
        join(ROOT, "assets/sample-transactions.xlsx"),
        "--config",
        join(ROOT, "assets/notifications-agent.json"),
        "--out",
        out,
      ],
      folder
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const texts: string[] = [];
    workbook
      .getWorksheet("Summary")!
      .eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    const all = texts.join("\n");
    expect(all).toContain("smtp.example.com");
    expect(all).toContain("sales-ops@example.com");
  }, 300_000);
});
