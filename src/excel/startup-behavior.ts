/// <reference types="office-js" />
/* global Office */
/**
 * Whether Excel opens the add-in with the workbook: Load while any agent of the workbook needs
 * its schedule checked on open, None only when none does (the core's opensWithWorkbook, over
 * every agent's own lifecycle sheets: shelf-lifecycles.ts). Applied after every recorded run and
 * approval step and after an agent is deleted, so it follows the shelf, not the last agent that
 * ran. The setting is saved in the workbook. Office.addin exists only with a shared runtime
 * (SharedRuntime 1.1); where it is missing, scheduled runs happen only while someone has the task
 * pane open.
 */
import { opensWithWorkbook, type WorkbookLifecycle } from "../core/agent/lifecycle";
import type { AgentShelf } from "../core/model/agent-shelf";
import type { AgentDocument } from "../core/model/document";
import { isSetSupported } from "./host-support";
import { readShelfLifecycles } from "./shelf-lifecycles";

export type StartupBehavior = "Load" | "None";

export type StartupOutcome =
  | { readonly kind: "set"; readonly behavior: StartupBehavior }
  | { readonly kind: "unsupported"; readonly behavior: StartupBehavior; readonly reason: string }
  | { readonly kind: "failed"; readonly behavior: StartupBehavior; readonly message: string };

export const STARTUP_UNSUPPORTED =
  "This Excel cannot open the add-in together with the workbook (Office.addin.setStartupBehavior, SharedRuntime 1.1), so the schedule is checked only while the task pane is open.";

export interface StartupContext {
  readonly now: Date;
  readonly fallbackTimeZone?: string;
  /** The definition just recorded, in place of its stored one. */
  readonly current?: AgentDocument;
  /** `current`'s lifecycle as just recorded, so it is not read again. */
  readonly currentLifecycle?: { readonly lifecycle: WorkbookLifecycle; readonly timeZone: string };
  /** The agents as the pane holds them; default: as stored in the workbook. */
  readonly shelf?: AgentShelf | null;
}

/** What the core decides for the workbook's agents as they are now. */
export async function startupBehaviorFor(context: StartupContext): Promise<StartupBehavior> {
  const agents = await readShelfLifecycles(context);
  return opensWithWorkbook(agents, context.now).opens ? "Load" : "None";
}

export async function applyStartupBehavior(context: StartupContext): Promise<StartupOutcome> {
  const behavior = await startupBehaviorFor(context);
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
