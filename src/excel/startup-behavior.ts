/// <reference types="office-js" />
/* global Office */
/**
 * Whether Excel opens the add-in with the workbook: Load while the core says the schedule is
 * checked on open (checksOnOpen: while the agent is Active), None otherwise. The setting is saved
 * in the workbook. Office.addin exists only with a shared runtime (SharedRuntime 1.1); where it
 * is missing, scheduled runs happen only while someone has the task pane open.
 */
import { checksOnOpen } from "../core/agent/lifecycle";
import type { AgentStatus } from "../core/model/approval-state";
import { isSetSupported } from "./host-support";

export type StartupBehavior = "Load" | "None";

export type StartupOutcome =
  | { readonly kind: "set"; readonly behavior: StartupBehavior }
  | { readonly kind: "unsupported"; readonly behavior: StartupBehavior; readonly reason: string }
  | { readonly kind: "failed"; readonly behavior: StartupBehavior; readonly message: string };

export const STARTUP_UNSUPPORTED =
  "This Excel cannot open the add-in together with the workbook (Office.addin.setStartupBehavior, SharedRuntime 1.1), so the schedule is checked only while the task pane is open.";

export function startupBehaviorFor(status: AgentStatus): StartupBehavior {
  return checksOnOpen(status) ? "Load" : "None";
}

export async function applyStartupBehavior(status: AgentStatus): Promise<StartupOutcome> {
  const behavior = startupBehaviorFor(status);
  const addin = typeof Office === "undefined" ? undefined : Office.addin;
  if (
    !addin ||
    typeof addin.setStartupBehavior !== "function" ||
    !isSetSupported("SharedRuntime", "1.1")
  )
    return { kind: "unsupported", behavior, reason: STARTUP_UNSUPPORTED };
  try {
    // Office.StartupBehavior's values are these strings; the enum object itself may be absent.
    await addin.setStartupBehavior(behavior as unknown as Office.StartupBehavior);
    return { kind: "set", behavior };
  } catch (error) {
    return {
      kind: "failed",
      behavior,
      message: `Excel did not accept opening the add-in with the workbook: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
