/**
 * The pane with the workbook's agents: the open agent's steps (App), started afresh whenever
 * another agent is opened (switched, added, renamed or deleted), so nothing of one agent's
 * session (its sheet, preview, runs, lifecycle, schedule) carries over to another. Above it,
 * the workbook's due scheduled runs, every agent's (DueAgentsNotice).
 */
import type { AgentShelf } from "../../core/model/agent-shelf";
import type { AgentDocument } from "../../core/model/document";
import type { TaskPaneHost } from "../host/host";
import { useAgents } from "../session/use-agents";
import { useDueAgents } from "../session/use-due-agents";
import { AgentSwitcher } from "./AgentSwitcher";
import { App } from "./App";
import { DueAgentsNotice } from "./DueAgentsNotice";

export interface AgentsPaneProps {
  readonly host: TaskPaneHost;
  readonly start: {
    readonly shelf: AgentShelf;
    readonly doc: AgentDocument;
    readonly notice: string | null;
  };
}

export function AgentsPane({ host, start }: AgentsPaneProps) {
  const agents = useAgents(host, start);
  // Kept here, above the open agent's App, so opening a due agent does not lose the list.
  const due = useDueAgents(host, agents);
  const { open } = agents;
  return (
    <App
      key={`${open.id}:${open.generation}`}
      host={host}
      initialDocument={open.doc}
      startupNotice={open.notice}
      save={agents.save}
      agentSwitcher={
        <>
          <AgentSwitcher agents={agents} />
          <DueAgentsNotice state={due} openId={open.id} busy={agents.busy} />
        </>
      }
    />
  );
}
