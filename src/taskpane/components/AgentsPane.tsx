/**
 * The pane with the workbook's agents: the open agent's steps (App), started afresh whenever
 * another agent is opened (switched, added, renamed or deleted), so nothing of one agent's
 * session (its sheet, preview, runs, lifecycle, schedule) carries over to another.
 */
import type { AgentShelf } from "../../core/model/agent-shelf";
import type { AgentDocument } from "../../core/model/document";
import type { TaskPaneHost } from "../host/host";
import { useAgents } from "../session/use-agents";
import { AgentSwitcher } from "./AgentSwitcher";
import { App } from "./App";

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
  const { open } = agents;
  return (
    <App
      key={`${open.id}:${open.generation}`}
      host={host}
      initialDocument={open.doc}
      startupNotice={open.notice}
      save={agents.save}
      agentSwitcher={<AgentSwitcher agents={agents} />}
    />
  );
}
