/**
 * The parser's columns as the engine reads them (issue 14, "Parsing into columns"): dictionary
 * codes, the blank-cell tallies kept beside the columns, dates and converted money, whatever the
 * row count hint the host gives and however the rows repeat.
 */
import type { CellValue } from "../../../../src/core/model/cells";
import type { DictionaryColumn } from "../../../../src/core/model/transactions";
import {
  createTransactionParser,
  type TransactionParserOptions,
} from "../../../../src/core/read/transactions/transaction-parser";
import { DictionaryBuilder } from "../../../../src/core/read/transactions/dictionary-builder";
import {
  GrowableFloat64,
  GrowableInt32,
  initialCapacity,
} from "../../../../src/core/read/transactions/growable";

const HEADERS = [
  "Customer Id",
  "Customer Name",
  "Segment",
  "Invoice Price",
  "Gross Margin",
  "Calculated Rebate",
  "Pricing Date",
  "Currency",
];
const OCT_21_2024 = 45586;

function parse(rows: readonly CellValue[][], options: Partial<TransactionParserOptions> = {}) {
  const parser = createTransactionParser({
    sheet: "Sales",
    headers: HEADERS,
    mapping: {},
    currency: { target: "USD", rates: { EUR: 1.08 } },
    ...options,
  });
  parser.addBlock({ rows, firstRowNumber: 2 });
  return parser.finish();
}

function texts(column: DictionaryColumn): string[] {
  return Array.from(column.codes, (code) => column.values[code]);
}

describe("dictionary codes", () => {
  it("numbers values in order of first appearance, one code per text however it is spelled", () => {
    const { table } = parse([
      ["C2", "Bolt", "Retail", 1, 1, 0, OCT_21_2024, "USD"],
      ["C1", "Acme", "Key", 1, 1, 0, OCT_21_2024, "USD"],
      ["C1", "Acme", "Key", 1, 1, 0, OCT_21_2024, "USD"],
      [" C2 ", "Bolt ", " Retail", 1, 1, 0, OCT_21_2024, "USD"],
      ["C1", "Acme", "Key", 1, 1, 0, OCT_21_2024, "USD"],
      [7, "7", 7, 1, 1, 0, OCT_21_2024, "USD"],
      ["7", 7, "7", 1, 1, 0, OCT_21_2024, "USD"],
    ]);
    expect(table.CustomerId.values).toEqual(["C2", "C1", "7"]);
    expect(Array.from(table.CustomerId.codes)).toEqual([0, 1, 1, 0, 1, 2, 2]);
    expect(table.CustomerName.values).toEqual(["Bolt", "Acme", "7"]);
    expect(Array.from(table.CustomerName.codes)).toEqual([0, 1, 1, 0, 1, 2, 2]);
    expect(Array.from(table.CustomerSegment.codes)).toEqual([0, 1, 1, 0, 1, 2, 2]);
  });

  it("gives a repeated cell the code of the row above and a returning one its first code", () => {
    const builder = new DictionaryBuilder("(blank)");
    for (const cell of ["A", "A", "B", "A", null, null, " ", "B", "(blank)"])
      builder.pushCell(cell);
    const column = builder.build();
    expect(column.values).toEqual(["A", "B", "(blank)"]);
    expect(Array.from(column.codes)).toEqual([0, 0, 1, 0, 2, 2, 2, 1, 2]);
  });

  it("says which cells were blank: empty, spaces only, missing; not the text (blank)", () => {
    const builder = new DictionaryBuilder("(blank)");
    const blank = [null, undefined, "", "   ", "\u00a0", "(blank)", "x", 0, false].map((cell) =>
      builder.pushCell(cell)
    );
    expect(blank).toEqual([true, true, true, true, true, false, false, false, false]);
    expect(builder.build().values).toEqual(["(blank)", "x", "0", "FALSE"]);
  });
});

describe("data-quality tallies beside the columns", () => {
  it("counts blank names, segments, rebates and currencies of kept rows only, with the first row", () => {
    const { table, quality } = parse([
      ["C1", "Acme", "Key", 10, 1, 0, OCT_21_2024, "USD"],
      ["C2", "  ", "Key", 10, 1, null, OCT_21_2024, "USD"],
      ["C3", null, "Key", "ten", 1, 0, OCT_21_2024, "USD"], // skipped: not a number
      ["C4", "", null, 10, 1, 0, OCT_21_2024, null],
      ["C5", "Bolt", " ", 10, 1, "", OCT_21_2024, "EUR"],
    ]);
    expect(table.rowCount).toBe(4);
    expect(Array.from(table.sourceRow)).toEqual([2, 3, 5, 6]);
    expect(texts(table.CustomerName)).toEqual(["Acme", "(blank)", "(blank)", "Bolt"]);
    expect(texts(table.CustomerSegment)).toEqual(["Key", "Key", "(blank)", "(blank)"]);
    expect(quality.rowsRead).toBe(5);
    expect(quality.skipped.badNumber?.rows).toEqual([4]);
    expect(quality.warnings).toEqual([
      'Blank Customer Name in 2 rows (first at row 3): shown as "(blank)".',
      'Blank Segment in 2 rows (first at row 5): grouped as "(blank)".',
      "Blank Calculated Rebate in 2 rows (first at row 3): counted as a rebate of 0.",
      "Blank Currency in 1 row (first at row 5): taken as USD, the agent's currency.",
    ]);
  });

  it("does not count a name cell holding the text (blank) as a blank cell", () => {
    const { table, quality } = parse([["C1", "(blank)", "Key", 1, 1, 0, OCT_21_2024, "USD"]]);
    expect(texts(table.CustomerName)).toEqual(["(blank)"]);
    expect(quality.warnings).toEqual([]);
  });
});

