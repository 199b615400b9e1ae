import type { CurrencyDefinition } from "../../../../src/core/model/document";
import {
  createTransactionParser,
  type TransactionParserOptions,
} from "../../../../src/core/read/transactions/transaction-parser";
import { AgentInputError } from "../../../../src/core/model/errors";
import { FORMULA_WITHOUT_RESULT, type CellValue } from "../../../../src/core/model/cells";
import type { DictionaryColumn } from "../../../../src/core/model/transactions";

const HEADERS = [
  "Customer Id",
  "Customer Name",
  "Segment",
  "Invoice Price",
  "Gross Margin",
  "Calculated Rebate",
  "Pricing Date",
];
const USD: CurrencyDefinition = { target: "USD", rates: {} };
const OCT_21_2024 = 45586;

type Row = CellValue[];

function parse(
  rows: readonly Row[],
  options: Partial<TransactionParserOptions> = {},
  blockSize = rows.length
) {
  const parser = createTransactionParser({
    sheet: "Sales",
    headers: HEADERS,
    mapping: {},
    currency: USD,
    ...options,
  });
  for (let start = 0; start < rows.length; start += Math.max(blockSize, 1)) {
    parser.addBlock({ rows: rows.slice(start, start + blockSize), firstRowNumber: 2 + start });
  }
  return parser.finish();
}

function texts(column: DictionaryColumn): string[] {
  return Array.from(column.codes, (code) => column.values[code]);
}

function caught(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}

