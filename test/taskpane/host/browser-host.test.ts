import { readAgentShelf, shelfWith } from "../../../src/core/agent/check";
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import { AgentInputError } from "../../../src/core/model/errors";
import type { RowBlock } from "../../../src/core/model/cells";
import { BrowserHost, DOCUMENT_STORAGE_KEY } from "../../../src/taskpane/host/browser-host";

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

function upload(name: string, bytes: Uint8Array): File {
  return {
    name,
    arrayBuffer: async () =>
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  } as unknown as File;
}

function host(storage = new MemoryStorage()): BrowserHost {
  return new BrowserHost("Browser: not running inside Office", storage as unknown as Storage);
}

test("the agents are kept in and read back from storage", async () => {
  const storage = new MemoryStorage();
  const browser = host(storage);
  expect(await browser.loadDocument()).toBeNull();
  const shelf = shelfWith(unprofitableAccountAgent());
  await browser.saveAgents(shelf);
  expect(JSON.parse(storage.items.get(DOCUMENT_STORAGE_KEY)!).agents[0].document.name).toBe(
    "Unprofitable Account Agent"
  );
  expect(await browser.loadDocument()).toEqual(shelf);
});

test("an agent kept by an earlier version (one document) is read as the only agent", async () => {
  const storage = new MemoryStorage();
  storage.items.set(DOCUMENT_STORAGE_KEY, JSON.stringify(unprofitableAccountAgent()));
  const shelf = readAgentShelf(await host(storage).loadDocument())!;
  expect(shelf.agents).toEqual([{ id: "agent-1", document: unprofitableAccountAgent() }]);
});

test("damaged storage is reported, not thrown as a JSON error", async () => {
  const storage = new MemoryStorage();
  storage.setItem(DOCUMENT_STORAGE_KEY, "{oops");
  await expect(host(storage).loadDocument()).rejects.toThrow(
    "The agent kept in this browser is damaged"
  );
});

test("nothing can be read before a file is open", async () => {
  await expect(host().readSource(null)).rejects.toBeInstanceOf(AgentInputError);
  expect(await host().listSources()).toEqual([]);
});

test("an uploaded CSV is one sheet with its rows", async () => {
  const browser = host();
  const csv = "Customer Id,Invoice Price\nC1,10\nC2,20\n";
  const choices = await browser.openFile(upload("sales.csv", new TextEncoder().encode(csv)));
  expect(choices).toEqual([{ name: "sales", kind: "sheet", detail: "2 rows" }]);
  expect(browser.fileName).toBe("sales.csv");
  const sheet = await browser.readSource("sales");
  expect(sheet.headers).toEqual(["Customer Id", "Invoice Price"]);
  const rows: RowBlock["rows"][number][] = [];
  for await (const block of sheet.blocks as AsyncIterable<RowBlock>) rows.push(...block.rows);
  expect(rows).toEqual([
    ["C1", "10"],
    ["C2", "20"],
  ]);
});

test("other sheets of an uploaded workbook can be read; a CSV has none", async () => {
  const browser = host();
  await browser.openFile(upload("sales.csv", new TextEncoder().encode("Customer Id\nC1\n")));
  await expect(browser.loadSheet("Activities")).rejects.toThrow("a CSV file holds a single sheet");
  const bytes = readFileSync(join(__dirname, "../../../assets/sample-transactions.xlsx"));
  const [first] = await browser.openFile(upload("sample-transactions.xlsx", new Uint8Array(bytes)));
  expect((await browser.loadSheet(first.name)).name).toBe(first.name);
  await expect(browser.loadSheet("No such sheet")).rejects.toThrow(
    "Sheet 'No such sheet' was not found in the workbook"
  );
});

test("a file that is neither .xlsx nor .csv is refused in plain words", async () => {
  await expect(host().openFile(upload("notes.pdf", new Uint8Array([1, 2])))).rejects.toThrow(
    '"notes.pdf" is neither an .xlsx workbook nor a .csv file'
  );
});

test("the bundled sample opens as a workbook and its sheet reads", async () => {
  const browser = host();
  const bytes = readFileSync(join(__dirname, "../../../assets/sample-transactions.xlsx"));
  const choices = await browser.openFile(upload("sample-transactions.xlsx", new Uint8Array(bytes)));
  expect(choices.length).toBeGreaterThanOrEqual(1);
  const sheet = await browser.readSource(choices[0].name);
  expect(sheet.headers).toContain("Customer Id");
  expect(sheet.headers).toContain("Invoice Price");
  expect(sheet.rowCount).toBeGreaterThan(4000);
});

// Its first test to load exceljs (the writer's chunk): opening a file no longer loads it.
test("results become a workbook to download, named after the agent and the anchor date", async () => {
  // The blob behind the URL, read directly: a blob: URL fetched through Node's fetch is looked up
  // in a process-wide registry that other suites in the same jest worker share.
  const created: Blob[] = [];
  const createObjectURL = URL.createObjectURL.bind(URL);
  const spy = jest.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    created.push(blob as Blob);
    return createObjectURL(blob as Blob);
  });
  const browser = host();
  const delivered = await browser.deliverResults(
    [
      {
        name: "Impact",
        title: "Expected impact",
        table: {
          name: "Impact",
          columns: [
            { key: "Measure", header: "Measure", format: "text" },
            { key: "Expected", header: "Expected", format: "money" },
          ],
          rows: [{ Measure: "Quarter Revenue Uplift", Expected: 1234.5 }],
        },
      },
    ],
    { anchorDate: "2025-10-21", agentName: "Unprofitable Account Agent" }
  );
  expect(delivered.sheets).toEqual(["Impact"]);
  expect(delivered.download?.fileName).toBe("Unprofitable Account Agent 2025-10-21.xlsx");
  expect(delivered.download?.url).toMatch(/^blob:/);
  spy.mockRestore();
  expect(created).toHaveLength(1);
  const blob = await created[0].arrayBuffer();
  expect(blob.byteLength).toBe(delivered.download!.bytes);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(blob);
  expect(book.worksheets.map((w) => w.name)).toEqual(["Impact"]);
}, 30_000);
