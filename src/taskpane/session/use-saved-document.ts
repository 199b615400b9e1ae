/**
 * Keeps the agent where the host stores it (the workbook's settings, or this browser), shortly
 * after each edit that leaves it valid: an invalid document is never saved over a good one.
 */
import { useEffect, useState } from "react";
import type { TaskPaneHost } from "../host/host";
import type { AgentState } from "../state/agent-reducer";
import { errorText } from "./error-text";
import { useDebounced } from "./use-debounced";

export const SAVE_DELAY_MS = 1_000;

export type SaveStatus =
  | { readonly status: "unchanged" }
  | { readonly status: "saved"; readonly at: Date }
  | { readonly status: "notSaved"; readonly reason: string };

export function useSavedDocument(host: TaskPaneHost, state: AgentState): SaveStatus {
  const [status, setStatus] = useState<SaveStatus>({ status: "unchanged" });
  const settled = useDebounced(state, SAVE_DELAY_MS);
  useEffect(() => {
    if (settled.revision === 0) return;
    if (settled.issues.length > 0) {
      setStatus({ status: "notSaved", reason: "Fix the problems shown first; the last valid agent is kept." });
      return;
    }
    let current = true;
    host.saveDocument(settled.doc).then(
      () => current && setStatus({ status: "saved", at: new Date() }),
      (e: unknown) => current && setStatus({ status: "notSaved", reason: errorText(e) }),
    );
    return () => {
      current = false;
    };
  }, [host, settled]);
  return status;
}