describe("createTransactionParser", () => {
  it("reads a clean sheet into columns, keeping sheet row numbers", () => {
    const { table, quality } = parse([
      ["CID-0014", "Acme", "Key Account", 1000.5, 154.2, 10, OCT_21_2024],
      ["CID-0098", "Bolt", "Mid-Market", "2,500.00", "(12.50)", null, "2024-10-22"],
      ["CID-0014", "Acme", "Key Account", -100, -15, 0, new Date(Date.UTC(2024, 9, 23, 12))],
    ]);
    expect(table.rowCount).toBe(3);
    expect(Array.from(table.sourceRow)).toEqual([2, 3, 4]);
    expect(table.CustomerId.values).toEqual(["CID-0014", "CID-0098"]);
    expect(Array.from(table.CustomerId.codes)).toEqual([0, 1, 0]);
    expect(texts(table.CustomerName)).toEqual(["Acme", "Bolt", "Acme"]);
    expect(texts(table.CustomerSegment)).toEqual(["Key Account", "Mid-Market", "Key Account"]);
    expect(Array.from(table.InvoicePrice)).toEqual([1000.5, 2500, -100]);
    expect(Array.from(table.GrossMargin)).toEqual([154.2, -12.5, -15]);
    expect(Array.from(table.CalculatedRebate)).toEqual([10, 0, 0]);
    expect(Array.from(table.PricingDate)).toEqual([
      OCT_21_2024,
      OCT_21_2024 + 1,
      OCT_21_2024 + 2.5,
    ]);
    expect(table.extra.size).toBe(0);
    expect(quality).toEqual({
      sheet: "Sales",
      rowsRead: 3,
      rowsUsable: 3,
      skipped: {},
      filtered: {},
      warnings: ["Blank Calculated Rebate in 1 row (first at row 3): counted as a rebate of 0."],
    });
  });

  it("skips and counts each kind of unusable row with its row number and an example", () => {
    const { table, quality } = parse([
      ["C1", "A", "S", 10, 1, 0, OCT_21_2024], // row 2: good
      ["  ", "A", "S", 10, 1, 0, OCT_21_2024], // row 3: blank id
      ["C2", "A", "S", "12,3x", 1, 0, OCT_21_2024], // row 4: bad InvoicePrice
      ["C3", "A", "S", 10, null, 0, OCT_21_2024], // row 5: blank GrossMargin
      ["C4", "A", "S", 10, 1, "15%", OCT_21_2024], // row 6: percent rebate
      ["C5", "A", "S", 10, 1, 0, "31/02/2024"], // row 7: impossible date
      ["C6", "A", "S", 10, 1, 0, null], // row 8: blank date
      ["C7", { error: "#N/A" }, "S", 10, 1, 0, OCT_21_2024], // row 9: error object
      ["C8", "A", "#DIV/0!", 10, 1, 0, OCT_21_2024], // row 10: error literal text
      [null, null, "", null], // row 11: blank row (short)
      ["C9", "A", "S", 10, 1, 0, "2024-10-21"], // row 12: good
    ]);
    expect(table.rowCount).toBe(2);
    expect(Array.from(table.sourceRow)).toEqual([2, 12]);
    expect(quality.rowsRead).toBe(11);
    expect(quality.rowsUsable).toBe(2);
    expect(quality.skipped).toEqual({
      blankCustomerId: {
        count: 1,
        rows: [3],
        rowsTruncated: false,
        examples: [{ row: 3, column: "Customer Id", value: "  ", expected: "a customer id" }],
      },
      badNumber: {
        count: 3,
        rows: [4, 5, 6],
        rowsTruncated: false,
        examples: [
          { row: 4, column: "Invoice Price", value: "12,3x", expected: "a number" },
          { row: 5, column: "Gross Margin", value: "", expected: "a number (the cell is blank)" },
          {
            row: 6,
            column: "Calculated Rebate",
            value: "15%",
            expected: "an amount of money, not a percentage",
          },
        ],
      },
      badDate: {
        count: 2,
        rows: [7, 8],
        rowsTruncated: false,
        examples: [
          {
            row: 7,
            column: "Pricing Date",
            value: "31/02/2024",
            expected: "a date that exists in the calendar",
          },
          { row: 8, column: "Pricing Date", value: "", expected: "a date (the cell is blank)" },
        ],
      },
      errorValue: {
        count: 2,
        rows: [9, 10],
        rowsTruncated: false,
        examples: [
          {
            row: 9,
            column: "Customer Name",
            value: "#N/A",
            expected: "a value, not an Excel error",
          },
          { row: 10, column: "Segment", value: "#DIV/0!", expected: "a value, not an Excel error" },
        ],
      },
      blankRow: { count: 1, rows: [11], rowsTruncated: false, examples: [] },
    });
  });

  it("skips an Excel error in the customer id, as an object or as text", () => {
    const { quality } = parse([
      [{ error: "#N/A" }, "A", "S", 1, 1, 0, OCT_21_2024],
      [" #name? ", "A", "S", 1, 1, 0, OCT_21_2024],
      ["#1 Customer", "A", "S", 1, 1, 0, OCT_21_2024],
    ]);
    expect(quality.rowsUsable).toBe(1);
    expect(quality.skipped.errorValue?.rows).toEqual([2, 3]);
    expect(quality.skipped.errorValue?.examples[1]).toEqual({
      row: 3,
      column: "Customer Id",
      value: " #name? ",
      expected: "a value, not an Excel error",
    });
  });

  it("counts a row with several problems once, under its first problem in field order", () => {
    const { quality } = parse([
      ["C1", "A", "S", "abc", { error: "#REF!" }, 0, "never"],
      ["C2", "A", "S", 10, "#VALUE!", 0, "never"],
      ["C3", "A", "S", 10, 1, 0, { error: "#N/A" }],
    ]);
    expect(quality.skipped.badNumber?.rows).toEqual([2]);
    expect(quality.skipped.errorValue?.rows).toEqual([3, 4]);
    expect(quality.skipped.badDate).toBeUndefined();
    expect(quality.skipped.errorValue?.examples.map((e) => e.column)).toEqual([
      "Gross Margin",
      "Pricing Date",
    ]);
  });

  it("refuses numbers beyond a double's range, with the row, column and what was expected", () => {
    // "1e309" and a 400-digit amount read as Infinity in JavaScript; "Infinity" was refused already.
    const { quality, table } = parse([
      ["C1", "A", "S", "1e309", 1, 0, OCT_21_2024],
      ["C2", "A", "S", 10, `-${"9".repeat(400)}`, 0, OCT_21_2024],
      ["C3", "A", "S", 10, 1, 0, OCT_21_2024],
      ["C4", "A", "S", Infinity, 1, 0, OCT_21_2024],
    ]);
    expect(table.rowCount).toBe(1);
    expect(quality.skipped.badNumber?.rows).toEqual([2, 3, 5]);
    const expected = "a number a workbook can hold (at most about 1.8E+308 either way)";
    expect(quality.skipped.badNumber?.examples[0]).toEqual({
      row: 2,
      column: "Invoice Price",
      value: "1e309",
      expected,
    });
    expect(quality.skipped.badNumber?.examples[1].column).toBe("Gross Margin");
    expect(quality.skipped.badNumber?.examples.map((e) => e.expected)).toEqual([
      expected,
      expected,
      expected,
    ]);
  });

  it("says a formula saved without its result is one, not an Excel error value", () => {
    const { quality, table } = parse([
      ["C1", "A", FORMULA_WITHOUT_RESULT, 10, 1, 0, OCT_21_2024],
      ["C2", "A", "S", FORMULA_WITHOUT_RESULT, 1, 0, OCT_21_2024],
      ["C3", "A", "S", 10, 1, 0, FORMULA_WITHOUT_RESULT],
      ["C4", "A", "S", 10, 1, 0, { error: "#N/A" }],
      ["C5", "A", "S", 10, 1, 0, OCT_21_2024],
    ]);
    expect(table.rowCount).toBe(1);
    expect(quality.skipped.formulaWithoutResult?.rows).toEqual([2, 3, 4]);
    expect(quality.skipped.errorValue?.rows).toEqual([5]);
    expect(quality.skipped.formulaWithoutResult?.examples[1]).toEqual({
      row: 3,
      column: "Invoice Price",
      value: "(a formula, no saved result)",
      expected:
        "a saved value; open the file in Excel and save it, so its formulas' results are stored",
    });
  });

  it("keeps the first 1000 row numbers and 5 examples of a reason", () => {
    const rows: Row[] = Array.from({ length: 1003 }, () => ["", "A", "S", 1, 1, 0, OCT_21_2024]);
    const { quality } = parse(rows, {}, 100);
    const blank = quality.skipped.blankCustomerId;
    expect(blank?.count).toBe(1003);
    expect(blank?.rows.length).toBe(1000);
    expect(blank?.rows[0]).toBe(2);
    expect(blank?.rows[999]).toBe(1001);
    expect(blank?.rowsTruncated).toBe(true);
    expect(blank?.examples.map((e) => e.row)).toEqual([2, 3, 4, 5, 6]);
  });

  it("stores numeric ids as text without decimals and keeps the case of text ids", () => {
    const { table } = parse([
      [1001, "A", "S", 1, 1, 0, OCT_21_2024],
      ["1001", "A", "S", 1, 1, 0, OCT_21_2024],
      [" cid-7 ", 42, true, 1, 1, 0, OCT_21_2024],
      ["CID-7", "B", "S", 1, 1, 0, OCT_21_2024],
      [2.5, "B", "S", 1, 1, 0, OCT_21_2024],
    ]);
    expect(table.CustomerId.values).toEqual(["1001", "cid-7", "CID-7", "2.5"]);
    expect(Array.from(table.CustomerId.codes)).toEqual([0, 0, 1, 2, 3]);
    expect(texts(table.CustomerName)).toEqual(["A", "A", "42", "B", "B"]);
    expect(texts(table.CustomerSegment)).toEqual(["S", "S", "TRUE", "S", "S"]);
  });

  it('fills blank names and segments with "(blank)" and says so', () => {
    const { table, quality } = parse([
      ["C1", "", "S", 1, 1, 0, OCT_21_2024],
      ["C2", "B", null, 1, 1, 0, OCT_21_2024],
      ["C3", "  ", "S", 1, 1, 0, OCT_21_2024],
    ]);
    expect(texts(table.CustomerName)).toEqual(["(blank)", "B", "(blank)"]);
    expect(texts(table.CustomerSegment)).toEqual(["S", "(blank)", "S"]);
    expect(quality.warnings).toEqual([
      'Blank Customer Name in 2 rows (first at row 2): shown as "(blank)".',
      'Blank Segment in 1 row (first at row 3): grouped as "(blank)".',
    ]);
  });

  it("treats a sheet without a rebate column as rebates of 0, with a warning", () => {
    const headers = [
      "Customer Id",
      "Customer Name",
      "Segment",
      "Net Sales",
      "Margin",
      "Invoice Date",
    ];
    const { table, quality } = parse([["C1", "A", "S", 100, 20, "10/21/2024"]], { headers });
    expect(Array.from(table.CalculatedRebate)).toEqual([0]);
    expect(Array.from(table.PricingDate)).toEqual([OCT_21_2024]);
    expect(quality.warnings[0]).toBe(
      "Calculated rebate not mapped: the sheet has no rebate column, so rebates are treated as 0."
    );
  });

  it("gives 0 rows and a clear warning for a sheet with only a header", () => {
    const { table, quality } = parse([]);
    expect(table.rowCount).toBe(0);
    expect(table.sourceRow.length).toBe(0);
    expect(table.InvoicePrice.length).toBe(0);
    expect(table.CustomerId.values).toEqual([]);
    expect(quality.rowsRead).toBe(0);
    expect(quality.rowsUsable).toBe(0);
    expect(quality.warnings).toEqual(["Sheet 'Sales' has no data rows below its header."]);
  });

  it("says so when no row at all could be used", () => {
    const { quality } = parse([["C1", "A", "S", "x", 1, 0, OCT_21_2024]]);
    expect(quality.rowsUsable).toBe(0);
    expect(quality.warnings).toEqual([
      "None of the 1 row of sheet 'Sales' could be used; see the skipped rows.",
    ]);
  });

  it("reports missing required fields before reading any row", () => {
    const error = caught(() =>
      parse([], { headers: ["Customer Id", "Customer Name", "Segment", "Invoice Price", "Date"] })
    );
    expect(error).toBeInstanceOf(AgentInputError);
    expect(error.message).toBe(
      'Required field Gross margin ("GrossMargin") not found. Headers found: Customer Id, Customer Name, Segment, Invoice Price, Date. ' +
        "Map it in the agent's field mapping."
    );
  });

  it("rejects finish() twice and addBlock() after finish()", () => {
    const parser = createTransactionParser({
      sheet: "Sales",
      headers: HEADERS,
      mapping: {},
      currency: USD,
    });
    parser.finish();
    expect(() => parser.finish()).toThrow("finish() was already called.");
    expect(() => parser.addBlock({ rows: [], firstRowNumber: 2 })).toThrow(
      /addBlock\(\) after finish\(\)/
    );
  });
});

