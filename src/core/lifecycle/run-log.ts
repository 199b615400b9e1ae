/**
 * The Run Log: one row per run, oldest first (issue 6: "time, trigger, rows read, accounts
 * flagged, expected impact, outcome"). Later runs read it back to know when the agent last ran,
 * from the exact UTC column; the Time column is for people.
 */
import type { AgentResult } from "../model/result";
import type { SheetColumn, SheetDescription, SheetRow } from "../model/sheet";
import type { CellRow } from "../model/cells";
import type { ActionChanges } from "./reconcile-actions";
import { findTable, numberOf, textOf } from "./sheet-table";
import { instantOfSerial, serialAt, serialFromCell } from "./sheet-time";
import { plural } from "../model/plural";

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

export interface RunDescription {
  readonly agent: string;
  readonly at: Date;
  readonly trigger: RunTrigger;
  readonly scheduledFor?: Date | null;
}

export function completedEntry(
  run: RunDescription,
  result: AgentResult,
  changes: ActionChanges,
  realizedProfit: number | null
): RunLogEntry {
  return {
    at: run.at.toISOString(),
    agent: run.agent,
    trigger: run.trigger,
    scheduledFor: run.scheduledFor ? run.scheduledFor.toISOString() : null,
    rowsRead: result.dataQuality.rowsRead,
    accounts: result.join.length,
    flagged: result.flagged.length,
    created: changes.created.length,
    recreated: changes.recreated.length,
    reopened: changes.reopened.length,
    kept: changes.kept.length,
    expectedRevenue: result.impact.expectedByType.Revenue,
    expectedProfit: result.impact.expectedByType.Profit,
    realizedProfit,
    outcome: "Completed",
    message: `${result.flagged.length} flagged; actions: ${changes.created.length} created, ${changes.recreated.length} re-created, ${changes.reopened.length} reopened, ${changes.kept.length} kept, ${changes.noLongerFlagged.length} no longer flagged.`,
  };
}

export function failedEntry(run: RunDescription, message: string): RunLogEntry {
  return {
    at: run.at.toISOString(),
    agent: run.agent,
    trigger: run.trigger,
    scheduledFor: run.scheduledFor ? run.scheduledFor.toISOString() : null,
    rowsRead: null,
    accounts: null,
    flagged: null,
    created: null,
    recreated: null,
    reopened: null,
    kept: null,
    expectedRevenue: null,
    expectedProfit: null,
    realizedProfit: null,
    outcome: "Failed",
    message,
  };
}

/**
 * When the agent last completed a run (any trigger: a manual run refreshes the work list as
 * well as a scheduled one). Failed runs do not count, so the next check tries again.
 */
export function lastCompletedRun(log: readonly RunLogEntry[], agent: string): Date | null {
  let last: number | null = null;
  for (const entry of log) {
    if (entry.agent !== agent || entry.outcome !== "Completed") continue;
    const at = Date.parse(entry.at);
    if (Number.isFinite(at) && (last === null || at > last)) last = at;
  }
  return last === null ? null : new Date(last);
}

const num = (
  key: string,
  header: string,
  format: SheetColumn["format"] = "integer"
): SheetColumn => ({ key, header, format });

const COLUMNS: readonly SheetColumn[] = [
  { key: "Time", header: "Time", format: "datetime" },
  { key: "Trigger", header: "Trigger", format: "text" },
  { key: "ScheduledFor", header: "Scheduled For", format: "datetime" },
  num("RowsRead", "Rows Read"),
  num("Accounts", "Accounts"),
  num("Flagged", "Flagged"),
  num("Created", "Created"),
  num("Recreated", "Re-created"),
  num("Reopened", "Reopened"),
  num("Kept", "Kept"),
  num("ExpectedRevenue", "Expected Revenue Impact", "money"),
  num("ExpectedProfit", "Expected Profit Impact", "money"),
  num("RealizedProfit", "Realized Profit Change (Done)", "money"),
  { key: "Outcome", header: "Outcome", format: "text" },
  { key: "Message", header: "Message", format: "text", width: 60 },
  { key: "Agent", header: "Agent", format: "text" },
  {
    key: "UTC",
    header: "UTC",
    format: "text",
    description: "The exact time of the run; later runs read it to know when the agent last ran.",
  },
];

