/**
 * A CSV of the sample's shape for the command line end to end on many accounts (issue 16, item
 * 9): `npx tsx bench/large-csv.ts OUT.csv ROWS ACCOUNTS`, e.g. 1,000,000 rows of 370,000
 * customers. Seeded, so the same file on every machine.
 */
import { createWriteStream } from "node:fs";
import { generateTransactions } from "../src/sample/generate";
import { BENCH_ANCHOR_DATE, BENCH_SEED } from "./report";

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function main(): Promise<void> {
  const [out, rows, accounts] = process.argv.slice(2);
  const data = generateTransactions({
    rows: Number(rows),
    accounts: Number(accounts),
    seed: BENCH_SEED,
    anchorDate: BENCH_ANCHOR_DATE,
  });
  const file = createWriteStream(out);
  file.write(`${data.headers.map(csvCell).join(",")}\n`);
  // Pricing dates are Excel serials in the generator; a CSV carries them as ISO dates.
  const date = data.headers.findIndex((header) => /date/i.test(header));
  let chunk = "";
  for (const row of data.rows) {
    const cells = row.map((value, index) =>
      index === date && typeof value === "number"
        ? new Date(Math.round((value - 25_569) * 86_400_000)).toISOString().slice(0, 10)
        : csvCell(value)
    );
    chunk += `${cells.join(",")}\n`;
    if (chunk.length > 1 << 20) {
      if (!file.write(chunk))
        await new Promise<void>((resolve) => file.once("drain", () => resolve()));
      chunk = "";
    }
  }
  file.end(chunk);
  await new Promise<void>((resolve) => file.once("finish", () => resolve()));
  console.log(`${out}: ${data.rows.length} rows, ${data.accounts.length} accounts`);
}

void main();