describe("day/month order of numeric text dates", () => {
  it("reads a column as day-first when a later block shows it, whatever the block size", () => {
    const rows: Row[] = [
      ["C1", "A", "S", 1, 1, 0, "03/04/2024"],
      ["C2", "A", "S", 1, 1, 0, "21/10/2024"],
    ];
    for (const blockSize of [1, 2]) {
      const { table, quality } = parse(rows, {}, blockSize);
      expect(Array.from(table.PricingDate)).toEqual([45385, OCT_21_2024]);
      expect(quality.warnings).toEqual([
        "Pricing Date is read as day/month/year, since 1 date in it (such as 21/10/2024 at row 3) can only be " +
          "read that way; 1 date that could be read either way (such as 03/04/2024 at row 2) is read the same way.",
      ]);
    }
  });

  it("uses the default order when nothing in the column tells, and says so", () => {
    const rows: Row[] = [["C1", "A", "S", 1, 1, 0, "03/04/2024"]];
    expect(Array.from(parse(rows).table.PricingDate)).toEqual([45355]);
    const dayFirst = parse(rows, { dateOrder: "DMY" });
    expect(Array.from(dayFirst.table.PricingDate)).toEqual([45385]);
    expect(dayFirst.quality.warnings).toEqual([
      "1 date in Pricing Date could be read as day/month or as month/day (such as 03/04/2024 at row 2); " +
        "with nothing in the column to tell, it is read as day/month/year.",
    ]);
  });

  it("lets the majority decide conflicting evidence and skips the rows that do not fit", () => {
    const { table, quality } = parse([
      ["C1", "A", "S", 1, 1, 0, "21/10/2024"],
      ["C2", "A", "S", 2, 1, 0, "10/21/2024"], // month-first only: a bad date in a day-first column
      ["C3", "A", "S", 3, 1, 0, "22/10/2024"],
      ["C4", "A", "S", 4, 1, 0, "05/06/2024"],
      ["C5", "A", "S", 5, 1, 0, "31/02/2024"], // impossible either way
    ]);
    expect(Array.from(table.sourceRow)).toEqual([2, 4, 5]);
    expect(table.CustomerId.values).toEqual(["C1", "C3", "C4"]);
    expect(Array.from(table.CustomerId.codes)).toEqual([0, 1, 2]);
    expect(Array.from(table.InvoicePrice)).toEqual([1, 3, 4]);
    expect(Array.from(table.PricingDate)).toEqual([OCT_21_2024, OCT_21_2024 + 1, 45448]);
    expect(quality.rowsUsable).toBe(3);
    expect(quality.skipped.badDate).toEqual({
      count: 2,
      rows: [3, 6],
      rowsTruncated: false,
      examples: [
        {
          row: 3,
          column: "Pricing Date",
          value: "10/21/2024",
          expected: "a date in the column's day/month/year order",
        },
        {
          row: 6,
          column: "Pricing Date",
          value: "31/02/2024",
          expected: "a date that exists in the calendar",
        },
      ],
    });
    expect(quality.warnings[0]).toBe(
      "Pricing Date mixes day-first dates (3 rows, such as 21/10/2024 at row 2) and month-first dates (1 row, " +
        "such as 10/21/2024 at row 3). It is read as day/month/year, as most of its dates are; 1 row that can " +
        "only be read the other way is skipped as a bad date."
    );
  });

  it("on a tie between day-first and month-first evidence, uses the default order", () => {
    const { table, quality } = parse([
      ["C1", "A", "S", 1, 1, 0, "13/04/2024"],
      ["C2", "A", "S", 1, 1, 0, "04/14/2024"],
    ]);
    expect(Array.from(table.sourceRow)).toEqual([3]);
    expect(Array.from(table.PricingDate)).toEqual([45396]);
    expect(quality.warnings[0]).toContain(
      "It is read as month/day/year, the default, as neither way is more common;"
    );
  });

  it("reports a later problem of a row only once its date is known to be good", () => {
    const headers = [...HEADERS, "Currency"];
    const { table, quality } = parse(
      [
        ["C1", "A", "S", 1, 1, 0, "10/21/2024", "USD"],
        ["C2", "A", "S", 1, 1, 0, "21/10/2024", "??"], // date wrong for the column: a bad date
        ["C3", "A", "S", 1, 1, 0, "03/04/2024", "??"], // date fine: an unknown currency
        ["C4", "A", "S", 1, 1, 0, "11/20/2024", "USD"],
      ],
      { headers }
    );
    expect(Array.from(table.sourceRow)).toEqual([2, 5]);
    expect(quality.skipped.badDate?.rows).toEqual([3]);
    expect(quality.skipped.unknownCurrency?.rows).toEqual([4]);
  });

  it("reads dotted dates as day-first without waiting for the column", () => {
    const { table, quality } = parse([["C1", "A", "S", 1, 1, 0, "03.04.2024"]]);
    expect(Array.from(table.PricingDate)).toEqual([45385]);
    expect(quality.warnings).toEqual([]);
  });
});

