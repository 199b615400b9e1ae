/**
 * Keeps the agent where the host stores it (the workbook's settings, or this browser), shortly
 * after each edit that leaves it valid: an invalid document is never saved over a good one.
 */
import { useEffect, useState } from "react";
import type { AgentState } from "../state/agent-reducer";
import { errorText } from "./error-text";
import { useDebounced } from "./use-debounced";

export const SAVE_DELAY_MS = 1_000;

export type SaveStatus =
  | { readonly status: "unchanged" }
  | { readonly status: "saved"; readonly at: Date }
  | { readonly status: "notSaved"; readonly reason: string };

/**
 * `save`: keeps the agent among the workbook's agents (use-agents.ts). `onSaved`: after each save
 * (the lifecycle sends a submitted or approved agent back to Draft when its definition changed).
 */
export function useSavedDocument(
  save: (doc: AgentState["doc"]) => Promise<void>,
  state: AgentState,
  onSaved?: (doc: AgentState["doc"]) => void
): SaveStatus {
  const [status, setStatus] = useState<SaveStatus>({ status: "unchanged" });
  const settled = useDebounced(state, SAVE_DELAY_MS);
  useEffect(() => {
    if (settled.revision === 0) return;
    if (settled.issues.length > 0) {
      setStatus({
        status: "notSaved",
        reason: "Fix the problems shown first; the last valid agent is kept.",
      });
      return;
    }
    let current = true;
    save(settled.doc).then(
      () => {
        if (!current) return;
        setStatus({ status: "saved", at: new Date() });
        onSaved?.(settled.doc);
      },
      (e: unknown) => current && setStatus({ status: "notSaved", reason: errorText(e) })
    );
    return () => {
      current = false;
    };
    // Not onSaved: a save is for a settled edit, not for a new callback.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [save, settled]);
  return status;
}
