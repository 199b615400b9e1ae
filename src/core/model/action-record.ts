/**
 * One row of the Actions sheet, the team's work list (SPEC, "Action"). Three kinds of columns:
 *
 * - set when the action is created, then the team's: Summary, Description, Assignee, Due Date
 *   (a user postpones by typing a new due date);
 * - the team's only: Status, Owner, Notes, and any column a user adds (kept verbatim);
 * - the engine's, refreshed on every run: Current Margin, Annual Revenue, Last Flagged, Flagged,
 *   This Run, Done Seen. Everything else the engine writes once, at creation.
 *
 * Rows are matched across runs by Agent and Key (the action's group, e.g. CustomerId=CID-0014).
 */
import type { SheetValue } from "./sheet";

/** SPEC: "Action statuses: Open, Done, Blocked, Rejected, Postponed". */
export const ACTION_STATUSES = ["Open", "Done", "Blocked", "Rejected", "Postponed"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** What the latest run did to the row. */
export type RunChange = "Created" | "Re-created" | "Reopened" | "Kept" | "Unchanged";

export interface ActionRecord {
  /** The agent document's name; blank on a row a user added by hand. */
  readonly agent: string;
  /** `<group-by level>=<value>`, e.g. `CustomerId=CID-0014`; blank on a row a user added. */
  readonly key: string;
  /** The group's value, e.g. CID-0014. */
  readonly account: string;
  /** The account's name when the group is one account. */
  readonly name: string | null;
  readonly summary: SheetValue;
  readonly description: SheetValue;
  readonly assignee: SheetValue;
  /** An Excel date serial, or what a user typed when it is not a date (kept as typed). */
  readonly dueDate: SheetValue;
  /** Expected impact at detection: the group's measure x realization rate, summed per impact type. */
  readonly expectedRevenue: number | null;
  readonly expectedProfit: number | null;
  readonly marginAtDetection: number | null;
  readonly revenueAtDetection: number | null;
  /** Date serial of the run that created the row. */
  readonly detected: number | null;
  readonly currentMargin: number | null;
  readonly currentRevenue: number | null;
  /** Date serial of the latest run that flagged the account. */
  readonly lastFlagged: number | null;
  /** Whether the latest run flagged the account (in the top K). */
  readonly flagged: boolean;
  readonly runChange: RunChange;
  /** Date serial of the first run that saw the status Done; blank otherwise. */
  readonly doneSeen: number | null;
  /** As typed; the engine writes only Open (new, reopened) and reads case-insensitively. */
  readonly status: string;
  readonly owner: SheetValue;
  readonly notes: SheetValue;
  /** Columns users added: header -> value, verbatim. */
  readonly extra: Readonly<Record<string, SheetValue>>;
  /** Formulas the team typed in their cells (their columns and Notes), so a rewrite keeps them. */
  readonly formulas?: readonly TeamFormula[];
  /**
   * Where the row was read (index into the sheet's rows, 0 = row 1); absent on rows a run adds.
   * Lets a host patch the cells the engine changed instead of rewriting the team's sheet.
   */
  readonly sheetRow?: number;
}

/**
 * A formula in one of the team's cells, as read. It is written back (its references following
 * the cells they point at) while the cell still shows the value it showed; a value the engine
 * sets instead (a Postponed action reopened) replaces it.
 */
export interface TeamFormula {
  /** Header of the column it was read in. */
  readonly header: string;
  /** The formula without `=`, its references as read. */
  readonly text: string;
  readonly value: SheetValue;
}

/** Where the Actions table was read: its header row (0 = row 1) and each column's index by header. */
export interface ReadLayout {
  readonly headerRow: number;
  readonly columns: readonly { readonly header: string; readonly index: number }[];
}

/** A column users added to the Actions sheet, kept in their order after the engine's columns. */
export interface ExtraColumn {
  readonly header: string;
  /** Date columns keep their date format when rewritten; everything else is written as read. */
  readonly isDate: boolean;
}

export interface ActionTable {
  readonly records: readonly ActionRecord[];
  readonly extraColumns: readonly ExtraColumn[];
  /** Where the table was read, when it was (for the team's formulas' references). */
  readonly readLayout?: ReadLayout;
}

export const EMPTY_ACTION_TABLE: ActionTable = { records: [], extraColumns: [] };

/** The status as one of the SPEC's, ignoring case and spaces; blank is Open; null when unknown. */
export function statusOf(record: Pick<ActionRecord, "status">): ActionStatus | null {
  const text = record.status.trim().toLowerCase();
  if (text === "") return "Open";
  return ACTION_STATUSES.find((status) => status.toLowerCase() === text) ?? null;
}

/**
 * A column users added, by its header: only the record's own entries count, so a column named
 * `constructor` or `toString` finds its value, not one of JavaScript's object properties.
 */
export function extraValue(record: Pick<ActionRecord, "extra">, header: string): SheetValue {
  return Object.prototype.hasOwnProperty.call(record.extra, header) ? record.extra[header] : null;
}
