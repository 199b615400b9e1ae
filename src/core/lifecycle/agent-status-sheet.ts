/**
 * The Agent Status sheet: the approval state and its history, kept in the workbook (issue 6:
 * "The status and history are kept in the workbook"). The history is the record; the status at
 * the top is the history replayed. It records a team's process, it is not access control: anyone
 * who can edit the workbook can edit this sheet.
 */
import type { ScheduleDefinition } from "../model/document";
import type { SheetColumn, SheetDescription } from "../model/sheet";
import type { CellRow } from "../model/cells";
import { replayApproval, type ApprovalAction, type ApprovalEntry } from "./approval";
import { describeSchedule, nextRuns } from "./schedule";
import { findTable, textOf } from "./sheet-table";
import { instantOfSerial, serialAt, serialFromCell } from "./sheet-time";
import { formatWallClock, wallClockAt } from "./wall-clock";

const ACTIONS: readonly ApprovalAction[] = [
  "Submitted",
  "Approved",
  "Rejected",
  "Definition changed",
];

const COLUMNS: readonly SheetColumn[] = [
  { key: "Time", header: "Time", format: "datetime" },
  { key: "By", header: "By", format: "text", width: 24 },
  { key: "Action", header: "Action", format: "text", width: 18 },
  { key: "StatusAfter", header: "Status After", format: "text" },
  { key: "Note", header: "Note", format: "text", width: 50 },
  { key: "TimeZone", header: "Time Zone", format: "text" },
  {
    key: "DocumentHash",
    header: "Document Hash",
    format: "text",
    description: "Fingerprint of the definition the entry is about.",
  },
  { key: "UTC", header: "UTC", format: "text" },
];

export interface AgentStatusContext {
  readonly agent: string;
  readonly schedule: ScheduleDefinition;
  readonly now: Date;
  readonly timeZone: string;
}

export function agentStatusSheet(
  history: readonly ApprovalEntry[],
  context: AgentStatusContext
): SheetDescription {
  const state = replayApproval(history);
  const statusAfter = history.map((_, i) => replayApproval(history.slice(0, i + 1)).status);
  const when = (iso: string | null) =>
    iso ? formatWallClock(wallClockAt(new Date(iso), context.timeZone)) : "";
  const upcoming = nextRuns(context.schedule, context.now, 3, context.timeZone).map((d) =>
    formatWallClock(wallClockAt(d, context.timeZone))
  );
  const line =
    state.status === "Active"
      ? `Submitted by ${state.submittedBy} on ${when(state.submittedAt)}, approved by ${state.approvedBy} on ${when(state.approvedAt)}: runs on its schedule.`
      : state.status === "Submitted"
        ? `Submitted by ${state.submittedBy} on ${when(state.submittedAt)}; waiting for another user to approve it. It does not run on its schedule until then.`
        : "A draft: it runs on its schedule only once submitted and approved by another user.";
  return {
    name: "Agent Status",
    title: `${context.agent}: ${state.status}`,
    notes: [
      line,
      `Schedule: ${describeSchedule(context.schedule)} (${context.timeZone}); next runs: ${upcoming.length > 0 ? upcoming.join(", ") : "none"}.`,
      "Any change to the definition puts the agent back to Draft.",
    ],
    table: {
      name: "AgentStatus",
      columns: COLUMNS,
      rows: history.map((entry, i) => ({
        Time: serialAt(new Date(entry.at), context.timeZone),
        By: entry.by,
        Action: entry.action,
        StatusAfter: statusAfter[i],
        Note: entry.note === "" ? null : entry.note,
        TimeZone: entry.timeZone ?? null,
        DocumentHash: entry.documentHash,
        UTC: entry.at,
      })),
    },
  };
}

/** The history as the sheet holds it; rows whose action is not one of the approval steps are ignored. */
export function readAgentStatusSheet(
  cells: readonly CellRow[],
  timeZone: string,
  sheetName = "Agent Status"
): ApprovalEntry[] {
  const table = findTable(sheetName, cells, ["Action", "Document Hash"]);
  if (!table) return [];
  const cell = (row: CellRow, header: string) => {
    const index = table.indexOf(header);
    return index < 0 ? null : (row[index] ?? null);
  };
  return table.rows.flatMap((row): ApprovalEntry[] => {
    const actionText = textOf(cell(row, "Action")).trim().toLowerCase();
    const action = ACTIONS.find((a) => a.toLowerCase() === actionText);
    const utc = Date.parse(textOf(cell(row, "UTC")));
    const serial = serialFromCell(cell(row, "Time"));
    const at = Number.isFinite(utc)
      ? new Date(utc)
      : serial === null
        ? null
        : instantOfSerial(serial, timeZone);
    if (!action || !at) return [];
    const zone = textOf(cell(row, "Time Zone")).trim();
    return [
      {
        at: at.toISOString(),
        by: textOf(cell(row, "By")).trim(),
        action,
        note: textOf(cell(row, "Note")),
        documentHash: textOf(cell(row, "Document Hash")).trim(),
        ...(zone ? { timeZone: zone } : {}),
      },
    ];
  });
}
