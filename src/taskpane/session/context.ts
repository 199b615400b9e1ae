import { createContext, useContext } from "react";
import type { TaskPaneHost } from "../host/host";
import type { AnchorDefault } from "./use-anchor-default";
import type { LifecycleSession } from "./use-lifecycle";
import type { Preview } from "./use-preview";
import type { AgentRun } from "./use-run";
import type { SourceSession } from "./use-source";

export interface SessionContextValue {
  readonly host: TaskPaneHost;
  readonly source: SourceSession;
  readonly preview: Preview;
  readonly run: AgentRun;
  readonly lifecycle: LifecycleSession;
  /** The anchor date set to the data's last pricing date when the data ends before today. */
  readonly anchorDefault: AnchorDefault;
  /** The contribution's input tables: read again (samples and preview) when the user asks. */
  readonly tables: { readonly generation: number; reload(): void };
  /** Moves the wizard to a step (links from the summary to the setting). */
  goTo(step: import("../state/issues").StepId, focusHeading?: boolean): void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession must be used inside <SessionContext.Provider>.");
  return value;
}