describe("output does not depend on block size", () => {
  function messySheet(): Row[] {
    const rows: Row[] = [];
    const dates: CellValue[] = [
      "03/04/2024",
      "13/04/2024",
      45500,
      "2024-02-29",
      "04/13/2024",
      "x",
      null,
      "07/08/2024",
    ];
    const currencies: CellValue[] = ["USD", "eur", null, " EUR ", "usd", "??", { error: "#N/A" }];
    for (let i = 0; i < 120; i++) {
      const id: CellValue = i % 17 === 0 ? null : i % 5 === 0 ? 1000 + (i % 7) : `CID-${i % 11}`;
      const price: CellValue = i % 13 === 0 ? "n/a" : i % 3 === 0 ? `${i},25` : i * 10.5;
      rows.push([
        id,
        i % 9 === 0 ? "" : `Name ${i % 11}`,
        `Seg ${i % 4}`,
        price,
        i * 2.25,
        i % 4 === 0 ? null : 1,
        dates[i % 8],
        currencies[i % 7],
        `R${i % 3}`,
        i % 6 === 0 ? "" : i / 4,
      ]);
      if (i % 29 === 0) rows.push([null, null, null, null]);
    }
    return rows;
  }

  it("gives identical tables and reports for blocks of 1, 7 and all rows", () => {
    const rows = messySheet();
    const options: Partial<TransactionParserOptions> = {
      headers: [...HEADERS, "Currency", "Region", "Units"],
      currency: { target: "USD", rates: { EUR: 1.08 } },
      extraDimensions: ["Region"],
      extraNumbers: ["Units"],
    };
    const whole = parse(rows, options);
    expect(whole.quality.rowsRead).toBe(rows.length);
    expect(whole.table.rowCount).toBeGreaterThan(30);
    expect(Object.keys(whole.quality.skipped).sort()).toEqual([
      "badDate",
      "badNumber",
      "blankCustomerId",
      "blankRow",
      "errorValue",
      "unknownCurrency",
    ]);
    for (const blockSize of [1, 7]) {
      expect(parse(rows, options, blockSize)).toEqual(whole);
    }
  });
});

