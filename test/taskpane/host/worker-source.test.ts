/**
 * The pane's reading worker, driven through its real message handler (read-worker-handler.ts)
 * behind a stand-in port that copies every message with structuredClone, as postMessage does:
 * the file is read and parsed in the "worker", the table that comes back is the one the engine
 * makes in the page, Cancel stops a parse between blocks and ends a worker still opening.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { parseSource } from "../../../src/core/agent/run";
import { parseAgentDocument } from "../../../src/core/agent/check";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import type { RowBlock } from "../../../src/core/model/cells";
import { AgentInputError, CancelledError } from "../../../src/core/model/errors";
import type { RunProgress } from "../../../src/core/model/source";
import type { PageMessage, WorkerMessage } from "../../../src/taskpane/host/read-protocol";
import { createReadHandler } from "../../../src/taskpane/host/read-worker-handler";
import { localSource } from "../../../src/taskpane/host/opened-source";
import { workerSource, type ReadPort } from "../../../src/taskpane/host/worker-source";

const ROOT = join(__dirname, "../../..");
const sampleBytes = () =>
  new Uint8Array(readFileSync(join(ROOT, "assets/sample-transactions.xlsx")));
const sampleDoc = () =>
  parseAgentDocument(JSON.parse(readFileSync(join(ROOT, "assets/sample-agent.json"), "utf8")));

/** A worker in this thread: messages cross as copies, each in its own task, as between threads. */
function fakeWorker(options: { holdOpen?: boolean } = {}) {
  const seen: PageMessage[] = [];
  let terminated = false;
  const port: ReadPort = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      seen.push(message);
      if (terminated) return;
      if (options.holdOpen && message.type === "open") return;
      const copy = structuredClone(message);
      setTimeout(() => void handle(copy), 0);
    },
    terminate: () => {
      terminated = true;
    },
  };
  const handle = createReadHandler((message: WorkerMessage) => {
    const copy = structuredClone(message);
    setTimeout(() => !terminated && port.onmessage?.({ data: copy } as MessageEvent), 0);
  });
  return { port, seen, isTerminated: () => terminated };
}

async function rowsOf(blocks: Iterable<RowBlock> | AsyncIterable<RowBlock>) {
  const rows: RowBlock["rows"][number][] = [];
  for await (const block of blocks as AsyncIterable<RowBlock>) rows.push(...block.rows);
  return rows;
}

test("the sample is read and parsed in the worker into the table the engine makes in the page", async () => {
  const { port } = fakeWorker();
  const progress: RunProgress[] = [];
  const opened = await workerSource(port, "sample-transactions.xlsx", sampleBytes());
  expect(opened.sheets()[0].name).toBe("Transactions");
  const sheet = await opened.read(null, { onProgress: (p) => progress.push(p) });
  expect(sheet.name).toBe("Transactions");
  expect(sheet.rowCount).toBe(5011);
  expect(progress.at(-1)).toEqual({ phase: "reading", done: 5011, total: null });
  expect(opened.sheets()[0].rowCount).toBe(5011);

  const local = await localSource("sample-transactions.xlsx", sampleBytes());
  const here = await local.read(null);
  expect(sheet.headers).toEqual(here.headers);
  expect(await rowsOf(sheet.blocks)).toEqual(await rowsOf(here.blocks));

  const doc = sampleDoc();
  const parsed = await opened.parse(null, doc);
  const expected = await parseSource(here, doc, { loadSheet: (name) => local.read(name) });
  expect(parsed.table.rowCount).toBeGreaterThan(4000);
  expect(parsed).toEqual(expected);
}, 60_000);

test("a file that is not a workbook fails in the worker with the pane's plain words", async () => {
  const { port, isTerminated } = fakeWorker();
  const text = new TextEncoder().encode("These are my notes, not a workbook.");
  const opening = workerSource(port, "notes.xlsx", text);
  await expect(opening).rejects.toBeInstanceOf(AgentInputError);
  await expect(opening).rejects.toThrow(
    '"notes.xlsx" could not be opened. This is not an Excel workbook: save it as .xlsx or .csv.'
  );
  expect(isTerminated()).toBe(true);
});

test("Cancel while opening ends the worker", async () => {
  const { port, isTerminated } = fakeWorker({ holdOpen: true });
  const controller = new AbortController();
  const opening = workerSource(port, "sample-transactions.xlsx", sampleBytes(), {
    signal: controller.signal,
  });
  controller.abort();
  await expect(opening).rejects.toBeInstanceOf(CancelledError);
  expect(isTerminated()).toBe(true);
});

test("Cancel while parsing stops the worker's parse between blocks; the file stays open", async () => {
  const { port, seen } = fakeWorker();
  const csv = [
    "Customer Id,Customer Name,Customer Segment,Pricing Date,Invoice Price,Gross Margin,Calculated Rebate",
    ...Array.from({ length: 25_000 }, (_, i) => `C${i},Acme,Cooling,2025-01-15,100,20,1`),
  ];
  const opened = await workerSource(port, "big.csv", new TextEncoder().encode(csv.join("\n")));
  await opened.read(null);
  const controller = new AbortController();
  const parsing = opened.parse(null, unprofitableAccountAgent(), {
    signal: controller.signal,
    onProgress: (p) => {
      if (p.done > 0) controller.abort();
    },
  });
  await expect(parsing).rejects.toBeInstanceOf(CancelledError);
  expect(seen.some((message) => message.type === "cancel")).toBe(true);
  // The file is still there: its rows read again.
  const again = await opened.read(null);
  expect(again.rowCount).toBe(25_000);
}, 60_000);

test("Cancel of a stale parse leaves a newer parse of the same sheet to finish", async () => {
  // The sample's settings change the parse key while its first parse still reads the sheet:
  // the first is cancelled, and the second, waiting on the same reading, must still complete.
  const { port } = fakeWorker();
  const opened = await workerSource(port, "sample-transactions.xlsx", sampleBytes());
  const stale = new AbortController();
  const first = opened.parse(null, unprofitableAccountAgent(), { signal: stale.signal });
  const newer = opened.parse(null, sampleDoc());
  stale.abort();
  await expect(first).rejects.toBeInstanceOf(CancelledError);
  const parsed = await newer;
  expect(parsed.table.rowCount).toBeGreaterThan(4000);
}, 60_000);
