/// <reference types="office-js" />
/* global Excel, TextEncoder */
/**
 * The agent document lives in the workbook's settings (`context.workbook.settings`, ExcelApi
 * 1.4): it travels inside the file, so whoever opens the workbook with the add-in gets the same
 * agent. Stored as JSON text under one key, with a storage-format version beside it so a later
 * add-in can tell how to read it. Office keeps at most 2 MB of settings per add-in.
 *
 * Several agents in one workbook are kept together under `UAA.Agents` (core/model/agent-shelf.ts);
 * the first agent's document stays under `UAA.AgentDocument` too, where a workbook from before
 * several agents kept its one agent, so AGENTRESULT and an older add-in still read it.
 */
import type { AgentShelf } from "../core/model/agent-shelf";

export const AGENT_DOCUMENT_KEY = "UAA.AgentDocument";
export const STORAGE_VERSION_KEY = "UAA.StorageVersion";
export const AGENT_SHELF_KEY = "UAA.Agents";
/** Version of how the document is stored here (not the document's own `version`). */
export const STORAGE_VERSION = 1;
/** Office's limit for all of an add-in's settings together; leave room for the version key. */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;
const HEADROOM_BYTES = 4 * 1024;

export async function saveAgentDocument(doc: unknown): Promise<void> {
  const json = jsonWithin([doc]);
  await Excel.run(async (context) => {
    const settings = context.workbook.settings;
    settings.add(AGENT_DOCUMENT_KEY, json);
    settings.add(STORAGE_VERSION_KEY, STORAGE_VERSION);
    await context.sync();
  });
}

/**
 * The workbook's agents, in one sync. The first agent's document is written beside them under the
 * single-agent key (see above).
 */
export async function saveAgentShelf(shelf: AgentShelf): Promise<void> {
  const first = shelf.agents[0]?.document ?? null;
  const json = jsonWithin([shelf, first]);
  await Excel.run(async (context) => {
    const settings = context.workbook.settings;
    settings.add(AGENT_SHELF_KEY, json);
    settings.add(AGENT_DOCUMENT_KEY, JSON.stringify(first));
    settings.add(STORAGE_VERSION_KEY, STORAGE_VERSION);
    await context.sync();
  });
}

/**
 * What the workbook keeps of its agents, as parsed JSON (core readAgentShelf reads either form):
 * the agents when several were saved, else the one document of a workbook from before; null when
 * there is neither.
 */
export async function loadAgentShelf(): Promise<unknown | null> {
  const shelf = await loadSetting(AGENT_SHELF_KEY);
  return shelf ?? loadAgentDocument();
}

/** The JSON of the first value, when all of them fit in the settings together. */
function jsonWithin(values: readonly unknown[]): string {
  const texts = values.map((value) => JSON.stringify(value));
  if (texts[0] === undefined)
    throw new Error("The agent could not be saved: it is not a JSON value.");
  const bytes = texts.reduce((sum, text) => sum + new TextEncoder().encode(text ?? "").length, 0);
  if (bytes > SETTINGS_LIMIT_BYTES - HEADROOM_BYTES) {
    throw new Error(
      `The ${values.length > 1 ? "agents are" : "agent is"} ${Math.ceil(bytes / 1024)} KB; the workbook can store at most ${SETTINGS_LIMIT_BYTES / 1024 - HEADROOM_BYTES / 1024} KB of add-in settings. Remove long descriptions, unused series or agents and save again.`
    );
  }
  return texts[0];
}

/** The stored document as parsed JSON (migrating it is the caller's business), or null when none is stored. */
export async function loadAgentDocument(): Promise<unknown | null> {
  return loadSetting(AGENT_DOCUMENT_KEY);
}

async function loadSetting(key: string): Promise<unknown | null> {
  return Excel.run(async (context) => {
    const settings = context.workbook.settings;
    const document = settings.getItemOrNullObject(key);
    document.load("value");
    const version = settings.getItemOrNullObject(STORAGE_VERSION_KEY);
    version.load("value");
    await context.sync();
    if (document.isNullObject) return null;
    const storedVersion = version.isNullObject ? STORAGE_VERSION : Number(version.value);
    if (storedVersion > STORAGE_VERSION) {
      throw new Error(
        "This workbook's agent was saved by a newer version of the add-in; update the add-in to open it."
      );
    }
    const value: unknown = document.value;
    if (typeof value !== "string") return value ?? null;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      throw new Error(
        "The agent stored in this workbook is damaged (its settings are not valid JSON); build the agent again and save it."
      );
    }
  });
}

/** Removes the stored agent from the workbook. */
export async function clearAgentDocument(): Promise<void> {
  await Excel.run(async (context) => {
    const settings = context.workbook.settings;
    const items = [
      settings.getItemOrNullObject(AGENT_DOCUMENT_KEY),
      settings.getItemOrNullObject(AGENT_SHELF_KEY),
      settings.getItemOrNullObject(STORAGE_VERSION_KEY),
    ];
    await context.sync();
    for (const item of items) if (!item.isNullObject) item.delete();
    await context.sync();
  });
}