describe("currency conversion", () => {
  const headers = [...HEADERS, "Currency"];

  it("converts money into the agent's currency, rounding converted lines to 6 decimals", () => {
    const { table, quality } = parse(
      [
        ["C1", "A", "S", 19.99, 5, 1, OCT_21_2024, "EUR"],
        ["C2", "A", "S", 100, 20, 0, OCT_21_2024, " usd "],
        ["C3", "A", "S", 1000, -50, 3, OCT_21_2024, "gbp"],
        ["C4", "A", "S", 7, 1, 0, OCT_21_2024, null],
      ],
      { headers, currency: { target: "usd", rates: { " eur ": 1.08, GBP: 1.2654321 } } }
    );
    // 19.99 x 1.08 is 21.589200000000002 in binary floating point.
    expect(Array.from(table.InvoicePrice)).toEqual([21.5892, 100, 1265.4321, 7]);
    expect(Array.from(table.GrossMargin)).toEqual([5.4, 20, -63.271605, 1]);
    expect(Array.from(table.CalculatedRebate)).toEqual([1.08, 0, 3.796296, 0]);
    expect(quality.warnings).toEqual([
      "Blank Currency in 1 row (first at row 5): taken as USD, the agent's currency.",
    ]);
  });

  it("for a series in EUR over the agent's USD sheet, a line without a currency is in USD", () => {
    // The series' rates (series-currency.ts): USD at 1 / 1.25 = 0.8 EUR, EUR as it is.
    const inEur: CurrencyDefinition = {
      target: "EUR",
      rates: { USD: 0.8 },
      unmarkedLinesIn: "USD",
    };
    const marked = parse(
      [
        ["C1", "A", "S", 100, 10, 0, OCT_21_2024, "EUR"],
        ["C2", "A", "S", 100, 10, 0, OCT_21_2024, null],
      ],
      { headers, currency: inEur }
    );
    expect(Array.from(marked.table.InvoicePrice)).toEqual([100, 80]);
    expect(marked.quality.warnings).toEqual([
      "Blank Currency in 1 row (first at row 3): taken as USD, the agent's currency.",
    ]);
    // A sheet with no Currency column: every line is in USD, and no blank cell is reported.
    const unmarked = parse([["C1", "A", "S", 100, 10, 0, OCT_21_2024]], { currency: inEur });
    expect(Array.from(unmarked.table.GrossMargin)).toEqual([8]);
    expect(unmarked.quality.warnings).toEqual([]);
  });

  it("fails after the last row, listing every currency without a rate", () => {
    const rows: Row[] = [["C0", "A", "S", 1, 1, 0, OCT_21_2024, "USD"]];
    for (let i = 1; i <= 130; i++)
      rows.push([`C${i}`, "A", "S", 1, 1, 0, OCT_21_2024, i % 40 === 0 ? "JPY" : "GBP"]);
    const parser = createTransactionParser({ sheet: "Sales", headers, mapping: {}, currency: USD });
    parser.addBlock({ rows, firstRowNumber: 2 });
    const error = caught(() => parser.finish());
    expect(error).toBeInstanceOf(AgentInputError);
    expect(error.message).toBe(
      "No exchange rate for GBP (127 rows, first at row 3), JPY (3 rows, first at row 42). " +
        "Add them to the agent's currency rates."
    );
  });

  it("skips rows whose currency cell is not a currency code", () => {
    const { quality } = parse(
      [
        ["C1", "A", "S", 1, 1, 0, OCT_21_2024, "€"],
        ["C2", "A", "S", 1, 1, 0, OCT_21_2024, { error: "#N/A" }],
      ],
      { headers }
    );
    expect(quality.skipped.unknownCurrency?.examples).toEqual([
      { row: 2, column: "Currency", value: "€", expected: "a 3-letter currency code such as EUR" },
    ]);
    expect(quality.skipped.errorValue?.rows).toEqual([3]);
  });

  it("rejects an unusable rate or agent currency", () => {
    expect(
      caught(() => parse([], { headers, currency: { target: "USD", rates: { EUR: 0 } } })).message
    ).toBe(
      "The exchange rate for EUR (USD per 1 EUR) must be a positive number, found 0. Fix it in the agent's currency rates."
    );
    // 5e-324 is a positive double, but would turn every EUR line into a zero-value line.
    expect(
      caught(() => parse([], { headers, currency: { target: "USD", rates: { EUR: 5e-324 } } }))
        .message
    ).toBe(
      "The exchange rate for EUR (USD per 1 EUR) must be between 0.000001 and 1,000,000, found 5e-324, " +
        "which would make converted amounts vanish to 0. Fix it in the agent's currency rates."
    );
    expect(
      caught(() => parse([], { headers, currency: { target: "", rates: {} } }))
    ).toBeInstanceOf(AgentInputError);
    expect(parse([], { currency: { target: "", rates: {} } }).table.rowCount).toBe(0);
  });
});

