/**
 * Several agents in one workbook: reading what a host stored (a shelf of agents, or the single
 * agent document every workbook held before, read as a shelf of one with nothing lost), and the
 * pane's and the command line's operations on it: add, copy, rename, delete, select, pick by name.
 * Every decision here, so the Excel, browser and command-line hosts agree.
 */
import {
  AGENT_SHELF_VERSION,
  FIRST_AGENT_ID,
  selectedAgent,
  shelvedName,
  type AgentShelf,
  type ShelvedAgent,
} from "../model/agent-shelf";
import type { AgentDocument } from "../model/document";
import { AgentInputError } from "../model/errors";
import { newSheetPrefix, sheetPrefixOf } from "../report/agent-sheet-names";

/** What a host stored, as a shelf; null when nothing is stored. */
export function readAgentShelf(stored: unknown): AgentShelf | null {
  if (stored === null || stored === undefined) return null;
  if (!isShelf(stored)) {
    // A workbook from before several agents: its one document is the first agent, unchanged
    // (no sheet prefix, so its sheets keep their names).
    return shelfOf([{ id: FIRST_AGENT_ID, document: stored }], FIRST_AGENT_ID);
  }
  if (stored.agentShelf > AGENT_SHELF_VERSION)
    throw new AgentInputError(
      "This workbook's agents were saved by a newer version of the add-in; update the add-in to open them."
    );
  const agents = stored.agents.filter(
    (agent): agent is ShelvedAgent =>
      typeof agent === "object" && agent !== null && typeof agent.id === "string"
  );
  if (agents.length === 0) return null;
  return shelfOf(agents, typeof stored.selected === "string" ? stored.selected : agents[0].id);
}

function isShelf(value: unknown): value is {
  agentShelf: number;
  agents: readonly { id?: unknown; document?: unknown }[];
  selected?: unknown;
} {
  const shelf = value as { agentShelf?: unknown; agents?: unknown } | null;
  return typeof shelf?.agentShelf === "number" && Array.isArray(shelf.agents);
}

function shelfOf(agents: readonly ShelvedAgent[], selected: string): AgentShelf {
  const known = agents.some((agent) => agent.id === selected);
  return {
    agentShelf: AGENT_SHELF_VERSION,
    agents,
    selected: known ? selected : agents[0].id,
  };
}

/** A shelf holding just this agent (a workbook's first agent: no sheet prefix). */
export function shelfWith(doc: AgentDocument): AgentShelf {
  const { sheetPrefix: _ignored, ...first } = doc;
  return shelfOf([{ id: FIRST_AGENT_ID, document: first }], FIRST_AGENT_ID);
}

/** The shelf with the agent's document replaced (the pane's saves). */
export function withDocument(shelf: AgentShelf, id: string, doc: AgentDocument): AgentShelf {
  return {
    ...shelf,
    agents: shelf.agents.map((agent) => (agent.id === id ? { id, document: doc } : agent)),
  };
}

export function selectAgent(shelf: AgentShelf, id: string): AgentShelf {
  agentWithId(shelf, id);
  return { ...shelf, selected: id };
}

/**
 * The shelf with `doc` added and selected, under a name no other agent has (ignoring case:
 * "Trend", "Trend 2", ...) and its own sheet prefix, unlike every other agent's.
 */
export function addAgent(
  shelf: AgentShelf,
  doc: AgentDocument,
  name: string = doc.name
): { shelf: AgentShelf; id: string } {
  const id = nextId(shelf);
  const unique = uniqueName(name.trim() || "Agent", shelf.agents.map(shelvedName));
  const prefixes = shelf.agents.map((agent) => sheetPrefixOf(documentOf(agent)));
  const added: AgentDocument = {
    ...doc,
    name: unique,
    sheetPrefix: newSheetPrefix(unique, prefixes),
  };
  return {
    shelf: { ...shelf, agents: [...shelf.agents, { id, document: added }], selected: id },
    id,
  };
}

/** A copy of the agent, named "<name> (copy)", with sheets of its own. */
export function copyAgent(shelf: AgentShelf, id: string): { shelf: AgentShelf; id: string } {
  const original = agentWithId(shelf, id);
  const doc = documentOf(original) as AgentDocument;
  return addAgent(shelf, doc, `${shelvedName(original)} (copy)`);
}

/**
 * The agent renamed. Its sheet prefix stays, so the sheets it wrote stay its own; its name is
 * part of its definition (an approved agent goes back to Draft) and of its action rows' Agent
 * column (docs/decisions.md).
 */
export function renameAgent(shelf: AgentShelf, id: string, name: string): AgentShelf {
  const agent = agentWithId(shelf, id);
  const wanted = name.trim();
  if (wanted === "") throw new AgentInputError("An agent's name cannot be blank.");
  const clash = shelf.agents.find(
    (other) => other.id !== id && shelvedName(other).toLowerCase() === wanted.toLowerCase()
  );
  if (clash) throw new AgentInputError(`Another agent of this workbook is named '${wanted}'.`);
  const doc = { ...(documentOf(agent) as object), name: wanted } as AgentDocument;
  return withDocument(shelf, id, doc);
}

/**
 * The shelf without the agent, and the prefix of the sheets that were its own (the host deletes
 * those, and no others). The last agent cannot be deleted: the pane always shows one.
 */
export function deleteAgent(
  shelf: AgentShelf,
  id: string
): { shelf: AgentShelf; sheetPrefix: string } {
  const agent = agentWithId(shelf, id);
  if (shelf.agents.length === 1)
    throw new AgentInputError(
      `'${shelvedName(agent)}' is this workbook's only agent; add another before deleting it.`
    );
  const agents = shelf.agents.filter((other) => other.id !== id);
  const selected = shelf.selected === id ? agents[0].id : shelf.selected;
  return {
    shelf: { ...shelf, agents, selected },
    sheetPrefix: sheetPrefixOf(documentOf(agent)),
  };
}

/**
 * The agent the command line runs: the one named `name` (ignoring case; or its id), the only one
 * when there is one, else an error listing them so the user can pick with --agent.
 */
export function pickAgent(shelf: AgentShelf, name: string | undefined, where: string): unknown {
  const names = shelf.agents.map(shelvedName);
  const listed = names.map((n) => `'${n}'`).join(", ");
  if (name === undefined) {
    if (shelf.agents.length === 1) return shelf.agents[0].document;
    throw new AgentInputError(
      `${where} holds ${shelf.agents.length} agents (${listed}); pick one with --agent NAME.`
    );
  }
  const wanted = name.trim().toLowerCase();
  const found = shelf.agents.find(
    (agent) => shelvedName(agent).toLowerCase() === wanted || agent.id.toLowerCase() === wanted
  );
  if (!found) throw new AgentInputError(`${where} has no agent named '${name}'; it has ${listed}.`);
  return found.document;
}

export { selectedAgent, shelvedName };

function agentWithId(shelf: AgentShelf, id: string): ShelvedAgent {
  const agent = shelf.agents.find((candidate) => candidate.id === id);
  if (!agent) throw new AgentInputError(`This workbook has no agent with id '${id}'.`);
  return agent;
}

function documentOf(agent: ShelvedAgent): Partial<AgentDocument> {
  return typeof agent.document === "object" && agent.document !== null
    ? (agent.document as Partial<AgentDocument>)
    : {};
}

function nextId(shelf: AgentShelf): string {
  const numbers = shelf.agents.map((agent) => Number(/^agent-(\d+)$/.exec(agent.id)?.[1] ?? 0));
  return `agent-${Math.max(0, ...numbers) + 1}`;
}

function uniqueName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name} ${n}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
