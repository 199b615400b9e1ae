/**
 * Reads the Run Log sheet back, as the team left it: each run's exact instant from the UTC column
 * (the Time column, a wall clock in the schedule's zone, only when UTC was cleared), its counts and
 * outcome. Rows without a readable time are not runs.
 */
import type { CellRow } from "../model/cells";
import type { RunLogEntry } from "../model/run-log-entry";
import { RUN_LOG_COLUMNS, RUN_LOG_FIELDS } from "../report/lifecycle/run-log-sheet";
import { IDENTIFYING_HEADERS, LIFECYCLE_SHEETS } from "../report/lifecycle/sheet-names";
import { cellsByKey, findTable, numberOf, textOf } from "./sheet-table";
import { instantOfSerial, serialFromCell } from "./sheet-time";

export function readRunLogSheet(
  cells: readonly CellRow[],
  timeZone: string,
  sheetName: string = LIFECYCLE_SHEETS.runLog
): RunLogEntry[] {
  const table = findTable(sheetName, cells, IDENTIFYING_HEADERS.runLog);
  if (!table) return [];
  const cell = cellsByKey(table, RUN_LOG_COLUMNS);
  const instant = (row: CellRow, utcKey: string | null, serialKey: string): string | null => {
    const utc = utcKey ? Date.parse(textOf(cell(row, utcKey))) : Number.NaN;
    if (Number.isFinite(utc)) return new Date(utc).toISOString();
    const serial = serialFromCell(cell(row, serialKey));
    return serial === null ? null : instantOfSerial(serial, timeZone).toISOString();
  };
  return table.rows.flatMap((row): RunLogEntry[] => {
    const at = instant(row, "UTC", "Time");
    if (at === null) return [];
    const entry: Record<string, unknown> = {
      at,
      agent: textOf(cell(row, "Agent")).trim(),
      trigger: textOf(cell(row, "Trigger")).trim(),
      scheduledFor: instant(row, null, "ScheduledFor"),
      outcome:
        textOf(cell(row, "Outcome")).trim().toLowerCase() === "completed" ? "Completed" : "Failed",
      message: textOf(cell(row, "Message")),
    };
    for (const [field, key] of RUN_LOG_FIELDS) entry[field] = numberOf(cell(row, key));
    return [entry as unknown as RunLogEntry];
  });
}
