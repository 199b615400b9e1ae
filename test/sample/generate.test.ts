import { isCellError, type CellValue } from "../../src/core/model/cells";
import { SEGMENTS, TRICKY_NAMES } from "../../src/sample/catalog";
import { edateSerial, isoToSerial } from "../../src/sample/excel-date";
import {
  SAMPLE_COLUMN as C,
  SAMPLE_EUR_RATE,
  SAMPLE_HEADERS,
  generateColumnar,
  generateTransactions,
} from "../../src/sample/generate";
import { roundTo } from "../../src/sample/lines";

const ANCHOR = "2025-10-21";
const sample = generateTransactions({ rows: 20_000, seed: 42, accounts: 150, anchorDate: ANCHOR });
const num = (row: readonly CellValue[], column: number): number => row[column] as number;

describe("generateTransactions", () => {
  it("labels columns as a finance user's export does", () => {
    expect(sample.headers).toEqual([
      "Customer Id",
      "Customer Name",
      "Customer Segment",
      "Region",
      "Product",
      "Pricing Date",
      "Quantity",
      "Currency",
      "Invoice Price",
      "Gross Margin",
      "Calculated Rebate",
    ]);
    expect(sample.rows).toHaveLength(20_000);
    expect(sample.issues).toEqual([]);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const again = generateTransactions({
      rows: 20_000,
      seed: 42,
      accounts: 150,
      anchorDate: ANCHOR,
    });
    expect(JSON.stringify(again.rows)).toBe(JSON.stringify(sample.rows));
    const other = generateTransactions({
      rows: 20_000,
      seed: 43,
      accounts: 150,
      anchorDate: ANCHOR,
    });
    expect(other.rows[0]).not.toEqual(sample.rows[0]);
  });

  it("numbers accounts CID-0001 ... and gives each one name and segment", () => {
    const byId = new Map<string, string>();
    const inconsistent: string[] = [];
    for (const row of sample.rows) {
      const id = row[C["Customer Id"]] as string;
      const key = `${row[C["Customer Name"]]}|${row[C["Customer Segment"]]}`;
      if (!/^CID-\d{4}$/.test(id) || (byId.get(id) ?? key) !== key) inconsistent.push(id);
      byId.set(id, key);
    }
    expect(inconsistent).toEqual([]);
    expect(byId.size).toBeGreaterThan(140);
    expect(byId.size).toBeLessThanOrEqual(150);
    expect(new Set([...byId.values()].map((key) => key.split("|")[0])).size).toBe(byId.size);
    expect(generateTransactions({ rows: 10, seed: 1, accounts: 10_000 }).accounts[9_999].id).toBe(
      "CID-10000"
    );
  });

  it("includes names that exercise text safety on the fixed accounts", () => {
    const names = new Set(sample.accounts.map((account) => account.name));
    for (const name of [
      '=HYPERLINK("http://example.com","click")',
      "+1 Traders",
      "-Minus Corp",
      "@Home Supplies",
      "O'Brien & Sons Ltd",
      "Smith, Jones & Co.",
    ]) {
      expect(names).toContain(name);
    }
    expect(sample.accounts[3].name).toBe(TRICKY_NAMES.get(3));
  });

  it("writes money as a user types it: prices in cents, margins with up to four decimals", () => {
    const offending = sample.rows.filter(
      (row) =>
        roundTo(num(row, C["Invoice Price"]), 2) !== num(row, C["Invoice Price"]) ||
        roundTo(num(row, C["Gross Margin"]), 4) !== num(row, C["Gross Margin"]) ||
        roundTo(num(row, C["Calculated Rebate"]), 2) !== num(row, C["Calculated Rebate"]) ||
        !Number.isInteger(num(row, C.Quantity))
    );
    expect(offending).toEqual([]);
    const fourDecimals = sample.rows.filter(
      (row) => roundTo(num(row, C["Gross Margin"]), 3) !== num(row, C["Gross Margin"])
    );
    expect(fourDecimals.length).toBeGreaterThan(10_000);
  });

  it("has about 3% credit notes with negative margins and about 1% zero-value lines", () => {
    const credit = sample.rows.filter((row) => num(row, C["Invoice Price"]) < 0);
    const zero = sample.rows.filter((row) => num(row, C["Invoice Price"]) === 0);
    expect(credit.length / 20_000).toBeGreaterThan(0.02);
    expect(credit.length / 20_000).toBeLessThan(0.04);
    expect(zero.length / 20_000).toBeGreaterThan(0.005);
    expect(zero.length / 20_000).toBeLessThan(0.015);
    // Credit notes reverse the margin too, except on accounts that sell at a loss.
    expect(
      credit.filter((row) => num(row, C["Gross Margin"]) < 0).length / credit.length
    ).toBeGreaterThan(0.9);
    expect(credit.every((row) => num(row, C.Quantity) < 0)).toBe(true);
    // Free deliveries still cost something, so excluding them changes Profit.
    expect(zero.every((row) => num(row, C["Gross Margin"]) < 0)).toBe(true);
  });

  it("spreads pricing dates over 18 months before the anchor, as Excel serials in date order", () => {
    const anchor = isoToSerial(ANCHOR);
    expect(anchor).toBe(45951);
    const oldest = edateSerial(ANCHOR, -18);
    const windowStart = edateSerial(ANCHOR, -12);
    const dates = sample.rows.map((row) => num(row, C["Pricing Date"]));
    expect(Math.min(...dates)).toBe(oldest + 1);
    expect(Math.max(...dates)).toBe(anchor);
    expect(
      dates.every((date, i) => Number.isInteger(date) && (i === 0 || date >= dates[i - 1]))
    ).toBe(true);
    const outside = dates.filter((date) => date <= windowStart).length / dates.length;
    expect(outside).toBeGreaterThan(0.3);
    expect(outside).toBeLessThan(0.37);
  });

  it("gives segments different margin rates near their profile", () => {
    const sums = new Map<string, { price: number; margin: number }>();
    for (const row of sample.rows) {
      const segment = row[C["Customer Segment"]] as string;
      const sum = sums.get(segment) ?? { price: 0, margin: 0 };
      sum.price += num(row, C["Invoice Price"]);
      sum.margin += num(row, C["Gross Margin"]);
      sums.set(segment, sum);
    }
    expect(sums.size).toBeGreaterThanOrEqual(5);
    expect(sums.size).toBeLessThanOrEqual(8);
    for (const segment of SEGMENTS) {
      const sum = sums.get(segment.name)!;
      expect(Math.abs(sum.margin / sum.price - segment.marginRate)).toBeLessThan(0.06);
    }
    const medical = sums.get("Medical supplies")!;
    const packaging = sums.get("Packaging")!;
    expect(medical.margin / medical.price - packaging.margin / packaging.price).toBeGreaterThan(
      0.1
    );
  });

  it("has a long tail of small accounts, accounts below their segment and some losing money", () => {
    const revenue = new Map<string, number>();
    const profit = new Map<string, number>();
    for (const row of sample.rows) {
      const id = row[C["Customer Id"]] as string;
      revenue.set(id, (revenue.get(id) ?? 0) + num(row, C["Invoice Price"]));
      profit.set(id, (profit.get(id) ?? 0) + num(row, C["Gross Margin"]));
    }
    const sorted = [...revenue.values()].sort((a, b) => b - a);
    const total = sorted.reduce((a, b) => a + b, 0);
    const top20 = sorted.slice(0, Math.round(sorted.length * 0.2)).reduce((a, b) => a + b, 0);
    expect(top20 / total).toBeGreaterThan(0.45);
    expect(sorted[0] / sorted[sorted.length - 1]).toBeGreaterThan(50);
    expect([...profit.values()].filter((p) => p < 0).length).toBeGreaterThanOrEqual(2);
    const below = sample.accounts.filter(
      (account) => account.marginRate < SEGMENTS[account.segment].marginRate - 0.04
    );
    expect(below.length).toBeGreaterThanOrEqual(10);
  });

  it("invoices mostly in USD and some accounts in EUR", () => {
    const eur = sample.rows.filter((row) => row[C.Currency] === "EUR").length / sample.rows.length;
    expect(sample.rows.every((row) => row[C.Currency] === "USD" || row[C.Currency] === "EUR")).toBe(
      true
    );
    expect(eur).toBeGreaterThan(0.02);
    expect(eur).toBeLessThan(0.3);
  });
});

