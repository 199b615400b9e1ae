/**
 * The comments that notify the assignees of new actions: one on each new action's Account cell
 * (the account's row in the work list), and what became of them once the host tried to add them.
 */
import type { ActionRecord } from "../../model/action-record";
import { isoFromSerial } from "../../model/excel-date";
import type { SheetValue } from "../../model/sheet";
import { columnLetter } from "../../read/mapping/header-label";
import { actionHeader } from "../../report/lifecycle/action-columns";
import { actionComment, type ActionComment } from "../action-comment";
import type { TableArea } from "./sheet-area";

export interface CellComment {
  readonly sheetName: string;
  /** A row index, or the index of a row this patch adds to the sheet. */
  readonly at: { readonly row: number } | { readonly added: number };
  readonly col: number;
  readonly comment: ActionComment;
}

export interface NewActionComment {
  readonly record: ActionRecord;
  readonly comment: CellComment;
}

export interface AddedComment {
  readonly key: string;
  readonly account: string;
  /** Where it is, e.g. `'Actions'!D7`. */
  readonly cell: string;
  /** Emails @mentioned (empty when the assignee is a name, not an email: a plain comment). */
  readonly mentioned: readonly string[];
}

/** What became of the comments on new actions; the task pane says it when not "added". */
export type CommentsOutcome =
  | { readonly kind: "none" }
  | { readonly kind: "added"; readonly comments: readonly AddedComment[] }
  | { readonly kind: "unsupported"; readonly reason: string; readonly actions: number }
  | { readonly kind: "failed"; readonly message: string; readonly actions: number };

/** Whether the host can @mention people, and why not. */
export type MentionSupport =
  { readonly supported: true } | { readonly supported: false; readonly reason: string };

/** What the host did with the comments: the row of each (null where it added none) or why it could not. */
export interface CommentsWritten {
  readonly commentRows: readonly (number | null)[];
  readonly commentsError: string | null;
}

/** A comment on each added action's Account cell, at the row `rowOf` gives it. */
export function commentsOnAddedRows(
  sheetName: string,
  area: TableArea,
  added: readonly ActionRecord[],
  rowOf: (record: ActionRecord) => CellComment["at"]
): NewActionComment[] {
  const col = Math.max(0, area.columnOf(actionHeader("account")));
  return added.map((record) => ({
    record,
    comment: {
      sheetName,
      at: rowOf(record),
      col,
      comment: actionComment(record, dueText(record.dueDate)),
    },
  }));
}

function dueText(due: SheetValue): string {
  if (typeof due === "number") return isoFromSerial(due);
  return due === null ? "" : String(due);
}

export function commentsOutcome(
  actions: number,
  support: MentionSupport,
  comments: readonly NewActionComment[],
  written: CommentsWritten
): CommentsOutcome {
  if (actions === 0) return { kind: "none" };
  if (!support.supported) return { kind: "unsupported", reason: support.reason, actions };
  if (written.commentsError !== null)
    return {
      kind: "failed",
      message: `Excel did not add the comments that notify assignees of new actions: ${written.commentsError}`,
      actions,
    };
  return {
    kind: "added",
    comments: comments.flatMap(({ record, comment }, i) => {
      const row = written.commentRows[i];
      if (row === null) return [];
      const sheet = `'${comment.sheetName.replace(/'/g, "''")}'`;
      return [
        {
          key: record.key,
          account: record.account,
          cell: `${sheet}!${columnLetter(comment.col)}${row + 1}`,
          mentioned: comment.comment.mentions.map((m) => m.email),
        },
      ];
    }),
  };
}
