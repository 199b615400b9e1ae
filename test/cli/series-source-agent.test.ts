/**
 * assets/series-source-agent.json on the CSV sample (issue 11 "Done when": a per-series data
 * source shown by an example): Series 2, the segment benchmark, reads assets/Benchmark.csv (the
 * "Benchmark" sheet beside the CSV input; 166 lines, fewer than the sample's, the case that used to
 * crash) instead of the accounts' own lines. Worked outside the engine: each segment's margin is
 * Σ Gross Margin / Σ Invoice Price over the Benchmark lines of the 12-month window (all USD),
 * summed here from the CSV text, leaving out the lines the reader skips (unreadable date or
 * number, blank customer id; "(99.00)" is -99) and the zero-value lines the series excludes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ResultRow } from "../../src/core/model/result-row";
import { csvFields } from "../helpers/csv-fields";
import { ROOT } from "../helpers/reference-tools";
import { runCli, scratchFolder } from "./run-cli";

interface Result {
  readonly series: Record<string, ResultRow[]>;
  readonly flagged: ResultRow[];
}

/** A number as the reader takes it; "(99.00)" is an accountant's -99. */
const amount = (text: string) =>
  /^\(.*\)$/.test(text.trim()) ? -Number(text.trim().slice(1, -1)) : Number(text);

/** A real calendar date written YYYY-MM-DD ("2024-13-01" is not). */
const isDate = (text: string) => {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};

function benchmarkBySegment(): Map<string, { revenue: number; margin: number }> {
  const [header, ...lines] = readFileSync(join(ROOT, "assets/Benchmark.csv"), "utf8")
    .trim()
    .split("\n");
  const at = (name: string) => csvFields(header).indexOf(name);
  const sums = new Map<string, { revenue: number; margin: number }>();
  for (const line of lines) {
    const cells = csvFields(line);
    const date = cells[at("Pricing Date")];
    const revenue = amount(cells[at("Invoice Price")]);
    const margin = amount(cells[at("Gross Margin")]);
    if (!isDate(date) || cells[at("Customer Id")].trim() === "") continue;
    if (!Number.isFinite(revenue) || !Number.isFinite(margin)) continue;
    // The series' "exclude zero-value lines" filter (line 83: 0 invoiced, -1,738.51 margin).
    if (revenue === 0) continue;
    if (!(date > "2024-10-21" && date <= "2025-10-21")) continue;
    const segment = cells[at("Customer Segment")];
    const sum = sums.get(segment) ?? { revenue: 0, margin: 0 };
    sums.set(segment, { revenue: sum.revenue + revenue, margin: sum.margin + margin });
  }
  return sums;
}

test("Series 2 averages the Benchmark lines per segment; Series 1 keeps the sample's 40 accounts", async () => {
  const folder = scratchFolder();
  const run = await runCli(
    [
      join(ROOT, "assets/sample-transactions.csv"),
      "--config",
      join(ROOT, "assets/series-source-agent.json"),
      "--out",
      join(folder, "r.xlsx"),
      "--json",
      join(folder, "r.json"),
    ],
    folder
  );
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const result = JSON.parse(readFileSync(join(folder, "r.json"), "utf8")) as Result;
  const expected = benchmarkBySegment();
  const rows = result.series["Avg Margin by Customer Segment"];
  expect(rows.map((r) => r.CustomerSegment).sort()).toEqual([...expected.keys()].sort());
  for (const row of rows) {
    const sum = expected.get(row.CustomerSegment as string)!;
    expect(row.Revenue as number).toBeCloseTo(sum.revenue, 2);
    expect(row.AvgMarginPct as number).toBeCloseTo(sum.margin / sum.revenue, 8);
  }
  expect(result.series["Revenue and Margin by Customer"]).toHaveLength(40);
}, 300_000);
