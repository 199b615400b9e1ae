/**
 * The reading worker's warm-up (warm-up.ts) and the browser's native inflater: the warm-up only
 * helps if it runs the code a user's file runs, so its workbook must read and parse whole (a
 * warm-up that fails silently would leave the worker cold); the native inflater must give the
 * reader the very cells fflate gives.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { deflateSync } from "fflate";
import { parseSource } from "../../../src/core/agent/run";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import type { RowBlock } from "../../../src/core/model/cells";
import type { PageMessage, WorkerMessage } from "../../../src/taskpane/host/read-protocol";
import { createReadHandler } from "../../../src/taskpane/host/read-worker-handler";
import { nativeInflater } from "../../../src/taskpane/host/native-inflater";
import { gridSheet, openSourceFile } from "../../../src/taskpane/host/source-file";
import { warmUpWorkbook } from "../../../src/taskpane/host/warm-up";
import * as readWorkbookSheetModule from "../../../src/xlsx/read-workbook-sheet";

const { readWorkbookSheet } = readWorkbookSheetModule;

const ROOT = join(__dirname, "../../..");

async function rowsOf(blocks: Iterable<RowBlock> | AsyncIterable<RowBlock>) {
  const rows: RowBlock["rows"][number][] = [];
  for await (const block of blocks as AsyncIterable<RowBlock>) rows.push(...block.rows);
  return rows;
}

test("the warm-up workbook reads as the pane reads a file and parses whole with the built-in agent", async () => {
  const file = await openSourceFile("warm-up.xlsx", warmUpWorkbook(300));
  const grid = await file.grid(null);
  expect(grid.rowCount).toBe(300);
  expect(grid.headers).toContain("Pricing Date");
  const first = grid.blocks[0].rows[0];
  // Shared strings, a date by its style, numbers: the reader's paths a real export takes.
  expect(first.slice(0, 3)).toEqual(["C0", "Customer 0", "Cooling"]);
  expect(first[4]).toBeInstanceOf(Date);
  expect(typeof first[7]).toBe("number");
  const doc = { ...unprofitableAccountAgent(), currency: { target: "USD", rates: { EUR: 1.1 } } };
  const { quality } = await parseSource(gridSheet(grid), doc, {
    loadSheet: () => Promise.reject(new Error("one sheet")),
  });
  expect(quality.rowsRead).toBe(300);
  // The few rows real exports have too, each skipped for its reason: the skip paths run warm.
  expect(quality.rowsUsable).toBe(296);
  expect(Object.keys(quality.skipped).sort()).toEqual([
    "badDate",
    "badNumber",
    "blankCustomerId",
    "errorValue",
  ]);
});

test("the worker answers a warm-up with null, and opens a file after it", async () => {
  const posted: WorkerMessage[] = [];
  const handle = createReadHandler((message) => posted.push(message));
  await handle({ type: "warm", request: 0 } as PageMessage);
  expect(posted).toEqual([{ type: "done", request: 0, value: null, sheets: [] }]);
  const bytes = new Uint8Array(readFileSync(join(ROOT, "assets/sample-transactions.xlsx")));
  await handle({ type: "open", request: 1, name: "sample-transactions.xlsx", bytes });
  expect(posted[1]).toMatchObject({ type: "done", request: 1 });
});

test("the warm-up on the sample keeps it read: opening the same bytes takes that file, and reading its sheet waits for no second read", async () => {
  const reads = jest.spyOn(readWorkbookSheetModule, "readWorkbookSheet");
  try {
    const posted: WorkerMessage[] = [];
    const handle = createReadHandler((message) => posted.push(message));
    const bytes = new Uint8Array(readFileSync(join(ROOT, "assets/sample-transactions.xlsx")));
    const file = { name: "sample-transactions.xlsx", bytes: bytes.slice(), sheet: "Transactions" };
    // The click comes while the warm-up is still reading: the open joins it.
    const warming = handle({ type: "warm", request: 0, file } as PageMessage);
    await handle({ type: "open", request: 1, name: "sample-transactions.xlsx", bytes });
    await handle({ type: "grid", request: 2, sheet: "Transactions" } as PageMessage);
    await warming;
    expect(reads).toHaveBeenCalledTimes(1);
    expect(posted.find((m) => m.request === 2 && m.type !== "progress")).toMatchObject({
      type: "done",
      value: { name: "Transactions", rowCount: 5011 },
    });
    expect(posted.find((m) => m.request === 0 && m.type !== "progress")).toMatchObject({
      type: "done",
      value: null,
    });

    // Other bytes are another file, read on their own.
    const other = new Uint8Array(readFileSync(join(ROOT, "test/fixtures/cli/transactions.xlsx")));
    await handle({ type: "open", request: 3, name: "transactions.xlsx", bytes: other });
    await handle({ type: "grid", request: 4, sheet: null } as PageMessage);
    expect(reads).toHaveBeenCalledTimes(2);
  } finally {
    reads.mockRestore();
  }
});

test("the native inflater gives back what was deflated, and the reader the same cells as with fflate", async () => {
  const inflater = nativeInflater();
  // Node has DecompressionStream, as the browsers the pane supports do.
  expect(inflater).toBeDefined();
  const text = new TextEncoder().encode("<row>".repeat(50_000));
  const pieces: Uint8Array[] = [];
  for await (const piece of inflater!(deflateSync(text))) pieces.push(piece);
  expect(Buffer.concat(pieces).equals(Buffer.from(text))).toBe(true);

  const bytes = new Uint8Array(readFileSync(join(ROOT, "assets/sample-transactions.xlsx")));
  const native = await readWorkbookSheet(bytes, "Transactions", { inflater });
  const portable = await readWorkbookSheet(bytes, "Transactions");
  expect(native.headers).toEqual(portable.headers);
  const rows = await rowsOf(native.blocks);
  expect(rows).toHaveLength(5011);
  expect(rows).toEqual(await rowsOf(portable.blocks));
});

test("bytes that are not deflate data reject through the native inflater (the reader then names the damaged part)", async () => {
  const inflater = nativeInflater()!;
  const read = async () => {
    for await (const piece of inflater(new Uint8Array([0xff, 0xfe, 0x01, 0x02]))) void piece;
  };
  await expect(read()).rejects.toThrow();
});