describe("extra columns", () => {
  const headers = [...HEADERS, "Region", "Units", "Channel Code"];

  it("reads further dimensions and numbers without skipping rows", () => {
    const { table } = parse(
      [
        ["C1", "A", "S", 1, 1, 0, OCT_21_2024, " North ", 3, "X"],
        ["C2", "A", "S", 1, 1, 0, OCT_21_2024, null, "1,5", "Y"],
        ["C3", "A", "S", 1, 1, 0, OCT_21_2024, { error: "#N/A" }, "lots", "X"],
        ["C4", "A", "S", 1, 1, 0, OCT_21_2024, 7, "50%", "X"],
      ],
      { headers, extraDimensions: ["Region", "CustomerSegment"], extraNumbers: ["units"] }
    );
    expect([...table.extra.keys()]).toEqual(["Region", "units"]);
    const region = table.extra.get("Region");
    expect(region?.kind === "dictionary" && texts(region)).toEqual([
      "North",
      "(blank)",
      "#N/A",
      "7",
    ]);
    const units = table.extra.get("units");
    expect(units?.kind === "number" && Array.from(units.values)).toEqual([3, 1.5, Number.NaN, 0.5]);
  });

  it("rejects a label the sheet does not have, listing its headers", () => {
    const error = caught(() => parse([], { headers, extraDimensions: ["Country"] }));
    expect(error).toBeInstanceOf(AgentInputError);
    expect(error.message).toBe(
      "The agent uses the column \"Country\", but sheet 'Sales' has no such header. Headers found: Customer Id, " +
        "Customer Name, Segment, Invoice Price, Gross Margin, Calculated Rebate, Pricing Date, Region, Units, " +
        "Channel Code. Fix the agent's series or filters."
    );
  });
});
