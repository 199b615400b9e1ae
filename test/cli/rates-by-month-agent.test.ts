/**
 * assets/rates-by-month-agent.json on the CSV sample (issue 11 "Done when": exchange rates by
 * month shown by an example): each EUR line is converted at its month's rate from assets/Rates.csv
 * (the "Rates" sheet beside the CSV input) instead of the fixed 1.08. Worked outside the engine:
 * over the 12-month window, Series 1's total revenue moves from the fixed-rate run's by the sum of
 * each EUR line's amount x (its month's rate - 1.08), summed here from the CSV text.
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
  readonly dataQuality: { readonly warnings: readonly string[] };
}

async function runOnCsv(config: string): Promise<Result> {
  const folder = scratchFolder();
  const run = await runCli(
    [
      join(ROOT, "assets/sample-transactions.csv"),
      "--config",
      join(ROOT, "assets", config),
      "--out",
      join(folder, "r.xlsx"),
      "--json",
      join(folder, "r.json"),
    ],
    folder
  );
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(readFileSync(join(folder, "r.json"), "utf8")) as Result;
}

/** Σ over the window's EUR lines of amount x (month's rate - 1.08), from the files' text. */
function expectedShift(): number {
  const rates = new Map(
    readFileSync(join(ROOT, "assets/Rates.csv"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(","))
      .map(([, month, rate]) => [month, Number(rate)])
  );
  const [header, ...lines] = readFileSync(join(ROOT, "assets/sample-transactions.csv"), "utf8")
    .trim()
    .split("\n");
  const at = (name: string) => csvFields(header).indexOf(name);
  let shift = 0;
  for (const line of lines) {
    const cells = csvFields(line);
    const date = cells[at("Pricing Date")];
    const amount = Number(cells[at("Invoice Price")]);
    if (cells[at("Currency")] !== "EUR" || !(date > "2024-10-21" && date <= "2025-10-21")) continue;
    if (Number.isFinite(amount) && cells[at("Invoice Price")] !== "")
      shift += amount * (rates.get(date.slice(0, 7))! - 1.08);
  }
  return shift;
}

const total = (result: Result) =>
  result.series["Revenue and Margin by Customer"].reduce(
    (sum, r) => sum + (r.Revenue as number),
    0
  );

test("each EUR line at its month's rate: the revenue moves by Σ amount x (rate - 1.08)", async () => {
  const fixed = await runOnCsv("sample-agent.json");
  const monthly = await runOnCsv("rates-by-month-agent.json");
  const shift = expectedShift();
  expect(Math.abs(shift)).toBeGreaterThan(100); // a real difference, not rounding
  expect(total(monthly) - total(fixed)).toBeCloseTo(shift, 1);
  // Every month of the window has a rate: no line is left out.
  expect(monthly.dataQuality.warnings.join(" ")).not.toContain("No exchange rate");
  expect(monthly.flagged).toHaveLength(fixed.flagged.length);
}, 300_000);
