/**
 * The fields of an action an owner's workbook brings back (status, notes, due date), and when two
 * of their values are the same as the team means it, so a retyped "done" is no edit of "Done".
 */
import { statusOf } from "../model/action-record";
import type { SheetValue } from "../model/sheet";

export const COLLECTED_FIELDS = ["status", "notes", "dueDate"] as const;
export type CollectedField = (typeof COLLECTED_FIELDS)[number];

/** Equal as the team means them: statuses ignoring case (blank is Open), text trimmed, dates by day. */
export function sameValue(field: CollectedField, a: SheetValue, b: SheetValue): boolean {
  if (field === "status")
    return (
      (statusOf({ status: text(a) }) ?? text(a).toLowerCase()) ===
      (statusOf({ status: text(b) }) ?? text(b).toLowerCase())
    );
  if (field === "dueDate" && typeof a === "number" && typeof b === "number")
    return Math.floor(a) === Math.floor(b);
  return text(a) === text(b);
}

export function text(value: SheetValue): string {
  return value === null ? "" : String(value).trim();
}
