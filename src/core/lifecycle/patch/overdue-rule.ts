/**
 * The live form of the overdue highlight (work-list.ts isOverdue: status Open, blank counting as
 * Open, and a due date before the day), as a conditional-format formula relative to the first
 * data row. TODAY() keeps it true to the day between runs; the static fill of a run would not.
 */
import { columnLetter } from "../../read/mapping/header-label";
import { actionHeader } from "../../report/lifecycle/action-columns";
import type { TableArea } from "./sheet-area";

export function overdueFormula(area: TableArea, firstDataRow: number): string | null {
  const status = area.columnOf(actionHeader("status"));
  const due = area.columnOf(actionHeader("dueDate"));
  if (status < 0 || due < 0) return null;
  const s = `$${columnLetter(status)}${firstDataRow + 1}`;
  const d = `$${columnLetter(due)}${firstDataRow + 1}`;
  return `=AND(OR(TRIM(${s})="Open",TRIM(${s})=""),ISNUMBER(${d}),${d}<TODAY())`;
}