describe("dates and money in typed columns", () => {
  it("stores dates as Excel serials, times as the fraction, from numbers, text and Date cells", () => {
    const { table } = parse([
      ["C1", "A", "K", 1, 1, 0, OCT_21_2024, "USD"],
      ["C1", "A", "K", 1, 1, 0, "2024-10-22", "USD"],
      ["C1", "A", "K", 1, 1, 0, new Date(Date.UTC(2024, 9, 23, 18)), "USD"],
      ["C1", "A", "K", 1, 1, 0, OCT_21_2024 + 0.5, "USD"],
    ]);
    expect(table.PricingDate).toBeInstanceOf(Float64Array);
    expect(Array.from(table.PricingDate)).toEqual([
      OCT_21_2024,
      OCT_21_2024 + 1,
      OCT_21_2024 + 2.75,
      OCT_21_2024 + 0.5,
    ]);
  });

  it("converts each currency's money at its rate, rounded to 6 decimals, into Float64Arrays", () => {
    const { table } = parse([
      ["C1", "A", "K", 19.99, 5, 1, OCT_21_2024, "EUR"],
      ["C2", "B", "K", 19.99, 5, 1, OCT_21_2024, "USD"],
      ["C3", "C", "K", "1,000.50", "(2.00)", 0, OCT_21_2024, "eur"],
    ]);
    expect(table.InvoicePrice).toBeInstanceOf(Float64Array);
    expect(Array.from(table.InvoicePrice)).toEqual([21.5892, 19.99, 1080.54]);
    expect(Array.from(table.GrossMargin)).toEqual([5.4, 5, -2.16]);
    expect(Array.from(table.CalculatedRebate)).toEqual([1.08, 1, 0]);
  });
});

describe("the host's row count hint", () => {
  const rows: CellValue[][] = Array.from({ length: 3000 }, (_, i) => [
    `C${i % 17}`,
    `N${i % 17}`,
    i % 2 === 0 ? "Key" : "Retail",
    i + 0.25,
    i % 7,
    i % 3 === 0 ? null : 1,
    OCT_21_2024 - (i % 400),
    i % 5 === 0 ? "EUR" : "USD",
  ]);
  // Every 100th row unusable, so the table is shorter than the sheet.
  for (let i = 50; i < rows.length; i += 100) rows[i] = [...rows[i].slice(0, 3), "n/a"];

  it("gives the same table and report whether the hint is absent, exact, short or long", () => {
    const plain = parse(rows);
    expect(plain.table.rowCount).toBe(2970);
    for (const expectedRows of [rows.length, 10, 1_000_000]) {
      const hinted = parse(rows, { expectedRows });
      expect(hinted.quality).toEqual(plain.quality);
      expect(hinted.table.rowCount).toBe(plain.table.rowCount);
      expect(hinted.table.InvoicePrice).toEqual(plain.table.InvoicePrice);
      expect(hinted.table.PricingDate).toEqual(plain.table.PricingDate);
      expect(hinted.table.CalculatedRebate).toEqual(plain.table.CalculatedRebate);
      expect(hinted.table.sourceRow).toEqual(plain.table.sourceRow);
      expect(hinted.table.CustomerId).toEqual(plain.table.CustomerId);
      expect(hinted.table.CustomerSegment).toEqual(plain.table.CustomerSegment);
      expect(hinted.table.InvoicePrice.length).toBe(2970);
      expect(hinted.table.CustomerId.codes.length).toBe(2970);
    }
  });

  it("allocates once at the hinted size, hands a full array over and grows past it", () => {
    expect(initialCapacity()).toBe(1024);
    expect(initialCapacity(5000)).toBe(5000);
    expect(initialCapacity(50_000_000)).toBe(1_048_576);
    const exact = new GrowableFloat64(2000);
    for (let i = 0; i < 2000; i++) exact.push(i / 4);
    const full = exact.toArray();
    expect(full.length).toBe(2000);
    expect(full[1999]).toBe(499.75);
    const grown = new GrowableInt32(1500);
    for (let i = 0; i < 4000; i++) grown.push(i);
    expect(Array.from(grown.toArray().subarray(1495, 1505))).toEqual([
      1495, 1496, 1497, 1498, 1499, 1500, 1501, 1502, 1503, 1504,
    ]);
    expect(grown.toArray().length).toBe(4000);
  });

  it("makes room for a whole block at once, doubling as often as the block needs", () => {
    const amounts = new GrowableFloat64();
    const rowsOf = new GrowableInt32();
    for (const block of [1000, 5000, 3]) {
      amounts.reserve(block);
      rowsOf.reserve(block);
      for (let i = 0; i < block; i++) {
        amounts.append(rowsOf.length + 0.5);
        rowsOf.append(rowsOf.length);
      }
    }
    expect(amounts.length).toBe(6003);
    expect(Array.from(amounts.toArray().subarray(6000))).toEqual([6000.5, 6001.5, 6002.5]);
    expect(Array.from(rowsOf.toArray().subarray(1022, 1026))).toEqual([1022, 1023, 1024, 1025]);
  });

  it("reads a sheet handed over in blocks of any size as it reads it in one", () => {
    const whole = parse(rows);
    const parser = createTransactionParser({
      sheet: "Sales",
      headers: HEADERS,
      mapping: {},
      currency: { target: "USD", rates: { EUR: 1.08 } },
      expectedRows: 10,
    });
    for (const [start, end] of [
      [0, 1],
      [1, 1100],
      [1100, 1100],
      [1100, 3000],
    ])
      parser.addBlock({ rows: rows.slice(start, end), firstRowNumber: 2 + start });
    const blocks = parser.finish();
    expect(blocks.quality).toEqual(whole.quality);
    expect(blocks.table).toEqual(whole.table);
  });
});
