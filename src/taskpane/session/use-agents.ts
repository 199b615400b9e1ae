/**
 * The workbook's agents in the pane: which one is open, and switching, adding (a bundled sample,
 * a copy, or the built-in defaults), renaming and deleting, each saved at once. The shelf's rules
 * are the core's (core/agent/agent-shelf.ts); this hook only sequences them with the host.
 *
 * The open agent's edits reach the shelf through `save` (use-saved-document.ts, valid documents
 * only); switching first keeps the open agent's last valid document, so nothing typed is lost.
 */
import { useCallback, useRef, useState } from "react";
import {
  addAgent,
  copyAgent,
  deleteAgent,
  parseAgentDocument,
  renameAgent,
  selectAgent,
  selectedAgent,
  shelvedName,
  withDocument,
} from "../../core/agent/check";
import type { AgentShelf } from "../../core/model/agent-shelf";
import type { AgentDocument } from "../../core/model/document";
import { unprofitableAccountAgent } from "../../core/model/preset";
import type { TaskPaneHost } from "../host/host";
import { errorText } from "./error-text";
import { openedDocument } from "./startup";

/** Where a new agent comes from. */
export type NewAgentSource = "sample" | "trend" | "copy" | "blank";

/** The bundled example agents (assets/, served beside the pane). */
const BUNDLED: Record<"sample" | "trend", string> = {
  sample: "assets/sample-agent.json",
  trend: "assets/trend-agent.json",
};

export interface OpenAgent {
  readonly id: string;
  readonly doc: AgentDocument;
  readonly notice: string | null;
  /** Changes whenever another document is opened, so the pane starts afresh with it. */
  readonly generation: number;
}

export interface AgentsState {
  readonly list: readonly { readonly id: string; readonly name: string }[];
  readonly open: OpenAgent;
  /** What the last operation could not do, or what it did that the user should know. */
  readonly message: { readonly tone: "error" | "info"; readonly text: string } | null;
  readonly busy: boolean;
  /** The agents as saved last. */
  shelf(): AgentShelf;
  save(doc: AgentDocument): Promise<void>;
  /** These resolve to whether the change was made: a refused one (its message says why) leaves the form open. */
  switchTo(id: string): Promise<boolean>;
  add(from: NewAgentSource): Promise<boolean>;
  rename(name: string): Promise<boolean>;
  remove(): Promise<boolean>;
}

export function useAgents(
  host: Pick<TaskPaneHost, "saveAgents" | "deleteAgentSheets" | "documentStore" | "lifecycle">,
  start: { readonly shelf: AgentShelf; readonly doc: AgentDocument; readonly notice: string | null }
): AgentsState {
  const shelf = useRef(start.shelf);
  const lastValid = useRef<AgentDocument>(start.doc);
  const [list, setList] = useState(() => listOf(start.shelf));
  const [open, setOpen] = useState<OpenAgent>({
    id: start.shelf.selected,
    doc: start.doc,
    notice: start.notice,
    generation: 0,
  });
  const [message, setMessage] = useState<AgentsState["message"]>(null);
  const [busy, setBusy] = useState(false);

  // The shelf changes once the host has saved it: a refused switch or deletion leaves it (and
  // its selected agent) as the form still shows it, so the next edit is kept as the open agent's.
  const store = useCallback(
    async (next: AgentShelf) => {
      await host.saveAgents(next);
      shelf.current = next;
      setList(listOf(next));
    },
    [host]
  );

  const save = useCallback(
    (doc: AgentDocument) => {
      lastValid.current = doc;
      return store(withDocument(shelf.current, shelf.current.selected, doc));
    },
    [store]
  );

  /** The open agent kept as last edited, then `change` applied, saved and the selected agent opened. */
  const apply = useCallback(
    async (
      change: (kept: AgentShelf) => Promise<AgentShelf> | AgentShelf,
      info?: string
    ): Promise<boolean> => {
      setBusy(true);
      setMessage(null);
      try {
        const kept = withDocument(shelf.current, shelf.current.selected, lastValid.current);
        const next = await change(kept);
        await store(next);
        const opened = openedDocument(selectedAgent(next).document, host.documentStore);
        lastValid.current = opened.doc;
        setOpen((previous) => ({
          id: next.selected,
          doc: opened.doc,
          notice: opened.notice,
          generation: previous.generation + 1,
        }));
        if (info) setMessage({ tone: "info", text: info });
        return true;
      } catch (e) {
        setMessage({ tone: "error", text: errorText(e) });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [host.documentStore, store]
  );

  const switchTo = useCallback((id: string) => apply((kept) => selectAgent(kept, id)), [apply]);

  const add = useCallback(
    (from: NewAgentSource) =>
      apply(async (kept) => {
        if (from === "copy") return copyAgent(kept, kept.selected).shelf;
        const doc = from === "blank" ? blankAgent() : await bundledAgent(BUNDLED[from]);
        return addAgent(kept, doc).shelf;
      }),
    [apply]
  );

  const rename = useCallback(
    (name: string) => apply((kept) => renameAgent(kept, kept.selected, name)),
    [apply]
  );

  const remove = useCallback(async () => {
    let deleted: string[] = [];
    let name: string | null = null;
    const done = await apply(async (kept) => {
      const { shelf: next, sheetPrefix } = deleteAgent(kept, kept.selected);
      deleted = (await host.deleteAgentSheets?.(sheetPrefix)) ?? [];
      name = shelvedName(selectedAgent(kept));
      return next;
    });
    // Only a deletion that was saved says so; a failed one keeps apply's message of what went wrong.
    if (done && name !== null) {
      const said =
        deleted.length > 0
          ? `'${name}' was deleted with its ${deleted.length} sheets (${deleted.join(", ")}).`
          : `'${name}' was deleted.`;
      setMessage({
        tone: "info",
        text: `${said}${await startupAfterDeletion(host, shelf.current)}`,
      });
    }
    return done;
  }, [apply, host]);

  const current = useCallback(() => shelf.current, []);
  return { list, open, message, busy, shelf: current, save, switchTo, add, rename, remove };
}

/**
 * Whether the workbook opens the add-in follows the agents left (Excel): the deleted agent's
 * schedule no longer keeps it on. What went wrong is said after the deletion, which stands.
 */
async function startupAfterDeletion(
  host: Pick<TaskPaneHost, "lifecycle">,
  shelf: AgentShelf
): Promise<string> {
  try {
    const notice = await (await host.lifecycle()).shelfChanged?.(shelf);
    return notice ? ` ${notice}` : "";
  } catch (e) {
    return ` Whether the workbook opens the add-in was not updated: ${errorText(e)}`;
  }
}

function listOf(shelf: AgentShelf): { id: string; name: string }[] {
  return shelf.agents.map((agent) => ({ id: agent.id, name: shelvedName(agent) }));
}

/** A new agent with the built-in agent's settings: a series, join and rule are needed to run at all. */
function blankAgent(): AgentDocument {
  return { ...unprofitableAccountAgent(), name: "New agent" };
}

async function bundledAgent(url: string): Promise<AgentDocument> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(
      `The example agent could not be loaded (${response.status} ${response.statusText}); add a copy or the built-in defaults instead.`
    );
  return parseAgentDocument(await response.json());
}
