import { createContext, useContext, type Dispatch } from "react";
import type { AgentAction, AgentState } from "./agent-reducer";

export interface AgentContextValue {
  readonly state: AgentState;
  readonly dispatch: Dispatch<AgentAction>;
}

export const AgentContext = createContext<AgentContextValue | null>(null);

/** The agent document, its problems and the way to change it. */
export function useAgent(): AgentContextValue {
  const value = useContext(AgentContext);
  if (!value) throw new Error("useAgent must be used inside <AgentContext.Provider>.");
  return value;
}
