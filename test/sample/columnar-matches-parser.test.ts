/**
 * The benchmark times the engine on `generateColumnar`'s table as a stand-in for a parsed sheet;
 * this checks it is exactly what the parser makes of the same rows.
 */
import { unprofitableAccountAgent } from "../../src/core/model/preset";
import { parseSource } from "../../src/core/agent/run-agent";
import { SAMPLE_RATES } from "../../src/sample/bundled";
import { generateColumnar, generateTransactions } from "../../src/sample/generate";

describe("generateColumnar", () => {
  it("equals the parser's table for the same rows, EUR converted at the sample rate", async () => {
    const options = { rows: 4_000, seed: 77, accounts: 90 };
    const sample = generateTransactions(options);
    const doc = { ...unprofitableAccountAgent(), currency: { target: "USD", rates: SAMPLE_RATES } };
    const blocks = [0, 1_500, 3_000].map((start) => ({
      rows: sample.rows.slice(start, start + 1_500),
      firstRowNumber: start + 2,
    }));
    const { table: parsed, quality } = await parseSource(
      { name: "Transactions", headers: sample.headers, blocks },
      doc
    );
    const built = generateColumnar(options);

    expect(quality.rowsUsable).toBe(4_000);
    expect(sample.rows.some((row) => row[7] === "EUR")).toBe(true);
    expect(built.rowCount).toBe(parsed.rowCount);
    expect(Array.from(built.sourceRow)).toEqual(Array.from(parsed.sourceRow));
    for (const field of [
      "InvoicePrice",
      "GrossMargin",
      "CalculatedRebate",
      "PricingDate",
    ] as const) {
      expect(Array.from(built[field])).toEqual(Array.from(parsed[field]));
    }
    for (const field of ["CustomerId", "CustomerName", "CustomerSegment"] as const) {
      const text = (column: typeof built.CustomerId) =>
        Array.from(column.codes, (code) => column.values[code]);
      expect(text(built[field])).toEqual(text(parsed[field]));
    }
  });
});