describe("generateTransactions with dirty rows", () => {
  const dirty = generateTransactions({ rows: 3_000, seed: 7, accounts: 60, dirty: true });
  const clean = generateTransactions({ rows: 3_000, seed: 7, accounts: 60 });

  it("inserts one row per issue and leaves the clean rows as they were", () => {
    expect(dirty.rows).toHaveLength(3_000 + dirty.issues.length);
    const issueRows = new Set(dirty.issues.map((issue) => issue.row));
    expect(dirty.rows.filter((_, i) => !issueRows.has(i + 2))).toEqual(clean.rows);
  });

  it("covers every skip reason the parser knows except currency, plus readable text numbers", () => {
    const reasons = dirty.issues.map((issue) => issue.reason);
    for (const reason of ["blankCustomerId", "errorValue", "badNumber", "badDate", "blankRow"])
      expect(reasons).toContain(reason);
    const readable = dirty.issues.filter((issue) => issue.reason === null);
    expect(readable.map((issue) => [issue.value, issue.readsAs]).sort()).toEqual([
      ["(99.00)", -99],
      ["1,234.50", 1234.5],
    ]);
  });

  it("puts the shown value in the named column of the reported sheet row", () => {
    for (const issue of dirty.issues) {
      const row = dirty.rows[issue.row - 2];
      if (issue.reason === "blankRow") {
        expect(row.every((cell) => cell === null)).toBe(true);
        continue;
      }
      const cell = row[C[issue.column as keyof typeof C]];
      const shown = cell === null ? "" : isCellError(cell) ? cell.error : String(cell);
      expect(shown).toBe(issue.value);
    }
    const dates = dirty.issues
      .filter((issue) => issue.reason === "badDate")
      .map((issue) => issue.value)
      .sort();
    expect(dates).toEqual(["2024-13-01", "31/02/2024"]);
  });
});