const FIELDS: readonly [keyof RunLogEntry, string][] = [
  ["rowsRead", "Rows Read"],
  ["accounts", "Accounts"],
  ["flagged", "Flagged"],
  ["created", "Created"],
  ["recreated", "Re-created"],
  ["reopened", "Reopened"],
  ["kept", "Kept"],
  ["expectedRevenue", "Expected Revenue Impact"],
  ["expectedProfit", "Expected Profit Impact"],
  ["realizedProfit", "Realized Profit Change (Done)"],
];

export function runLogSheet(log: readonly RunLogEntry[], timeZone: string): SheetDescription {
  const rows = log.map((entry): SheetRow => ({
    Time: serialAt(new Date(entry.at), timeZone),
    Trigger: entry.trigger,
    ScheduledFor: entry.scheduledFor ? serialAt(new Date(entry.scheduledFor), timeZone) : null,
    RowsRead: entry.rowsRead,
    Accounts: entry.accounts,
    Flagged: entry.flagged,
    Created: entry.created,
    Recreated: entry.recreated,
    Reopened: entry.reopened,
    Kept: entry.kept,
    ExpectedRevenue: entry.expectedRevenue,
    ExpectedProfit: entry.expectedProfit,
    RealizedProfit: entry.realizedProfit,
    Outcome: entry.outcome,
    Message: entry.message,
    Agent: entry.agent,
    UTC: entry.at,
  }));
  const failed = log.flatMap((entry, index) => (entry.outcome === "Failed" ? [index] : []));
  return {
    name: "Run Log",
    title: `Run log: ${plural(log.length, "run")}`,
    notes: [
      `Times in ${timeZone}. Every run is recorded, oldest first; failed runs are highlighted.`,
    ],
    table: {
      name: "RunLog",
      columns: COLUMNS,
      rows,
      highlights: failed.length > 0 ? [{ kind: "rows", rows: failed, style: "bad" }] : [],
    },
  };
}

export function readRunLogSheet(
  cells: readonly CellRow[],
  timeZone: string,
  sheetName = "Run Log"
): RunLogEntry[] {
  const table = findTable(sheetName, cells, ["Trigger", "Outcome", "UTC"]);
  if (!table) return [];
  const cell = (row: CellRow, header: string) => {
    const index = table.indexOf(header);
    return index < 0 ? null : (row[index] ?? null);
  };
  const instant = (row: CellRow, utcHeader: string | null, serialHeader: string): string | null => {
    const utc = utcHeader ? Date.parse(textOf(cell(row, utcHeader))) : Number.NaN;
    if (Number.isFinite(utc)) return new Date(utc).toISOString();
    const serial = serialFromCell(cell(row, serialHeader));
    return serial === null ? null : instantOfSerial(serial, timeZone).toISOString();
  };
  return table.rows.flatMap((row): RunLogEntry[] => {
    const at = instant(row, "UTC", "Time");
    if (at === null) return [];
    const entry: Record<string, unknown> = {
      at,
      agent: textOf(cell(row, "Agent")).trim(),
      trigger: textOf(cell(row, "Trigger")).trim(),
      scheduledFor: instant(row, null, "Scheduled For"),
      outcome:
        textOf(cell(row, "Outcome")).trim().toLowerCase() === "completed" ? "Completed" : "Failed",
      message: textOf(cell(row, "Message")),
    };
    for (const [field, header] of FIELDS) entry[field] = numberOf(cell(row, header));
    return [entry as unknown as RunLogEntry];
  });
}
