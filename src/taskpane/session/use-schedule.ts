/**
 * Inside Excel, the agent's schedule is checked when the pane opens and every few minutes while
 * it is open (src/excel/lifecycle-scheduler.ts): an approved agent runs when a run is due, as the
 * saved definition says, and what it did shows in the pane like a run of the user's.
 */
import { useEffect, useRef } from "react";
import type { AgentDocument } from "../../core/model/document";
import { parseAgentDocument, readAgentShelf, selectedAgent } from "../../core/agent/check";
import type { TaskPaneHost } from "../host/host";
import type { LifecycleSession } from "./use-lifecycle";
import type { AgentRun } from "./use-run";

export function useSchedule(host: TaskPaneHost, lifecycle: LifecycleSession, run: AgentRun): void {
  // The scheduler starts once; it reaches the latest callbacks through these.
  const latest = useRef({ lifecycle, run });
  latest.current = { lifecycle, run };
  const loaded = lifecycle.host;

  useEffect(() => {
    if (host.kind !== "excel" || !loaded?.startSchedule) return;
    const schedule = loaded.startSchedule({
      getDocument: async (): Promise<AgentDocument | null> => {
        try {
          return scheduledDocument(await host.loadDocument());
        } catch {
          // A stored agent that is not valid is not run; the pane says why at start.
          return null;
        }
      },
      run: (doc) => latest.current.run.runScheduled(doc),
      onEvent: (event) => {
        latest.current.lifecycle.addEvent(event);
        if (event.record) latest.current.run.attachRecord(event.record);
      },
      onStatus: (text) => latest.current.lifecycle.setScheduleStatus(text),
    });
    return () => schedule.stop();
  }, [host, loaded]);
}

/**
 * The agent the pane's schedule runs: the open one of the workbook's agents as stored (the host
 * stores them together, core/model/agent-shelf.ts), checked; null when none is stored. Switching
 * to another agent selects it, so its due run is the next check's.
 */
export function scheduledDocument(stored: unknown): AgentDocument | null {
  const shelf = readAgentShelf(stored);
  return shelf === null ? null : parseAgentDocument(selectedAgent(shelf).document);
}
