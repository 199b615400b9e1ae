import { parseSource, runAgent } from "../../../../src/core/agent/run-agent";
import type { CellValue } from "../../../../src/core/model/cells";
import type { AgentDocument } from "../../../../src/core/model/document";
import { AgentInputError } from "../../../../src/core/model/errors";
import type { SourceSheet } from "../../../../src/core/model/source";
import { presetDocument } from "../../../helpers/agent";

/** Exchange rates by month from a rates table of the workbook (issue 11), worked by hand. */

const HEADERS = [
  "Customer Id",
  "Customer Name",
  "Customer Segment",
  "Invoice Price",
  "Gross Margin",
  "Calculated Rebate",
  "Pricing Date",
  "Currency",
];

function sheet(name: string, headers: string[], rows: CellValue[][]): SourceSheet {
  return { name, headers, blocks: [{ rows, firstRowNumber: 2 }] };
}

const lines = sheet("Sales", HEADERS, [
  ["A", "Acme", "Retail", 100, 20, 1, "2025-03-15", "EUR"], // row 2: March rate 1.10
  ["A", "Acme", "Retail", 100, 20, 0, "2025-04-02", "eur"], // row 3: April rate 1.05
  ["B", "Bolt", "Retail", 50, 5, 0, "2025-05-20", "EUR"], // row 4: no May rate
  ["B", "Bolt", "Retail", 200, 40, 0, "2025-05-21", "GBP"], // row 5: fixed rate 1.25
  ["C", "Core", "Retail", 30, 3, 0, "2025-05-22", "USD"], // row 6: the agent's currency
]);

const rates = (rows: CellValue[][]) => sheet("Rates", ["Currency", "Month", "Rate"], rows);
const RATES = rates([
  ["EUR", "2025-03", 1.1],
  ["EUR", "2025-04-01", 1.05],
  ["EUR", 45658, 1.2], // a date cell (2025-01-01): January
]);

function doc(): AgentDocument {
  const d = presetDocument("2025-10-21");
  return { ...d, currency: { target: "USD", rates: { EUR: 9, GBP: 1.25 }, ratesSheet: "Rates" } };
}

const loadSheet = (table: SourceSheet) => async (name: string) => {
  if (name !== "Rates") throw new Error(name);
  return table;
};

describe("rates by month", () => {
  it("converts each line at its month's rate; the fixed rate is not used for that currency", async () => {
    const { table, quality } = await parseSource(lines, doc(), { loadSheet: loadSheet(RATES) });
    expect(Array.from(table.sourceRow)).toEqual([2, 3, 5, 6]);
    // Row 2: 100 x 1.10 = 110, 20 x 1.10 = 22, rebate 1.1; row 3: 105, 21; GBP 250, 50; USD as is.
    expect(Array.from(table.InvoicePrice)).toEqual([110, 105, 250, 30]);
    expect(Array.from(table.GrossMargin)).toEqual([22, 21, 50, 3]);
    expect(table.CalculatedRebate[0]).toBe(1.1);
    expect(quality.rowsUsable).toBe(4);
    expect(quality.skipped.noRateForMonth).toEqual({
      count: 1,
      rows: [4],
      rowsTruncated: false,
      examples: [
        {
          row: 4,
          column: "Currency",
          value: "EUR",
          expected: "a rate for EUR in 2025-05 in sheet 'Rates'",
        },
      ],
    });
  });

  it("shows the left-out line on the Data Quality report of a run", async () => {
    const result = await runAgent(lines, doc(), { loadSheet: loadSheet(RATES) });
    expect(result.dataQuality.skipped.noRateForMonth?.rows).toEqual([4]);
    const series = result.series[doc().series[0].label];
    // A: 110 + 105 = 215 (EUR at 1.10 and 1.05); B: the GBP line only, 250.
    expect(series.find((r) => r.CustomerId === "A")?.Revenue).toBe(215);
    expect(series.find((r) => r.CustomerId === "B")?.Revenue).toBe(250);
  });

  it.each<[string, CellValue[][], string]>([
    [
      "a month that is not one",
      [["EUR", "March", 1.1]],
      `Exchange rates sheet 'Rates', row 2, column Month: found "March", expected a month such as 2025-03 or a date in it.`,
    ],
    [
      "a rate of 0",
      [["EUR", "2025-03", 0]],
      `Exchange rates sheet 'Rates', row 2, column Rate: found "0", expected a rate between 0.000001 and 1,000,000 (agent's currency per 1 unit).`,
    ],
    [
      "two rates for one month",
      [
        ["EUR", "2025-03", 1.1],
        ["EUR", "2025-03-31", 1.2],
      ],
      `Exchange rates sheet 'Rates', row 3, column Rate: found "1.2", expected one rate for EUR in 2025-03 (an earlier row gives 1.1).`,
    ],
  ])("refuses %s, naming the row and column", async (_, rows, message) => {
    await expect(parseSource(lines, doc(), { loadSheet: loadSheet(rates(rows)) })).rejects.toThrow(
      new AgentInputError(message)
    );
  });

  it("refuses a rates sheet without the three columns, listing what it found", async () => {
    const bad = sheet("Rates", ["Code", "Month", "Rate"], []);
    await expect(parseSource(lines, doc(), { loadSheet: loadSheet(bad) })).rejects.toThrow(
      "Exchange rates sheet 'Rates' has no Currency column; expected the headers Currency, Month and Rate (found: Code, Month, Rate)."
    );
  });
});
