/**
 * The schedules of every agent of a workbook (several agents, each with its own lifecycle
 * sheets), decided once for the hosts:
 *
 * - `dueAgents`: which agents' scheduled runs are due when the workbook opens, each named with
 *   its scheduled time, its last completed run and its next run, the longest-waiting first (then
 *   in the shelf's order). The pane runs the open agent itself and offers to open (and so run)
 *   the others.
 * - `opensWithWorkbook`: whether Excel should open the add-in with the workbook. On while any
 *   agent needs the check on open (Active, its approved definition unchanged, a run due or still
 *   to come); off only when none does. docs/decisions.md, "Every agent's schedule on open".
 */
import type { AgentDocument } from "../model/document";
import { documentHash } from "./document-hash";
import { decideScheduledRun } from "./run-decision";
import { lastCompletedRun } from "./run-log";
import { checkSchedule } from "./scheduled-check";
import { formatWallClock, wallClockAt } from "./wall-clock";
import { approvalOf, type WorkbookLifecycle } from "./workbook-lifecycle";

/** One agent of the shelf with its lifecycle as read from its own sheets. */
export interface ShelfAgentLifecycle {
  readonly id: string;
  readonly doc: AgentDocument;
  readonly lifecycle: WorkbookLifecycle;
  /** The zone recorded at its submission, else the host's fallback. */
  readonly timeZone: string;
}

export interface DueAgent {
  readonly id: string;
  readonly name: string;
  /** The agent the pane has open (its own scheduler runs it). */
  readonly open: boolean;
  readonly trigger: "schedule" | "catch-up";
  readonly scheduledFor: Date | null;
  readonly lastRunAt: Date | null;
  /** The run after the due one; null when the schedule has none left. */
  readonly nextAt: Date | null;
  /** One sentence naming the agent, its due time, its last run and its next run. */
  readonly text: string;
}

export interface ShelfMoment {
  readonly now: Date;
  /** Scheduled times (ISO) held in this session (heldSlot), by agent id: not due again. */
  readonly held?: ReadonlyMap<string, ReadonlySet<string>>;
}

export function dueAgents(
  agents: readonly ShelfAgentLifecycle[],
  openId: string | null,
  moment: ShelfMoment
): DueAgent[] {
  const due: DueAgent[] = [];
  for (const agent of agents) {
    const check = checkSchedule(agent.lifecycle, agent.doc, {
      now: moment.now,
      timeZone: agent.timeZone,
      held: moment.held?.get(agent.id),
    });
    if (check.kind !== "due") continue;
    const lastRunAt = check.run.expectLastRunAt;
    const at = (d: Date | null, none: string) =>
      d ? `${formatWallClock(wallClockAt(d, agent.timeZone))} (${agent.timeZone})` : none;
    due.push({
      id: agent.id,
      name: agent.doc.name,
      open: agent.id === openId,
      trigger: check.run.trigger,
      scheduledFor: check.run.scheduledFor,
      lastRunAt,
      nextAt: check.decision.nextAt,
      text:
        `'${agent.doc.name}' ${check.decision.reason.replace(/^Due:/, "is due:")} ` +
        `Last run: ${at(lastRunAt, "never")}. Next run: ${at(check.decision.nextAt, "none left")}.`,
    });
  }
  // The longest-waiting first; Array.prototype.sort is stable, so ties keep the shelf's order.
  const time = (d: DueAgent) => d.scheduledFor?.getTime() ?? Number.POSITIVE_INFINITY;
  return due.sort((a, b) => time(a) - time(b));
}

export interface OpenWithWorkbook {
  readonly opens: boolean;
  /** The agents that need it, by name, in the shelf's order. */
  readonly agents: readonly string[];
}

/**
 * Whether the workbook should open the add-in with it: while at least one agent's schedule is
 * checked on open. An agent needs that while it is Active with its approved definition, and its
 * schedule has a run due or to come (a single run already done needs nothing).
 */
export function opensWithWorkbook(
  agents: readonly Omit<ShelfAgentLifecycle, "id">[],
  now: Date
): OpenWithWorkbook {
  const needing = agents.filter((agent) => needsCheckOnOpen(agent, now));
  return { opens: needing.length > 0, agents: needing.map((agent) => agent.doc.name) };
}

function needsCheckOnOpen(agent: Omit<ShelfAgentLifecycle, "id">, now: Date): boolean {
  const approval = approvalOf(agent.lifecycle);
  if (approval.status !== "Active") return false;
  const decision = decideScheduledRun({
    schedule: agent.doc.schedule,
    approval,
    documentHash: documentHash(agent.doc),
    lastRunAt: lastCompletedRun(agent.lifecycle.runLog, agent.doc.name),
    now,
    timeZone: agent.timeZone,
  });
  return decision.run || decision.nextAt !== null;
}
