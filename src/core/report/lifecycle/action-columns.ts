/**
 * The Actions sheet's own columns, in order: the columns the team works in first (status, owner,
 * due date, what to do), the engine's bookkeeping after, Agent and Key (how rows are matched
 * across runs) last. Columns users add follow them, in their order (actions-sheet.ts).
 */
import { ACTION_STATUSES, type ActionRecord } from "../../model/action-record";
import type { SheetColumn, SheetValue } from "../../model/sheet";

export type EngineField = Exclude<keyof ActionRecord, "extra" | "sheetRow" | "formulas">;

export interface ActionColumn {
  readonly field: EngineField;
  readonly column: SheetColumn;
}

const text = (key: string, header: string, width?: number, description?: string): SheetColumn => ({
  key,
  header,
  format: "text",
  ...(width === undefined ? {} : { width }),
  ...(description === undefined ? {} : { description }),
});

export const ACTION_COLUMNS: readonly ActionColumn[] = [
  {
    field: "status",
    column: {
      ...text("Status", "Status", 11, `Yours to set: ${ACTION_STATUSES.join(", ")}.`),
      validation: { kind: "list", values: ACTION_STATUSES },
    },
  },
  { field: "owner", column: text("Owner", "Owner", 16, "Yours: who is working on it.") },
  {
    field: "dueDate",
    column: {
      key: "DueDate",
      header: "Due Date",
      format: "date",
      description: "Set at creation; type a later date to postpone.",
    },
  },
  { field: "account", column: text("Account", "Account", 14) },
  { field: "name", column: text("Name", "Account Name", 22) },
  { field: "summary", column: text("Summary", "Summary", 36) },
  { field: "assignee", column: text("Assignee", "Assignee", 18) },
  { field: "notes", column: text("Notes", "Notes", 36, "Yours: kept on every run.") },
  {
    field: "expectedRevenue",
    column: {
      key: "ExpectedRevenue",
      header: "Expected Revenue Impact",
      format: "money",
      description: "At detection: the group's revenue impact measures x their realization rates.",
    },
  },
  {
    field: "expectedProfit",
    column: {
      key: "ExpectedProfit",
      header: "Expected Profit Impact",
      format: "money",
      description: "At detection: the group's profit impact measures x their realization rates.",
    },
  },
  {
    field: "marginAtDetection",
    column: { key: "MarginAtDetection", header: "Margin at Detection", format: "percent" },
  },
  {
    field: "currentMargin",
    column: {
      key: "CurrentMargin",
      header: "Current Margin",
      format: "percent",
      description: "As of the latest run.",
    },
  },
  {
    field: "revenueAtDetection",
    column: { key: "RevenueAtDetection", header: "Annual Revenue at Detection", format: "money" },
  },
  {
    field: "currentRevenue",
    column: {
      key: "CurrentRevenue",
      header: "Current Annual Revenue",
      format: "money",
      description: "As of the latest run.",
    },
  },
  { field: "description", column: text("Description", "Description", 50) },
  {
    field: "flagged",
    column: text("Flagged", "Flagged", 12, "Whether the latest run flagged the account."),
  },
  {
    field: "runChange",
    column: text(
      "RunChange",
      "This Run",
      11,
      "Created, Re-created, Reopened, Kept or Unchanged by the latest run."
    ),
  },
  { field: "detected", column: { key: "Detected", header: "Detected", format: "date" } },
  { field: "lastFlagged", column: { key: "LastFlagged", header: "Last Flagged", format: "date" } },
  {
    field: "doneSeen",
    column: {
      key: "DoneSeen",
      header: "Done Seen",
      format: "date",
      description: "The first run that found the action Done.",
    },
  },
  { field: "agent", column: text("Agent", "Agent", 20) },
  { field: "key", column: text("Key", "Key", 24, "How runs recognise the action: do not edit.") },
];

export const NO_LONGER_FLAGGED = "No longer flagged";

/** The header the sheet gives a record field, e.g. dueDate -> "Due Date". */
export function actionHeader(field: EngineField): string {
  return ACTION_COLUMNS.find((c) => c.field === field)!.column.header;
}

/** A record's field as its cell shows it (rows users added, without a key, show no engine flags). */
export function sheetValue(record: ActionRecord, field: EngineField): SheetValue {
  if (field === "flagged")
    return record.key === "" ? null : record.flagged ? "Yes" : NO_LONGER_FLAGGED;
  if (field === "runChange") return record.key === "" ? null : record.runChange;
  const value = record[field];
  return value === "" ? null : value;
}
