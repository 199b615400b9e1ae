/**
 * Every agent of the workbook with its lifecycle, each read from its own sheets (named with its
 * sheet prefix), for the decisions the core makes across the shelf: which agents are due on open
 * and whether the workbook opens the add-in (core/lifecycle/shelf-schedule.ts). An agent whose
 * stored document this add-in cannot read is left out: its schedule cannot run here either.
 */
import { parseAgentDocument, readAgentShelf } from "../core/agent/check";
import type { ShelfAgentLifecycle, WorkbookLifecycle } from "../core/agent/lifecycle";
import type { AgentShelf } from "../core/model/agent-shelf";
import type { AgentDocument } from "../core/model/document";
import { sheetPrefixOf } from "../core/report/agent-sheet-names";
import { readLifecycleFromWorkbook } from "./lifecycle-read";
import { loadAgentShelf } from "./settings";

/** The id given to `current` when the stored shelf does not hold it (a workbook without one). */
export const UNSHELVED_AGENT = "current";

/**
 * `shelf`: the agents as the pane holds them, else read from the workbook's settings.
 * `current`: the definition just recorded, in place of its stored one (the same sheet prefix),
 * as it may not be saved yet.
 */
export async function readShelfLifecycles(
  options: {
    readonly shelf?: AgentShelf | null;
    readonly current?: AgentDocument;
    /** `current`'s lifecycle as just recorded (not read again), when known. */
    readonly currentLifecycle?: {
      readonly lifecycle: WorkbookLifecycle;
      readonly timeZone: string;
    };
    readonly fallbackTimeZone?: string;
  } = {}
): Promise<ShelfAgentLifecycle[]> {
  const shelf = options.shelf !== undefined ? options.shelf : await storedShelf();
  const agents: { id: string; doc: AgentDocument }[] = [];
  for (const agent of shelf?.agents ?? []) {
    try {
      agents.push({ id: agent.id, doc: parseAgentDocument(agent.document) });
    } catch {
      // Not readable by this add-in: not run by its schedule either.
    }
  }
  const current = options.current;
  if (current) {
    const index = agents.findIndex((a) => sheetPrefixOf(a.doc) === sheetPrefixOf(current));
    if (index >= 0) agents[index] = { id: agents[index].id, doc: current };
    else agents.push({ id: UNSHELVED_AGENT, doc: current });
  }
  const read: ShelfAgentLifecycle[] = [];
  for (const agent of agents) {
    if (agent.doc === current && options.currentLifecycle) {
      read.push({ ...agent, ...options.currentLifecycle });
      continue;
    }
    const found = await readLifecycleFromWorkbook(options.fallbackTimeZone, agent.doc);
    read.push({ ...agent, lifecycle: found.lifecycle, timeZone: found.timeZone });
  }
  return read;
}

/** The shelf in the settings; a damaged one counts as none (the pane says so when it opens). */
async function storedShelf(): Promise<AgentShelf | null> {
  try {
    return readAgentShelf(await loadAgentShelf());
  } catch {
    return null;
  }
}
