/**
 * `npm run sample`: regenerates the bundled sample data in assets/ (committed, so examples in
 * the docs stay stable) from the settings in src/core/sample/bundled.ts. Dirty rows included so
 * the data-quality report has something to show.
 */
import path from "node:path";
import { stat, writeFile } from "node:fs/promises";
import { unprofitableAccountAgent } from "../src/core/agent/preset";
import {
  BUNDLED_CSV,
  BUNDLED_WORKBOOK,
  SAMPLE_ANCHOR_DATE,
  SAMPLE_RATES,
} from "../src/core/sample/bundled";
import { generateTransactions } from "../src/core/sample/generate";
import { formulasSheet } from "../src/core/measures/formulas-sheet";
import { runAgent } from "../src/core/run/run-agent";
import { writeSampleCsv, writeSampleWorkbook } from "./sample-workbook";

const ASSETS = path.resolve(__dirname, "..", "assets");

async function main(): Promise<void> {
  const workbook = generateTransactions(BUNDLED_WORKBOOK);
  const xlsx = path.join(ASSETS, "sample-transactions.xlsx");
  // The Formulas sheet shows the add-in's functions on this sample's run (values saved with them).
  const result = await runAgent(
    {
      name: "Transactions",
      headers: workbook.headers,
      blocks: [{ rows: workbook.rows, firstRowNumber: 2 }],
    },
    sampleAgent()
  );
  const formulas = formulasSheet(result, sampleAgent().series[0].label, sampleAgent().join);
  await writeSampleWorkbook(workbook, xlsx, formulas);

  const csv = generateTransactions(BUNDLED_CSV);
  const csvFile = path.join(ASSETS, "sample-transactions.csv");
  await writeSampleCsv(csv, csvFile);

  // The samples invoice some accounts in EUR, and the examples use the seed's anchor date: this
  // agent document (the built-in agent with both set) runs them as they are.
  const config = path.join(ASSETS, "sample-agent.json");
  const doc = sampleAgent();
  await writeFile(config, JSON.stringify(doc, null, 2) + "\n", "utf8");
  console.log(
    `${path.relative(process.cwd(), config)}: the built-in agent with anchor date ${SAMPLE_ANCHOR_DATE} and EUR rate ${SAMPLE_RATES.EUR}`
  );

  for (const [file, sample] of [
    [xlsx, workbook],
    [csvFile, csv],
  ] as const) {
    const { size } = await stat(file);
    console.log(
      `${path.relative(process.cwd(), file)}: ${sample.rows.length} rows, ${sample.accounts.length} accounts, ` +
        `${sample.issues.length} dirty rows, ${(size / 1024).toFixed(0)} KB`
    );
  }
}

function sampleAgent() {
  return {
    ...unprofitableAccountAgent(),
    anchorDate: SAMPLE_ANCHOR_DATE,
    currency: { target: "USD", rates: SAMPLE_RATES },
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
