/**
 * `npx tsx scripts/make-sample-head.ts`: writes assets/sample-head.json, the bundled sample's
 * first screen (src/taskpane/host/sample-head.ts), from assets/sample-transactions.xlsx. Run it
 * after `npm run sample`; test/taskpane/host/sample-head.test.ts fails until it is.
 */
import path from "node:path";
import { readFileSync, writeFileSync } from "node:fs";
import { buildSampleHead } from "../src/taskpane/host/build-sample-head";

const ASSETS = path.resolve(__dirname, "..", "assets");

async function main(): Promise<void> {
  const bytes = new Uint8Array(readFileSync(path.join(ASSETS, "sample-transactions.xlsx")));
  const head = await buildSampleHead("sample-transactions.xlsx", bytes);
  writeFileSync(path.join(ASSETS, "sample-head.json"), `${JSON.stringify(head)}\n`);
  console.log(`assets/sample-head.json: ${head.sheet.name}, ${head.sheet.rows.length} rows`);
}

void main();
