import type { CellValue } from "../../src/core/model/cells";

/**
 * Seeded random transaction lines for comparing the engine with SQL engines: credit notes, zero
 * lines, ties in revenue, blank segments, names with quotes and semicolons, lines in EUR, a
 * Region column, dates over two years around the anchor.
 */
export interface SalesData {
  readonly headers: readonly string[];
  readonly rows: readonly CellValue[][];
}

export const SALES_HEADERS = [
  "Customer Id",
  "Customer Name",
  "Customer Segment",
  "Invoice Price",
  "Gross Margin",
  "Calculated Rebate",
  "Pricing Date",
  "Currency",
  "Region",
] as const;

/** Mulberry32: small, fast, and the same numbers on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  "Acme",
  "O'Brien & Sons",
  'The "Best" Shop',
  "Semi; Colon Ltd",
  'x"; DROP TABLE sales; --',
  "'); DELETE FROM sales; --",
  "Nordwind",
  "Back\\slash",
];
const SEGMENTS = ["Retail", "Wholesale", "Online", null, "Key; Accounts"];
const REGIONS = ["North", "South", "East", "West's"];

const cents = (x: number) => Math.round(x * 100) / 100;

export function randomSales(seed: number, rowCount: number, customers = 60): SalesData {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const accounts = Array.from({ length: customers }, (_, i) => ({
    id: `C${String(i + 1).padStart(4, "0")}`,
    name: `${pick(NAMES)} ${i + 1}`,
    segment: pick(SEGMENTS),
    region: pick(REGIONS),
  }));
  const rows: CellValue[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const account = accounts[Math.floor(random() * customers)];
    const kind = random();
    // Ties in revenue: a fixed amount for a tenth of the lines; credit notes and zero lines too.
    const price =
      kind < 0.05
        ? 0
        : kind < 0.12
          ? -cents(random() * 500)
          : kind < 0.22
            ? 250
            : cents(random() * 5000);
    const margin = cents(price * (random() * 0.6 - 0.15));
    const rebate = random() < 0.2 ? null : cents(Math.abs(price) * random() * 0.05);
    const day = new Date(Date.UTC(2023, 9, 1) + Math.floor(random() * 760) * 86400000);
    rows.push([
      account.id,
      account.name,
      account.segment,
      price,
      margin,
      rebate,
      day.toISOString().slice(0, 10),
      random() < 0.15 ? "EUR" : random() < 0.1 ? null : "USD",
      account.region,
    ]);
  }
  return { headers: [...SALES_HEADERS], rows };
}
