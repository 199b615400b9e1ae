/**
 * The agent the pane opens with: the one stored with the host if it is still valid, else the
 * built-in Unprofitable Account Agent, with a notice saying why the stored one was not used. In
 * Excel, first what this Excel can do of the add-in (excel/host-capabilities.ts): one that cannot
 * run the agent gets only that said; one without the worksheet functions gets it as a notice.
 */
import type { AgentDocument } from "../../core/model/document";
import { hostCapabilities, type HostCapabilities } from "../../excel/host-capabilities";
import { unprofitableAccountAgent } from "../../core/model/preset";
import {
  AgentDocumentError,
  parseAgentDocument,
  readAgentShelf,
  selectedAgent,
  shelfWith,
} from "../../core/agent/check";
import type { AgentShelf } from "../../core/model/agent-shelf";
import type { TaskPaneHost } from "../host/host";
import { errorText } from "./error-text";

export interface StartingDocument {
  readonly doc: AgentDocument;
  readonly notice: string | null;
  /** The workbook's agents (one, for a workbook from before several agents; or the built-in). */
  readonly shelf: AgentShelf;
}

export async function startingDocument(
  host: Pick<TaskPaneHost, "loadDocument" | "documentStore">
): Promise<StartingDocument> {
  let shelf: AgentShelf | null;
  try {
    shelf = readAgentShelf(await host.loadDocument());
  } catch (e) {
    const doc = unprofitableAccountAgent();
    return {
      doc,
      shelf: shelfWith(doc),
      notice: `${errorText(e)} The built-in agent is shown instead.`,
    };
  }
  if (shelf === null) {
    const doc = unprofitableAccountAgent();
    return { doc, shelf: shelfWith(doc), notice: null };
  }
  return { ...openedDocument(selectedAgent(shelf).document, host.documentStore), shelf };
}

/**
 * A stored agent document as the pane opens it: checked, else the built-in agent with a notice
 * saying why the stored one was not used.
 */
export function openedDocument(
  stored: unknown,
  documentStore: string
): { doc: AgentDocument; notice: string | null } {
  try {
    return { doc: parseAgentDocument(stored), notice: null };
  } catch (e) {
    const detail =
      e instanceof AgentDocumentError
        ? e.issues
            .slice(0, 3)
            .map((i) => `${i.path} ${i.message}`)
            .join("; ")
        : errorText(e);
    return {
      doc: unprofitableAccountAgent(),
      notice: `The agent kept in ${documentStore} could not be used (${detail}); the built-in agent is shown instead.`,
    };
  }
}

export type PaneStart =
  | { readonly kind: "unsupported"; readonly message: string }
  | ({ readonly kind: "pane" } & StartingDocument);

export async function paneStart(
  host: Pick<TaskPaneHost, "kind" | "loadDocument" | "documentStore">,
  capabilities: () => HostCapabilities = hostCapabilities
): Promise<PaneStart> {
  const limits = host.kind === "excel" ? capabilities() : null;
  if (limits && !limits.runsAgent) return { kind: "unsupported", message: limits.message ?? "" };
  const { doc, notice, shelf } = await startingDocument(host);
  const notices = [limits?.message, notice].filter((text): text is string => Boolean(text));
  return { kind: "pane", doc, shelf, notice: notices.length > 0 ? notices.join(" ") : null };
}
