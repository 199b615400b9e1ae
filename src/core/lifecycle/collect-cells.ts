/**
 * The master Actions sheet's cells a collect changes: one cell per taken update, at the row the
 * action was read from and the column its header is in now (the team may have moved columns).
 * Only those cells are written; everything else in the report stays as it is.
 */
import type { CellRow } from "../model/cells";
import { AgentInputError } from "../model/errors";
import type { ColumnFormat, SheetValue } from "../model/sheet";
import { actionHeader } from "../report/lifecycle/action-columns";
import { IDENTIFYING_HEADERS, LIFECYCLE_SHEETS } from "../report/lifecycle/sheet-names";
import type { FieldUpdate } from "./collect-returns";
import { findTable } from "./sheet-table";

export interface CellWrite {
  /** 0-based row and column of the sheet. */
  readonly row: number;
  readonly col: number;
  readonly value: SheetValue;
  readonly format: ColumnFormat;
}

export function collectCells(
  masterCells: readonly CellRow[],
  updates: readonly FieldUpdate[]
): CellWrite[] {
  const table = findTable(LIFECYCLE_SHEETS.actions, masterCells, IDENTIFYING_HEADERS.actions);
  if (!table && updates.length > 0)
    throw new AgentInputError("The report has no Actions sheet to collect the workbooks into.");
  return updates.map((update) => {
    const header = actionHeader(update.field);
    const col = table!.indexOf(header);
    if (col < 0 || update.sheetRow === undefined)
      throw new AgentInputError(
        `The report's Actions sheet has no '${header}' column for ${update.key}; put the column back, then collect again.`
      );
    const isDate = update.field === "dueDate" && typeof update.to === "number";
    return {
      row: update.sheetRow,
      col,
      value: update.to,
      format: isDate ? "date" : "text",
    };
  });
}
