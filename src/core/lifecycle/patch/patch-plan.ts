/**
 * The in-place writes of a recorded run (record-plan.ts), once the sheets written whole have their
 * worksheet names: the Actions and Run Log patches, the live overdue rule of a new Actions sheet,
 * and a comment on each new action for its assignee.
 */
import type { ActionRecord } from "../../model/action-record";
import type { HighlightStyle, SheetDescription } from "../../model/sheet";
import {
  commentsOnAddedRows,
  type CellComment,
  type MentionSupport,
  type NewActionComment,
} from "./new-action-comments";
import { overdueFormula } from "./overdue-rule";
import type { RecordPlan } from "./record-plan";
import { describedArea } from "./sheet-area";
import { actionsSheetPatch, runLogPatch, type SheetPatch } from "./sheet-patch";
import { writtenName, type WrittenSheetName } from "./stored-lifecycle";

/** A conditional format over a sheet's data rows, to the sheet's end so rows added later get it. */
export interface LiveHighlight {
  readonly sheetName: string;
  readonly firstRow: number;
  readonly width: number;
  readonly formula: string;
  readonly style: HighlightStyle;
}

/** Where the host's writer puts a sheet's header and first data row (0-based). */
export type PlaceSheet = (description: SheetDescription) => {
  readonly headerRow: number;
  readonly firstDataRow: number;
};

export interface PlannedPatch {
  readonly patches: readonly SheetPatch[];
  readonly highlights: readonly LiveHighlight[];
  readonly comments: readonly NewActionComment[];
}

export function planPatch(
  plan: RecordPlan,
  written: readonly WrittenSheetName[],
  place: PlaceSheet
): PlannedPatch {
  const { stored, recorded, areas } = plan;
  const completed = recorded.completed;
  const patches: SheetPatch[] = [];
  let highlights: LiveHighlight[] = [];
  let comments: NewActionComment[] = [];
  const actions = recorded.sheets.actions;
  if (completed && stored.sheets.actions && areas.actions) {
    const after = completed.lifecycle.actions;
    patches.push(
      actionsSheetPatch(
        stored.sheets.actions,
        areas.actions,
        { before: stored.lifecycle.actions, after },
        actions
      )
    );
    // New rows go under the table in the order they were added.
    const appended = after.records.filter((r) => r.sheetRow === undefined);
    comments = commentsOnAddedRows(
      stored.sheets.actions.name,
      areas.actions,
      completed.added,
      (r) => ({
        added: appended.indexOf(r),
      })
    );
  } else if (completed) {
    const sheetName = writtenName(written, actions.name)!;
    const { headerRow, firstDataRow } = place(actions);
    const area = describedArea(actions, headerRow);
    const formula = overdueFormula(area, firstDataRow);
    if (formula)
      highlights = [
        {
          sheetName,
          firstRow: firstDataRow,
          width: actions.table.columns.length,
          formula,
          style: "bad",
        },
      ];
    const records: readonly ActionRecord[] = completed.lifecycle.actions.records;
    comments = commentsOnAddedRows(sheetName, area, completed.added, (r) => ({
      row: firstDataRow + records.indexOf(r),
    }));
  }
  if (stored.sheets.runLog && areas.runLog)
    patches.push(runLogPatch(stored.sheets.runLog, areas.runLog, recorded.sheets.runLog));
  return { patches, highlights, comments };
}

/** The comments the host adds, in order: none where it cannot @mention people. */
export function commentsToAdd(patch: PlannedPatch, support: MentionSupport): CellComment[] {
  return support.supported ? patch.comments.map((c) => c.comment) : [];
}
