/**
 * Reads the Agent Status sheet back: the approval history, each step's instant from the UTC
 * column (the Time column, a wall clock in the zone, only when UTC was cleared). Rows whose action
 * is not one of the approval steps are ignored.
 */
import { APPROVAL_ACTIONS, type ApprovalEntry } from "../model/approval-state";
import type { CellRow } from "../model/cells";
import { AGENT_STATUS_COLUMNS } from "../report/lifecycle/agent-status-sheet";
import { IDENTIFYING_HEADERS, LIFECYCLE_SHEETS } from "../report/lifecycle/sheet-names";
import { cellsByKey, findTable, textOf } from "./sheet-table";
import { instantOfSerial, serialFromCell } from "./sheet-time";

export function readAgentStatusSheet(
  cells: readonly CellRow[],
  timeZone: string,
  sheetName: string = LIFECYCLE_SHEETS.agentStatus
): ApprovalEntry[] {
  const table = findTable(sheetName, cells, IDENTIFYING_HEADERS.agentStatus);
  if (!table) return [];
  const cell = cellsByKey(table, AGENT_STATUS_COLUMNS);
  return table.rows.flatMap((row): ApprovalEntry[] => {
    const actionText = textOf(cell(row, "Action")).trim().toLowerCase();
    const action = APPROVAL_ACTIONS.find((a) => a.toLowerCase() === actionText);
    const utc = Date.parse(textOf(cell(row, "UTC")));
    const serial = serialFromCell(cell(row, "Time"));
    const at = Number.isFinite(utc)
      ? new Date(utc)
      : serial === null
        ? null
        : instantOfSerial(serial, timeZone);
    if (!action || !at) return [];
    const zone = textOf(cell(row, "TimeZone")).trim();
    const seal = textOf(cell(row, "Seal")).trim();
    return [
      {
        at: at.toISOString(),
        by: textOf(cell(row, "By")).trim(),
        action,
        note: textOf(cell(row, "Note")),
        documentHash: textOf(cell(row, "DocumentHash")).trim(),
        ...(zone ? { timeZone: zone } : {}),
        ...(seal ? { seal } : {}),
      },
    ];
  });
}
