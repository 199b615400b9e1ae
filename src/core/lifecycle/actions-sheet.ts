/**
 * The Actions sheet: the team's work list. Columns the team works in come first (status, owner,
 * due date, what to do), the engine's bookkeeping after, Agent and Key (how rows are matched
 * across runs) last, then any columns users added, in their order.
 */
import { exactSum } from "../model/exact-sums";
import type { SheetColumn, SheetDescription, SheetRow, SheetValue } from "../model/sheet";
import { ACTION_STATUSES, statusOf, type ActionRecord, type ActionTable } from "./action-record";

type EngineField = Exclude<keyof ActionRecord, "extra" | "sheetRow">;

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

export interface ActionsSheetContext {
  /** Date serial of the run, to find overdue actions. */
  readonly runDate: number;
  /** Heading of the run, e.g. "Run of 2025-10-21 11:01 (schedule)". */
  readonly runLabel: string;
}

/** Open actions past their due date (issue 6: "Overdue open actions are highlighted"). */
export function isOverdue(record: ActionRecord, runDate: number): boolean {
  return (
    statusOf(record) === "Open" && typeof record.dueDate === "number" && record.dueDate < runDate
  );
}

export function actionsSheet(table: ActionTable, context: ActionsSheetContext): SheetDescription {
  const records = table.records;
  const extraColumns: SheetColumn[] = table.extraColumns.map((extra, index) => ({
    key: extraKey(index),
    header: extra.header,
    format: extra.isDate ? "date" : "text",
  }));
  const rows = records.map((record) => actionRow(record, table));
  const overdue = records.flatMap((record, index) =>
    isOverdue(record, context.runDate) ? [index] : []
  );
  const open = records.filter((record) => record.key !== "" && statusOf(record) === "Open");
  const sum = (values: (number | null)[]) =>
    exactSum(values.filter((v): v is number => v !== null));
  return {
    name: "Actions",
    title: `Actions: ${open.length} open, ${overdue.length} overdue`,
    notes: [
      `${context.runLabel}. Status, Owner and Notes are yours, as are Summary, Description, Assignee and Due Date once created; runs never overwrite them.`,
      `Expected impact of open actions: revenue ${money(sum(open.map((r) => r.expectedRevenue)))}, profit ${money(sum(open.map((r) => r.expectedProfit)))}.`,
    ],
    table: {
      name: "Actions",
      columns: [...ACTION_COLUMNS.map((c) => c.column), ...extraColumns],
      rows,
      highlights: overdue.length > 0 ? [{ kind: "rows", rows: overdue, style: "bad" }] : [],
    },
  };
}

/** A record as its sheet row: column key -> value (added columns under `extra:<n>`). */
export function actionRow(record: ActionRecord, table: ActionTable): SheetRow {
  const row: Record<string, SheetValue> = {};
  for (const { field, column } of ACTION_COLUMNS) row[column.key] = sheetValue(record, field);
  table.extraColumns.forEach((extra, index) => {
    row[extraKey(index)] = record.extra[extra.header] ?? null;
  });
  return row;
}

export function sheetValue(record: ActionRecord, field: EngineField): SheetValue {
  if (field === "flagged")
    return record.key === "" ? null : record.flagged ? "Yes" : NO_LONGER_FLAGGED;
  if (field === "runChange") return record.key === "" ? null : record.runChange;
  const value = record[field];
  return value === "" ? null : value;
}

/** Row keys of added columns cannot clash with the engine's (a user may name a column "Status 2" or "Key"). */
function extraKey(index: number): string {
  return `extra:${index}`;
}

function money(value: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
