/**
 * One row of the Run Log: a run, completed or failed, as the lifecycle records it and the Run Log
 * sheet shows it (time, trigger, rows read, accounts flagged, expected impact, outcome).
 */

/** Who started the run: a user in the task pane, the schedule, a catch-up of missed runs, or the command line. */
export type RunTrigger = "manual" | "schedule" | "catch-up" | "cli";
export type RunOutcome = "Completed" | "Failed";

export interface RunLogEntry {
  /** ISO instant. */
  readonly at: string;
  readonly agent: string;
  /** A RunTrigger; kept as text when read back. */
  readonly trigger: string;
  /** ISO instant of the scheduled time the run filled; null for manual runs. */
  readonly scheduledFor: string | null;
  readonly rowsRead: number | null;
  readonly accounts: number | null;
  readonly flagged: number | null;
  readonly created: number | null;
  readonly recreated: number | null;
  readonly reopened: number | null;
  readonly kept: number | null;
  readonly expectedRevenue: number | null;
  readonly expectedProfit: number | null;
  /** Realized profit change per quarter summed over Done actions, as of this run. */
  readonly realizedProfit: number | null;
  readonly outcome: RunOutcome;
  readonly message: string;
}
