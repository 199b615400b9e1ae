/**
 * The Actions sheet: the team's work list, the engine's columns (action-columns.ts) then any
 * columns users added, in their order. Which rows are open and overdue is the lifecycle's to say
 * (lifecycle/work-list.ts); the sheet shows it: counts in the title, overdue rows highlighted.
 */
import type { ActionTable } from "../../model/action-record";
import {
  tablePlacement,
  type SheetColumn,
  type SheetDescription,
  type SheetRow,
  type SheetValue,
} from "../../model/sheet";
import { extraValue } from "../../model/action-record";
import { placedFormulas } from "./action-formulas";
import { ACTION_COLUMNS, sheetValue } from "./action-columns";
import { moneyText } from "./money-text";
import { LIFECYCLE_SHEETS } from "./sheet-names";

export interface ActionsSheetFacts {
  /** Heading of the run, e.g. "Run of 2025-10-21 11:01 (schedule, Europe/Berlin)". */
  readonly runLabel: string;
  /** Indexes of the records that are open and past their due date. */
  readonly overdueRows: readonly number[];
  /** Open actions (rows with a key) and the impact expected of them. */
  readonly open: number;
  readonly openExpectedRevenue: number;
  readonly openExpectedProfit: number;
}

/**
 * `sheetName`: the name the sheet gets in the workbook, the agent's own ("Trend Actions" once
 * report/agent-sheet-names.ts prefixes it), so the team's formulas that point into it follow their
 * cells. The description itself keeps the base name; forAgent renames it.
 */
export function actionsSheet(
  table: ActionTable,
  facts: ActionsSheetFacts,
  sheetName: string = LIFECYCLE_SHEETS.actions
): SheetDescription {
  const extraColumns: SheetColumn[] = table.extraColumns.map((extra, index) => ({
    key: extraKey(index),
    header: extra.header,
    format: extra.isDate ? "date" : "text",
  }));
  const overdue = facts.overdueRows;
  const notes = [
    `${facts.runLabel}. Status, Owner and Notes are yours, as are Summary, Description, Assignee and Due Date once created; runs never overwrite them.`,
    `Expected impact of open actions: revenue ${moneyText(facts.openExpectedRevenue)}, profit ${moneyText(facts.openExpectedProfit)}.`,
  ];
  const columns = [...ACTION_COLUMNS.map((c) => c.column), ...extraColumns];
  const rows = table.records.map((record): SheetRow => {
    const row: Record<string, SheetValue> = {};
    for (const { field, column } of ACTION_COLUMNS) row[column.key] = sheetValue(record, field);
    table.extraColumns.forEach((extra, index) => {
      row[extraKey(index)] = extraValue(record, extra.header);
    });
    return row;
  });
  const formulas = placedFormulas(
    table,
    columns,
    rows,
    tablePlacement({ notes }).headerRow,
    sheetName
  );
  return {
    name: LIFECYCLE_SHEETS.actions,
    title: `Actions: ${facts.open} open, ${overdue.length} overdue`,
    notes,
    table: {
      name: "Actions",
      columns,
      rows,
      highlights: overdue.length > 0 ? [{ kind: "rows", rows: overdue, style: "bad" }] : [],
      ...(formulas ? { formulas } : {}),
    },
  };
}

/** Row keys of added columns cannot clash with the engine's (a user may name a column "Status 2" or "Key"). */
function extraKey(index: number): string {
  return `extra:${index}`;
}
