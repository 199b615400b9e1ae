import type { ResultRow } from "../../src/core/model/result-row";
import { runExampleAgent } from "./run-cli";

/**
 * The second example agent (assets/trend-agent.json), the seed's example rule: moderate revenue
 * (RevenueRank between 0.3 and 0.9), margin improving on the previous 12 months, more than 2
 * points below the segment. Every figure below was worked from the sample's lines outside the
 * engine (a script summing the sheet's rows as CSV): 120 accounts, these 6 meet all three.
 */
describe("the trend agent on the sample workbook", () => {
  let flagged: Record<string, ResultRow>;
  let stdout: string;
  beforeAll(async () => {
    const { run, result } = await runExampleAgent<{ flagged: ResultRow[] }>("trend-agent.json");
    stdout = run.stdout;
    flagged = Object.fromEntries(result.flagged.map((r) => [r.CustomerId as string, r]));
  }, 120_000);

  it("flags the six accounts that meet the three conditions", () => {
    expect(Object.keys(flagged).sort()).toEqual([
      "CID-0004",
      "CID-0015",
      "CID-0033",
      "CID-0062",
      "CID-0084",
      "CID-0099",
    ]);
    expect(stdout).toContain("Accounts: 120; flagged: 6");
  });

  it("CID-0062: margin 9,497.6561 / 98,936.44 against 1,743.2531 / 22,980.32 the year before", () => {
    const row = flagged["CID-0062"];
    expect(row.CurrentMarginPct).toBeCloseTo(9497.6561 / 98936.44, 12);
    expect(row.PreviousMarginPct).toBeCloseTo(1743.2531 / 22980.32, 12);
    expect(row.MarginTrendPts).toBeCloseTo(9497.6561 / 98936.44 - 1743.2531 / 22980.32, 12);
    // Q2 2025: 1,077.0597 on 12,034.31; Q3 2025: 2,238.2486 on 25,964.59 (418 units).
    expect(row.QuarterMarginUplift).toBeCloseTo(
      (1077.0597 / 12034.31 - 2238.2486 / 25964.59) * 25964.59,
      6
    ); // 85.56
    // Packaging over the 12 months: 3,020,123.81 for 91,731 units (a credit note of (99.00)
    // on 568 units included, as the sheet gives it).
    expect(row.QuarterRevenueUplift).toBeCloseTo((3020123.81 / 91731) * 418 - 25964.59, 6);
  });

  it("CID-0015: a loss narrowing from -2.18% to -0.59%, and a price below its segment's", () => {
    const row = flagged["CID-0015"];
    expect(row.MarginTrendPts).toBeCloseTo(-275.2624 / 46341.68 - -399.0449 / 18272.34, 12);
    // Q2 2025: 103.1819 on 2,616.68; Q3 2025: -131.776 on 20,244.34 (1,123 units).
    expect(row.QuarterMarginUplift).toBeCloseTo(
      (103.1819 / 2616.68 - -131.776 / 20244.34) * 20244.34,
      6
    ); // 930.06
    // Consumer goods: 3,564,886.766 for 149,496 units, 23.85 a unit against CID-0015's 18.03.
    expect(row.QuarterRevenueUplift).toBeCloseTo((3564886.766 / 149496) * 1123 - 20244.34, 6);
  });

  it("adds only the uplifts above 0 to the expected impact (CID-0015's revenue uplift alone)", () => {
    expect(stdout).toContain("Quarter Revenue Uplift (Revenue, 50% of 6,534.76): 3,267.38");
    // 930.06 + 85.56 + 224.39 + 15.02 + 2.96; CID-0099's -282.42 counts 0.
    expect(stdout).toContain("Quarter Margin Uplift (Profit, 40% of 1,257.99): 503.20");
  });
});
