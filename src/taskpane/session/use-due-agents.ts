/**
 * The scheduled runs due in the workbook when the pane opens (Excel), every agent's, not only the
 * open one's: the host reads each agent's own lifecycle sheets and the core decides which are due
 * and in what order (core/lifecycle/shelf-schedule.ts). The open agent's run starts by itself
 * (use-schedule.ts); another due agent runs once opened, as the schedule runs the open agent, so
 * its run writes its own sheets and is recorded in its own Run Log.
 */
import { useCallback, useEffect, useState } from "react";
import type { DueAgent } from "../../core/agent/lifecycle";
import type { TaskPaneHost } from "../host/host";
import type { AgentsState } from "./use-agents";
import { errorText } from "./error-text";

export interface DueAgentsState {
  /** As found when the pane opened; empty when none was due (or outside Excel). */
  readonly due: readonly DueAgent[];
  /** Agents opened from the notice in this session (their run has started in the pane). */
  readonly opened: ReadonlySet<string>;
  /** Why the agents' schedules could not be read, if they could not. */
  readonly problem: string | null;
  open(id: string): Promise<void>;
  dismiss(): void;
}

export function useDueAgents(
  host: Pick<TaskPaneHost, "kind" | "lifecycle">,
  agents: Pick<AgentsState, "shelf" | "switchTo">
): DueAgentsState {
  const [due, setDue] = useState<readonly DueAgent[]>([]);
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  // Once, when the pane opens: the workbook was just opened, or the pane was.
  const { shelf, switchTo } = agents;
  useEffect(() => {
    if (host.kind !== "excel") return;
    let current = true;
    void (async () => {
      try {
        const found = (await (await host.lifecycle()).dueAgents?.(shelf())) ?? [];
        if (current) setDue(found);
      } catch (e) {
        if (current) setProblem(`The other agents' schedules could not be read: ${errorText(e)}`);
      }
    })();
    return () => {
      current = false;
    };
  }, [host, shelf]);

  const open = useCallback(
    async (id: string) => {
      if (await switchTo(id)) setOpened((ids) => new Set([...ids, id]));
    },
    [switchTo]
  );
  const dismiss = useCallback(() => {
    setDue([]);
    setProblem(null);
  }, []);
  return { due, opened, problem, open, dismiss };
}