describe("generateColumnar", () => {
  const rows = generateTransactions({ rows: 5_000, seed: 11, accounts: 80 });
  const table = generateColumnar({ rows: 5_000, seed: 11, accounts: 80 });

  it("holds the same lines as the row form, EUR converted into USD", () => {
    expect(table.rowCount).toBe(5_000);
    const mismatched: number[] = [];
    for (let i = 0; i < table.rowCount; i++) {
      const row = rows.rows[i];
      const rate = row[C.Currency] === "EUR" ? SAMPLE_EUR_RATE : 1;
      const same =
        table.CustomerId.values[table.CustomerId.codes[i]] === row[C["Customer Id"]] &&
        table.CustomerName.values[table.CustomerName.codes[i]] === row[C["Customer Name"]] &&
        table.CustomerSegment.values[table.CustomerSegment.codes[i]] ===
          row[C["Customer Segment"]] &&
        table.InvoicePrice[i] === roundTo(num(row, C["Invoice Price"]) * rate, 6) &&
        table.GrossMargin[i] === roundTo(num(row, C["Gross Margin"]) * rate, 6) &&
        table.CalculatedRebate[i] === roundTo(num(row, C["Calculated Rebate"]) * rate, 6) &&
        table.PricingDate[i] === row[C["Pricing Date"]] &&
        table.sourceRow[i] === i + 2;
      if (!same) mismatched.push(i);
    }
    expect(mismatched).toEqual([]);
    // A EUR line really is converted (not just equal because the rate was 1).
    const eur = rows.rows.findIndex(
      (row) => row[C.Currency] === "EUR" && num(row, C["Invoice Price"]) > 0
    );
    expect(table.InvoicePrice[eur]).toBeCloseTo(num(rows.rows[eur], C["Invoice Price"]) * 1.08, 6);
  });

  it("lists dictionary values once, in order of first appearance", () => {
    const ids = table.CustomerId.values;
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe(rows.rows[0][C["Customer Id"]]);
    expect(table.CustomerId.codes[0]).toBe(0);
    expect(table.CustomerSegment.values.length).toBeLessThanOrEqual(SEGMENTS.length);
    expect(Math.max(...table.CustomerId.codes)).toBe(ids.length - 1);
  });

  it("converts with the rates given", () => {
    const doubled = generateColumnar({ rows: 5_000, seed: 11, accounts: 80, rates: { EUR: 2 } });
    const eurRow = rows.rows.findIndex((row) => row[C.Currency] === "EUR");
    expect(eurRow).toBeGreaterThanOrEqual(0);
    expect(doubled.InvoicePrice[eurRow]).toBe(
      roundTo(num(rows.rows[eurRow], C["Invoice Price"]) * 2, 6)
    );
  });
});

describe("the sample's header list", () => {
  it("matches the column index table", () => {
    SAMPLE_HEADERS.forEach((header, index) => expect(C[header]).toBe(index));
  });
});
