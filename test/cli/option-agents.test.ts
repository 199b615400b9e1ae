/**
 * The example agents that show issue 11's options on the sample workbook:
 * - assets/market-benchmark-agent.json: Series 2 reads the Market Panel sheet in EUR (a series'
 *   own data source and currency);
 * - assets/monthly-rates-agent.json: EUR lines at the Exchange Rates sheet's rate of their month.
 * Expectations are worked outside the engine: the panel's lines are arithmetic
 * (src/sample/market-panel.ts), and the monthly conversion is recomputed here from the sample's
 * own Transactions lines, after checking that the same recomputation at the fixed 1.08 gives the
 * sample agent's figures.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { ResultRow } from "../../src/core/model/result-row";
import { readWorkbookSheets } from "../../src/xlsx/read-source";
import { SEGMENTS } from "../../src/sample/catalog";
import { runExampleAgent } from "./run-cli";

const ROOT = resolve(__dirname, "../..");

interface Result {
  readonly series: Record<string, ResultRow[]>;
  readonly flagged: ResultRow[];
  readonly dataQuality: { readonly warnings: readonly string[] };
}

describe("the market benchmark agent: Series 2 from the Market Panel sheet, in EUR", () => {
  let result: Result;
  beforeAll(async () => {
    result = (await runExampleAgent<Result>("market-benchmark-agent.json")).result;
  }, 120_000);

  it("each segment's benchmark is the panel's: its catalog margin + 1.5 points, revenue in EUR", () => {
    const rows = result.series["Market Margin by Segment (EUR)"];
    expect(rows).toHaveLength(SEGMENTS.length);
    SEGMENTS.forEach((segment, s) => {
      const row = rows.find((r) => r.CustomerSegment === segment.name)!;
      // 6 companies x 12 months of 1,500 + 250 m + 40 k + 10 s EUR:
      // 72 x 1,500 + 12 x 250 x 15 + 6 x 40 x 66 + 72 x 10 s = 168,840 + 720 s.
      expect(row.Revenue).toBeCloseTo(168_840 + 720 * s, 6);
      // Every line at that rate, its margin rounded to the cent: the ratio within 1e-5.
      expect(row.AvgMarginPct).toBeCloseTo(segment.marginRate + 0.015, 5);
    });
  });

  it("says on Data Quality what Series 2 read: 504 panel lines, in EUR", () => {
    expect(result.dataQuality.warnings).toContainEqual(
      expect.stringMatching(
        /^Series "Market Margin by Segment \(EUR\)" read sheet "Market Panel" in EUR: 504 rows, 504 usable/
      )
    );
  });
});

describe("the monthly rates agent: EUR lines at their month's rate", () => {
  const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
  const DAY = 86_400_000;
  const serialOf = (iso: string) => (Date.parse(iso) - SERIAL_EPOCH) / DAY;
  // Series 1's window: after 2024-10-21 up to 2025-10-21.
  const [from, to] = [serialOf("2024-10-21"), serialOf("2025-10-21")];
  const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

  let fixed: Result;
  let monthly: Result;
  let eurLines: { id: string; serial: number; price: number }[];
  let rates: Map<string, number>;
  beforeAll(async () => {
    fixed = (await runExampleAgent<Result>("sample-agent.json")).result;
    monthly = (await runExampleAgent<Result>("monthly-rates-agent.json")).result;
    const workbook = await readWorkbookSheets(
      readFileSync(resolve(ROOT, "assets/sample-transactions.xlsx"))
    );
    const rows = async (name: string) => {
      const sheet = workbook.read(name);
      const all: { headers: unknown[]; rows: unknown[][] } = {
        headers: [...sheet.headers],
        rows: [],
      };
      for await (const block of sheet.blocks) all.rows.push(...block.rows);
      return all;
    };
    const rateSheet = await rows("Exchange Rates");
    rates = new Map(rateSheet.rows.map((r) => [String(r[1]), Number(r[2])]));
    const lines = await rows("Transactions");
    const at = (h: string) => lines.headers.indexOf(h);
    eurLines = lines.rows
      .filter((r) => r[at("Currency")] === "EUR")
      .filter(
        (r) => r[at("Pricing Date")] instanceof Date && typeof r[at("Invoice Price")] === "number"
      )
      .map((r) => ({
        id: String(r[at("Customer Id")]),
        serial: ((r[at("Pricing Date")] as Date).getTime() - SERIAL_EPOCH) / DAY,
        price: r[at("Invoice Price")] as number,
      }))
      .filter((l) => l.serial > from && l.serial <= to);
  }, 240_000);

  const monthOf = (serial: number) =>
    new Date(SERIAL_EPOCH + serial * DAY).toISOString().slice(0, 7);
  const revenueBy = (rate: (serial: number) => number) => {
    const sums = new Map<string, number>();
    for (const l of eurLines)
      sums.set(l.id, (sums.get(l.id) ?? 0) + round6(l.price * rate(l.serial)));
    return sums;
  };
  const seriesRevenue = (result: Result, id: string) =>
    result.series["Revenue and Margin by Customer"].find((r) => r.CustomerId === id)?.Revenue;

  it("the sheet lists EUR for all 19 months of the sample's lines, within 1.03 to 1.18", () => {
    expect(rates.size).toBe(19);
    for (const rate of rates.values()) expect(rate).toBeGreaterThan(1.03);
    for (const rate of rates.values()) expect(rate).toBeLessThan(1.18);
  });

  it("each EUR account's revenue is its lines at their month's rate (checked first at 1.08)", () => {
    const atFixed = revenueBy(() => 1.08);
    const atMonth = revenueBy((serial) => rates.get(monthOf(serial))!);
    // Accounts whose lines the recomputation reads as the engine does (no dirty row in the
    // window): their revenue at 1.08 is the sample agent's.
    const clean = [...atFixed].filter(
      ([id, v]) => Math.abs((seriesRevenue(fixed, id) ?? NaN) - v) < 1e-6
    );
    expect(clean.length).toBeGreaterThanOrEqual(5);
    for (const [id] of clean) {
      expect(seriesRevenue(monthly, id)).toBeCloseTo(atMonth.get(id)!, 6);
      expect(seriesRevenue(monthly, id)).not.toBeCloseTo(atFixed.get(id)!, 0);
    }
  });

  it("a USD account's revenue does not change", () => {
    const eur = new Set(eurLines.map((l) => l.id));
    const usd = fixed.series["Revenue and Margin by Customer"].find(
      (r) => !eur.has(String(r.CustomerId))
    )!;
    expect(seriesRevenue(monthly, String(usd.CustomerId))).toBe(usd.Revenue);
  });
});
