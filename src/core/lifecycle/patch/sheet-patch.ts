/**
 * A run written into lifecycle sheets that already exist, in place: the engine's changed cells,
 * new rows under the table, and a check that the rows the writes address are still where they
 * were read. Nothing else in the sheet is written, so what a team typed, even while the run was
 * going on (co-authoring), stays.
 */
import type { ActionTable } from "../../model/action-record";
import type { CellValue } from "../../model/cells";
import type { HighlightStyle, SheetColumn, SheetDescription } from "../../model/sheet";
import { ACTION_COLUMNS, actionHeader } from "../../report/lifecycle/action-columns";
import { actionsPatch } from "../actions-patch";
import { textOf } from "../sheet-table";
import {
  headingRuns,
  rowBlocks,
  rowsByHeader,
  updateRuns,
  type CellRun,
  type RowBlock,
} from "./patch-cells";
import type { TableArea } from "./sheet-area";
import type { StoredSheet } from "./stored-lifecycle";

export interface RowsToAdd {
  readonly count: number;
  readonly blocks: readonly RowBlock[];
  /** Drop-downs the new rows get (a table usually passes its own on; a plain range does not). */
  readonly validations: readonly { readonly column: SheetColumn; readonly col: number }[];
  /** A fill for every new row, e.g. a failed run in the Run Log. */
  readonly fill: HighlightStyle | null;
}

export interface SheetPatch {
  readonly sheetName: string;
  readonly area: TableArea;
  readonly runs: readonly CellRun[];
  readonly add: RowsToAdd | null;
  /**
   * The Key column as read (text per row from A1): the rows the runs address must not have moved
   * since (sorted, inserted or deleted by someone else), or the writes would land on other rows.
   */
  readonly verify: { readonly col: number; readonly keys: readonly string[] } | null;
}

/** The Actions sheet brought up to date: changed engine cells, the heading, the new rows. */
export function actionsSheetPatch(
  sheet: StoredSheet,
  area: TableArea,
  change: { readonly before: ActionTable; readonly after: ActionTable },
  description: SheetDescription
): SheetPatch {
  const patch = actionsPatch(change.before, change.after);
  const engineColumns = ACTION_COLUMNS.map((c) => c.column);
  const statusColumn = engineColumns.find((c) => c.header === actionHeader("status"))!;
  const statusAt = area.columnOf(statusColumn.header);
  const keyAt = area.columnOf(actionHeader("key"));
  return {
    sheetName: sheet.name,
    area,
    runs: [...headingRuns(area, sheet.cells, description), ...updateRuns(area, patch.updates)],
    add: {
      count: patch.appended.length,
      blocks: rowBlocks(area, engineColumns, patch.appended),
      validations: statusAt < 0 ? [] : [{ column: statusColumn, col: statusAt }],
      fill: null,
    },
    verify: { col: keyAt, keys: sheet.cells.map((row) => textOf(row[keyAt] ?? null).trim()) },
  };
}

/** The Run Log's heading brought up to date and the run appended (a failed run highlighted). */
export function runLogPatch(
  sheet: StoredSheet,
  area: TableArea,
  description: SheetDescription
): SheetPatch {
  const last = description.table.rows.slice(-1);
  return {
    sheetName: sheet.name,
    area,
    runs: headingRuns(area, sheet.cells, description),
    add: {
      count: last.length,
      blocks: rowBlocks(area, description.table.columns, rowsByHeader(description, last)),
      validations: [],
      fill: last[0]?.Outcome === "Failed" ? "bad" : null,
    },
    verify: null,
  };
}

/**
 * Whether the sheet changed between reading it and writing to it: its used rows end elsewhere,
 * or the Key column (read again just before writing, from A1) no longer matches row for row.
 */
export function sheetChangedSince(
  patch: SheetPatch,
  usedEnd: number,
  keysNow: readonly CellValue[]
): boolean {
  if (!patch.verify) return false;
  const keys = patch.verify.keys;
  return (
    usedEnd !== patch.area.rowsRead || keysNow.some((k, row) => textOf(k).trim() !== keys[row])
  );
}
