/**
 * The least a host must write to bring the team's Actions sheet up to date: the engine's cells
 * that changed on rows already there, and the new rows. In a workbook people edit at the same
 * time (co-authoring), patching these cells leaves every other cell, and whatever someone typed
 * into it meanwhile, alone; rewriting the whole sheet would not.
 */
import type { ColumnFormat, SheetValue } from "../model/sheet";
import { extraValue, type ActionTable } from "../model/action-record";
import { ACTION_COLUMNS, sheetValue } from "../report/lifecycle/action-columns";

export interface CellUpdate {
  /** Index into the sheet's rows as read (0 = row 1). */
  readonly sheetRow: number;
  /** Header of the column to write, as ACTION_COLUMNS names it. */
  readonly header: string;
  readonly value: SheetValue;
  readonly format: ColumnFormat;
}

export interface ActionsPatch {
  readonly updates: readonly CellUpdate[];
  /** Rows to add below the table, as header -> value (engine columns and added columns). */
  readonly appended: readonly Readonly<Record<string, SheetValue>>[];
}

/** `before`: the table as read (records carry sheetRow); `after`: reconcileActions' table. */
export function actionsPatch(before: ActionTable, after: ActionTable): ActionsPatch {
  const read = new Map(
    before.records.flatMap((r) => (r.sheetRow === undefined ? [] : [[r.sheetRow, r] as const]))
  );
  const updates: CellUpdate[] = [];
  const appended: Record<string, SheetValue>[] = [];
  for (const record of after.records) {
    const old = record.sheetRow === undefined ? undefined : read.get(record.sheetRow);
    if (!old) {
      const row: Record<string, SheetValue> = Object.create(null) as Record<string, SheetValue>;
      for (const { field, column } of ACTION_COLUMNS)
        row[column.header] = sheetValue(record, field);
      for (const extra of after.extraColumns) row[extra.header] = extraValue(record, extra.header);
      appended.push(row);
      continue;
    }
    for (const { field, column } of ACTION_COLUMNS) {
      const value = sheetValue(record, field);
      if (value !== sheetValue(old, field))
        updates.push({
          sheetRow: old.sheetRow!,
          header: column.header,
          value,
          format: column.format,
        });
    }
  }
  return { updates, appended };
}
