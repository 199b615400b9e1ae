/**
 * The sample's shipped first screen (assets/sample-head.json) is what the workbook reads, and the
 * sheet the pane gets from it (shipped rows, then the workbook's) has every row once, in order.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { RowBlock } from "../../../src/core/model/cells";
import { buildSampleHead } from "../../../src/taskpane/host/build-sample-head";
import { localSource } from "../../../src/taskpane/host/opened-source";
import { previewedSource } from "../../../src/taskpane/host/previewed-source";
import { headSheet, type SampleHead } from "../../../src/taskpane/host/sample-head";
import { firstRows } from "../../../src/taskpane/host/yielding-blocks";

const ROOT = join(__dirname, "../../..");
const bytes = () => new Uint8Array(readFileSync(join(ROOT, "assets/sample-transactions.xlsx")));
const shipped = (): SampleHead =>
  JSON.parse(readFileSync(join(ROOT, "assets/sample-head.json"), "utf8")) as SampleHead;

async function blocksOf(sheet: { blocks: Iterable<RowBlock> | AsyncIterable<RowBlock> }) {
  const blocks: RowBlock[] = [];
  for await (const block of sheet.blocks as AsyncIterable<RowBlock>) blocks.push(block);
  return blocks;
}

const numbered = (blocks: readonly RowBlock[]) =>
  blocks.flatMap((block) => block.rows.map((row, i) => [block.firstRowNumber + i, row] as const));

test("assets/sample-head.json is the workbook's first screen (npx tsx scripts/make-sample-head.ts)", async () => {
  const fresh = await buildSampleHead("sample-transactions.xlsx", bytes());
  expect(shipped()).toEqual(JSON.parse(JSON.stringify(fresh)));
  expect(fresh.sheet.rows).toHaveLength(200);
}, 60_000);

test("the sample's sheet gives the shipped rows first, then the workbook's, each row once", async () => {
  const workbook = await localSource("sample-transactions.xlsx", bytes());
  let restRead = 0;
  const sheet = headSheet(shipped(), async () => {
    restRead++;
    return workbook.read("Transactions");
  });
  const direct = await workbook.read("Transactions");
  expect(sheet.headers).toEqual(direct.headers);
  expect(sheet.rowCount).toBe(direct.rowCount);
  // The mapping's first rows come from the shipped head alone: the workbook is not waited for.
  expect(await firstRows(sheet, 200)).toEqual(await firstRows(direct, 200));
  expect(restRead).toBe(0);
  expect(numbered(await blocksOf(sheet))).toEqual(numbered(await blocksOf(direct)));
  expect(restRead).toBe(1);
}, 60_000);

test("the sample lists its sheets from the head and reads the others from the workbook", async () => {
  const head = shipped();
  let opened = false;
  const workbook = localSource("sample-transactions.xlsx", bytes()).then((source) => {
    opened = true;
    return source;
  });
  const sample = previewedSource("sample-transactions.xlsx", head, workbook);
  expect(sample.sheets().map((s) => s.name)).toContain("Activities");
  expect(sample.sheets()[0]).toEqual({ name: "Transactions", rowCount: 5011 });
  const activities = await sample.read("Activities");
  expect(opened).toBe(true);
  expect(activities.rowCount).toBe(14);
}, 60_000);
