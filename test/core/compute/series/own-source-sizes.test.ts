import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import { parseAgentDocument } from "../../../../src/core/agent/validate";
import { computeAgent } from "../../../../src/core/compute/compute-agent";
import { cleanQuality, tableOf, type Line } from "../../../helpers/table";

/**
 * A series with its own lines (seed 000's per-series "Data Source") over a table of another size
 * than the agent's: selections are shared by filters only within one table, as a row mask is as
 * long as its own table (issue 11 audit: a 4-row sheet against a 2-row source crashed).
 *
 * By hand: agent's lines C1 1,000 / 100, C2 1,000 / 200, C3 2,000 / 100, C4 500 / 150 (all Key);
 * Series 2's own lines X1 1,000 / 250, X2 1,000 / 150: Key 2,000 / 400 = 20% (the agent's lines
 * would give 550 / 4,500 = 12.2%). Variance: C1 0.10, C3 0.15 flagged; C2 0, C4 -0.10 not.
 */
describe("a series whose own lines are fewer than the agent's", () => {
  const line = (id: string, revenue: number, margin: number): Line => ({
    CustomerId: id,
    CustomerName: `Name ${id}`,
    CustomerSegment: "Key",
    InvoicePrice: revenue,
    GrossMargin: margin,
    PricingDate: "2025-09-01",
  });
  const agentLines = [
    line("C1", 1000, 100),
    line("C2", 1000, 200),
    line("C3", 2000, 100),
    line("C4", 500, 150),
  ];
  const ownLines = [line("X1", 1000, 250), line("X2", 1000, 150)];
  const doc = parseAgentDocument({ ...unprofitableAccountAgent(), anchorDate: "2025-10-21" });
  const result = computeAgent(tableOf(agentLines), cleanQuality(agentLines.length), doc, {
    seriesTables: new Map([["Series2", tableOf(ownLines)]]),
  });

  it("Series 2 averages its own two lines: Key 2,000 / 400 = 20%", () => {
    const rows = result.series["Avg Margin by Customer Segment"];
    expect(rows).toHaveLength(1);
    expect(rows[0].Revenue).toBe(2000);
    expect(rows[0].Profit).toBe(400);
    expect(rows[0].AvgMarginPct).toBeCloseTo(0.2, 12);
  });

  it("Series 1 keeps the agent's four accounts; C1 and C3 are flagged", () => {
    expect(result.series["Revenue and Margin by Customer"]).toHaveLength(4);
    expect(result.flagged.map((r) => r.CustomerId).sort()).toEqual(["C1", "C3"]);
  });
});
