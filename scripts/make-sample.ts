/**
 * `npm run sample`: regenerates the bundled sample data in assets/ (committed, so examples in
 * the docs stay stable). Anchor date 2025-10-21 as in the seed's example; dirty rows included so
 * the data-quality report has something to show.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { generateTransactions } from "../src/core/sample/generate";
import { writeSampleCsv, writeSampleWorkbook } from "./sample-workbook";

const ASSETS = path.resolve(__dirname, "..", "assets");
const ANCHOR_DATE = "2025-10-21";

async function main(): Promise<void> {
  const workbook = generateTransactions({ rows: 5_000, seed: 20251021, accounts: 120, anchorDate: ANCHOR_DATE, dirty: true });
  const xlsx = path.join(ASSETS, "sample-transactions.xlsx");
  await writeSampleWorkbook(workbook, xlsx);

  const csv = generateTransactions({ rows: 500, seed: 20251021, accounts: 40, anchorDate: ANCHOR_DATE, dirty: true });
  const csvFile = path.join(ASSETS, "sample-transactions.csv");
  await writeSampleCsv(csv, csvFile);

  for (const [file, sample] of [
    [xlsx, workbook],
    [csvFile, csv],
  ] as const) {
    const { size } = await stat(file);
    console.log(
      `${path.relative(process.cwd(), file)}: ${sample.rows.length} rows, ${sample.accounts.length} accounts, ` +
        `${sample.issues.length} dirty rows, ${(size / 1024).toFixed(0)} KB`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
