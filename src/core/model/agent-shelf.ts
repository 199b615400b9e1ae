/**
 * Several agents kept in one workbook (or one file, or one browser): each with an id that never
 * changes, and its agent document (whose `name` is the agent's name and whose `sheetPrefix` names
 * its sheets). Documents are kept as stored, unchecked, so one that this add-in cannot read is
 * still kept (and saved back) whole; the pane checks the one it opens.
 */

export const AGENT_SHELF_VERSION = 1;

export interface ShelvedAgent {
  /** "agent-1", "agent-2", ...: kept across renames; never reused in the shelf. */
  readonly id: string;
  /** The agent document as stored (an AgentDocument when valid). */
  readonly document: unknown;
}

export interface AgentShelf {
  readonly agentShelf: typeof AGENT_SHELF_VERSION;
  readonly agents: readonly ShelvedAgent[];
  /** The agent the pane shows (and the schedule of the pane runs). */
  readonly selected: string;
}

/** The id the single agent of a workbook saved before several agents existed is given. */
export const FIRST_AGENT_ID = "agent-1";

/** The agent's name as stored, for lists; a document without one is still listed. */
export function shelvedName(agent: ShelvedAgent): string {
  const name = (agent.document as { name?: unknown } | null)?.name;
  return typeof name === "string" && name.trim() !== "" ? name : `Unnamed agent (${agent.id})`;
}

export function selectedAgent(shelf: AgentShelf): ShelvedAgent {
  return shelf.agents.find((agent) => agent.id === shelf.selected) ?? shelf.agents[0];
}
