import { runAgent } from "../../../src/core/agent/run-agent";
import type { CellValue } from "../../../src/core/model/cells";
import type { AgentDocument } from "../../../src/core/model/document";
import { revenuePriceLevel, withQuarterRevenueUplift } from "../../../src/core/model/join-presets";
import { parseAgentDocument } from "../../../src/core/agent/validate";
import { presetDocument } from "../../helpers/agent";

/**
 * Quarter Revenue Uplift at reference prices (the seed: "if the realized price level matched ...
 * a reference price"): each line of the current quarter at its units x its product's reference
 * price, less its revenue. Anchor 2025-10-21, rolling quarter after 2025-07-21.
 */
const HEADERS = [
  "Customer Id",
  "Customer Name",
  "Customer Segment",
  "Invoice Price",
  "Gross Margin",
  "Calculated Rebate",
  "Pricing Date",
  "Product",
  "Quantity",
];
const line = (id: string, date: string, price: number, product: string, units: number) => [
  id,
  `${id} Ltd`,
  "Retail",
  price,
  price / 10,
  0,
  date,
  product,
  units,
];
const LINES: CellValue[][] = [
  line("A", "2025-08-15", 1000, "Widget", 10), // 10 x 120 = 1,200
  line("A", "2025-09-10", 500, "Gadget", 5), // 5 x 90 = 450
  line("A", "2025-09-20", 300, "Gizmo", 2), // no reference price: its own 300
  line("A", "2025-05-01", 900, "Widget", 10), // the quarter before: not counted
  line("B", "2025-08-01", 150, "Widget", 1), // 1 x 120 = 120
];
const PRICES: CellValue[][] = [
  ["Widget", 120],
  ["gadget", 90],
];

function run(doc: AgentDocument, prices: CellValue[][] = PRICES) {
  const loaded: string[] = [];
  const result = runAgent(
    { name: "Sales", headers: HEADERS, blocks: [{ rows: LINES, firstRowNumber: 2 }] },
    parseAgentDocument(JSON.parse(JSON.stringify(doc))),
    {
      today: new Date(2025, 9, 21),
      loadSheet: async (name) => {
        loaded.push(name);
        return {
          name,
          headers: ["Product", "Reference Price"],
          blocks: [{ rows: prices, firstRowNumber: 2 }],
        };
      },
    }
  );
  return { result, loaded };
}

const atReferencePrices = () =>
  withQuarterRevenueUplift(presetDocument(), "referencePrice", "rolling", "Quantity", {
    sheet: "Price List",
    by: "Product",
  });

describe("Quarter Revenue Uplift at reference prices", () => {
  it("A: (1,200 + 450 + 300) - (1,000 + 500 + 300) = 150; B: 120 - 150 = -30", async () => {
    const { result, loaded } = run(atReferencePrices());
    const join = Object.fromEntries((await result).join.map((r) => [r.CustomerId, r]));
    expect(loaded).toEqual(["Price List"]);
    expect(join.A.CurrentQuarterReferenceRevenue).toBe(1950);
    expect(join.A.CurrentQuarterRevenue).toBe(1800);
    expect(join.A.QuarterRevenueUplift).toBe(150);
    expect(join.B.QuarterRevenueUplift).toBe(-30);
  });

  it("says how many lines had no reference price and counted at their own", async () => {
    const { result } = run(atReferencePrices());
    expect((await result).dataQuality.warnings).toContain(
      "1 line of the sheet had no reference price for their Product (or no units) and count at their own price: they add nothing to a reference-price uplift."
    );
  });

  it("stops on an unreadable price, naming the sheet, row and column", async () => {
    const { result } = run(atReferencePrices(), [["Widget", "call us"]]);
    await expect(result).rejects.toThrow(
      'Reference prices, sheet "Price List", row 2, column "Reference Price": expected a price of 0 or more, found "call us".'
    );
  });

  it("is a document setting the command line reads, and another level drops it", () => {
    const doc = atReferencePrices();
    expect(doc.referencePrices).toEqual({
      sheet: "Price List",
      by: "Product",
      quantityField: "Quantity",
    });
    expect(revenuePriceLevel(doc)).toBe("referencePrice");
    const back = withQuarterRevenueUplift(doc, "sameAsMargin", "rolling");
    expect(back.referencePrices).toBeUndefined();
    expect(back.series[0].measures.map((m) => m.name)).not.toContain(
      "CurrentQuarterReferenceRevenue"
    );
    expect(back.join.measures.map((m) => m.name)).not.toContain("CurrentQuarterReferenceRevenue");
    expect(() => parseAgentDocument(JSON.parse(JSON.stringify(back)))).not.toThrow();
  });

  it("validation names an unknown setting of the table", () => {
    const doc = { ...atReferencePrices(), referencePrices: { sheet: "P", by: "Product", cost: 1 } };
    expect(() => parseAgentDocument(doc)).toThrow(/referencePrices\.cost/);
  });
});
