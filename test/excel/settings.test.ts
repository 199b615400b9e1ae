import { OfficeMockObject } from "office-addin-mock";
import {
  AGENT_DOCUMENT_KEY,
  clearAgentDocument,
  loadAgentDocument,
  saveAgentDocument,
  STORAGE_VERSION,
  STORAGE_VERSION_KEY,
} from "../../src/excel/settings";

/**
 * A workbook's settings store behind office-addin-mock: `add` writes into `store`, and
 * `getItemOrNullObject` hands out mock items that, like Office's, must be loaded and synced
 * before their value can be read.
 */
function installWorkbookSettings(store: Map<string, unknown>): { syncs: () => number } {
  const itemFor = (key: string): Record<string, unknown> => {
    const present = store.has(key);
    // office-addin-mock cannot hold null; an absent item is marked by isNullObject below.
    return { value: present ? store.get(key) : "" };
  };
  const context = new OfficeMockObject({
    workbook: {
      settings: {
        document: itemFor(AGENT_DOCUMENT_KEY),
        version: itemFor(STORAGE_VERSION_KEY),
        add(key: string, value: unknown) {
          // Office keeps settings as JSON text: what is read back is a copy.
          store.set(key, JSON.parse(JSON.stringify(value)));
        },
        getItemOrNullObject(this: Record<string, OfficeMockObject>, key: string) {
          return key === AGENT_DOCUMENT_KEY ? this.document : this.version;
        },
      },
    },
  });
  const settings = context.workbook.settings;
  // isNullObject is readable after a sync without a load, so it is a plain field here.
  settings.document.isNullObject = !store.has(AGENT_DOCUMENT_KEY);
  settings.version.isNullObject = !store.has(STORAGE_VERSION_KEY);
  settings.document.delete = () => store.delete(AGENT_DOCUMENT_KEY);
  settings.version.delete = () => store.delete(STORAGE_VERSION_KEY);
  let syncs = 0;
  const sync = context.sync.bind(context);
  context.sync = async () => {
    syncs += 1;
    await sync();
  };
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: async (batch: (c: unknown) => Promise<unknown>) => batch(context),
  };
  return { syncs: () => syncs };
}

const agent = {
  version: 1,
  name: "Margin watch – Région Île-de-France",
  anchorDate: null,
  source: { sheet: "Sales", mapping: { CustomerId: "Kunden-Nr." } },
  series: [
    {
      id: "Series1",
      groupBy: ["CustomerId"],
      measures: [{ kind: "aggregate", name: "Revenue", field: "InvoicePrice", aggregation: "sum" }],
    },
  ],
};

describe("agent document in workbook settings", () => {
  test("round-trips through the settings store as JSON text with a storage version beside it", async () => {
    const store = new Map<string, unknown>();
    const saving = installWorkbookSettings(store);
    await saveAgentDocument(agent);

    expect(saving.syncs()).toBe(1);
    expect(typeof store.get(AGENT_DOCUMENT_KEY)).toBe("string");
    expect(store.get(STORAGE_VERSION_KEY)).toBe(STORAGE_VERSION);

    // A later session opens the same workbook.
    const loading = installWorkbookSettings(store);
    const loaded = await loadAgentDocument();
    expect(loaded).toEqual(agent);
    expect(loaded).not.toBe(agent);
    expect(loading.syncs()).toBe(1);
  });

  test("a workbook without a stored agent loads as null", async () => {
    installWorkbookSettings(new Map());
    expect(await loadAgentDocument()).toBeNull();
  });

  test("refuses an agent saved by a newer storage format rather than misreading it", async () => {
    installWorkbookSettings(
      new Map<string, unknown>([
        [AGENT_DOCUMENT_KEY, "{}"],
        [STORAGE_VERSION_KEY, STORAGE_VERSION + 1],
      ])
    );
    await expect(loadAgentDocument()).rejects.toThrow("saved by a newer version of the add-in");
  });

  test("says so when the stored text is not JSON", async () => {
    installWorkbookSettings(new Map<string, unknown>([[AGENT_DOCUMENT_KEY, "{not json"]]));
    await expect(loadAgentDocument()).rejects.toThrow("is damaged");
  });

  test("refuses to save past Office's 2 MB settings limit, and stores nothing", async () => {
    const store = new Map<string, unknown>();
    installWorkbookSettings(store);
    const huge = { ...agent, description: "x".repeat(2 * 1024 * 1024) };
    await expect(saveAgentDocument(huge)).rejects.toThrow(
      /The agent is 2\d{3} KB; the workbook can store at most 2044 KB/
    );
    expect(store.size).toBe(0);
  });

  test("counts the limit in UTF-8 bytes, not characters", async () => {
    const store = new Map<string, unknown>();
    installWorkbookSettings(store);
    // 700,000 three-byte characters: 2,100,000 bytes plus the rest of the agent, 2051.1 KB, rounded up.
    await expect(saveAgentDocument({ ...agent, description: "€".repeat(700_000) })).rejects.toThrow(
      "The agent is 2052 KB"
    );
    // As many one-byte characters fit.
    await saveAgentDocument({ ...agent, description: "e".repeat(700_000) });
    expect(String(store.get(AGENT_DOCUMENT_KEY)).length).toBeGreaterThan(700_000);
  });

  test("clearing removes both keys", async () => {
    const store = new Map<string, unknown>([
      [AGENT_DOCUMENT_KEY, "{}"],
      [STORAGE_VERSION_KEY, 1],
      ["Other.Key", 5],
    ]);
    installWorkbookSettings(store);
    await clearAgentDocument();
    expect([...store.keys()]).toEqual(["Other.Key"]);
  });
});
