/**
 * The Run Log sheet: one row per run, oldest first (time, trigger, rows read, accounts flagged,
 * expected impact, outcome). Later runs read it back from the exact UTC column
 * (lifecycle/read-run-log.ts); the Time column is for people.
 */
import type { RunLogEntry } from "../../model/run-log-entry";
import type { SheetColumn, SheetDescription, SheetRow, SheetValue } from "../../model/sheet";
import { LIFECYCLE_SHEETS } from "./sheet-names";
import { plural } from "../../model/plural";

/** A logged run with its times as wall-clock serials in the schedule's zone (lifecycle/sheet-time). */
export interface TimedRunLogEntry {
  readonly entry: RunLogEntry;
  readonly time: number;
  readonly scheduledFor: number | null;
}

const num = (
  key: string,
  header: string,
  format: SheetColumn["format"] = "integer"
): SheetColumn => ({ key, header, format });

export const RUN_LOG_COLUMNS: readonly SheetColumn[] = [
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

/** The entry's fields that hold a count or an amount. */
type AmountField = {
  [K in keyof RunLogEntry]: RunLogEntry[K] extends number | null ? K : never;
}[keyof RunLogEntry];

/** The entry's counts and amounts by column key, as the sheet shows them and the reader reads them. */
export const RUN_LOG_FIELDS: readonly (readonly [AmountField, string])[] = [
  ["rowsRead", "RowsRead"],
  ["accounts", "Accounts"],
  ["flagged", "Flagged"],
  ["created", "Created"],
  ["recreated", "Recreated"],
  ["reopened", "Reopened"],
  ["kept", "Kept"],
  ["expectedRevenue", "ExpectedRevenue"],
  ["expectedProfit", "ExpectedProfit"],
  ["realizedProfit", "RealizedProfit"],
];

export function runLogSheet(log: readonly TimedRunLogEntry[], timeZone: string): SheetDescription {
  const rows = log.map(({ entry, time, scheduledFor }): SheetRow => {
    const row: Record<string, SheetValue> = {
      Time: time,
      Trigger: entry.trigger,
      ScheduledFor: scheduledFor,
    };
    for (const [field, key] of RUN_LOG_FIELDS) row[key] = entry[field];
    return {
      ...row,
      Outcome: entry.outcome,
      Message: entry.message,
      Agent: entry.agent,
      UTC: entry.at,
    };
  });
  const failed = log.flatMap(({ entry }, index) => (entry.outcome === "Failed" ? [index] : []));
  return {
    name: LIFECYCLE_SHEETS.runLog,
    title: `Run log: ${plural(log.length, "run")}`,
    notes: [
      `Times in ${timeZone}. Every run is recorded, oldest first; failed runs are highlighted.`,
    ],
    table: {
      name: "RunLog",
      columns: RUN_LOG_COLUMNS,
      rows,
      highlights: failed.length > 0 ? [{ kind: "rows", rows: failed, style: "bad" }] : [],
    },
  };
}
