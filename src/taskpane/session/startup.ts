/**
 * The agent the pane opens with: the one stored with the host if it is still valid, else the
 * built-in Unprofitable Account Agent, with a notice saying why the stored one was not used. In
 * Excel, first what this Excel can do of the add-in (excel/host-capabilities.ts): one that cannot
 * run the agent gets only that said; one without the worksheet functions gets it as a notice.
 */
import type { AgentDocument } from "../../core/model/document";
import { hostCapabilities, type HostCapabilities } from "../../excel/host-capabilities";
import { unprofitableAccountAgent } from "../../core/model/preset";
import { AgentDocumentError, parseAgentDocument } from "../../core/agent/check";
import type { TaskPaneHost } from "../host/host";
import { errorText } from "./error-text";

export interface StartingDocument {
  readonly doc: AgentDocument;
  readonly notice: string | null;
}

export async function startingDocument(
  host: Pick<TaskPaneHost, "loadDocument" | "documentStore">
): Promise<StartingDocument> {
  let stored: unknown;
  try {
    stored = await host.loadDocument();
  } catch (e) {
    return {
      doc: unprofitableAccountAgent(),
      notice: `${errorText(e)} The built-in agent is shown instead.`,
    };
  }
  if (stored === null || stored === undefined)
    return { doc: unprofitableAccountAgent(), notice: null };
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
      notice: `The agent kept in ${host.documentStore} could not be used (${detail}); the built-in agent is shown instead.`,
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
  const { doc, notice } = await startingDocument(host);
  const notices = [limits?.message, notice].filter((text): text is string => Boolean(text));
  return { kind: "pane", doc, notice: notices.length > 0 ? notices.join(" ") : null };
}
