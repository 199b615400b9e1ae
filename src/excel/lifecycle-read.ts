/// <reference types="office-js" />
/* global Excel */
/**
 * Reads the agent's lifecycle from the open workbook: the Actions, Run Log and Agent Status
 * sheets the add-in owns (ownership.ts), from A1, values (and the Actions sheet's number formats,
 * since Office.js gives dates as plain numbers). One Excel.run: where the sheets and their used
 * ranges are, then each sheet in blocks of rows (used-range-rows.ts), so a long Run Log stays
 * within Excel on the web's payload limit.
 *
 * A user's own sheet called "Actions" is never read nor written: the add-in's is then
 * "Actions (2)", found by the same rule the writer uses to name it (plan-result-sheets.ts).
 */
import { localTimeZone } from "../core/agent/lifecycle";
import { readLifecycle, type WorkbookLifecycle } from "../core/agent/lifecycle";
import type { KeptSheet } from "../core/report/lifecycle/sheet-names";
import { lifecycleSheetNames, sheetPrefixOf } from "../core/report/agent-sheet-names";
import type { AgentDocument } from "../core/model/document";
import type { CellValue } from "../core/model/cells";
import { toCellRows } from "./cell-values";
import {
  findSheet,
  loadInventory,
  ownedBy,
  type SheetInfo,
  type WorkbookInventory,
} from "./ownership";
import { firstFreeName, suffixedSheetName } from "./sheet-names";
import { locateUsedRanges, readUsedRows, type UsedRows } from "./used-range-rows";

export interface LifecycleSheet {
  /** The worksheet's name: the lifecycle name, or a suffixed one when a user's sheet has it. */
  readonly name: string;
  /** Tables on the sheet, to extend the one under the header when rows are added. */
  readonly tables: readonly string[];
  /** The sheet's cells from A1 down to its last used row (values only: empty rows come back empty). */
  readonly cells: readonly (readonly CellValue[])[];
  /** Number formats of the same cells (Actions only), so date columns users added stay dates. */
  readonly numberFormats: readonly (readonly string[])[] | null;
}

export interface LifecycleInWorkbook {
  readonly lifecycle: WorkbookLifecycle;
  /** The zone recorded at submission, else the fallback (the machine's). */
  readonly timeZone: string;
  /** The add-in's own sheets as found; null when the workbook has none yet. */
  readonly sheets: Readonly<Record<KeptSheet, LifecycleSheet | null>>;
}

const KEPT: readonly KeptSheet[] = ["actions", "runLog", "agentStatus"];

/**
 * The add-in's sheet for a lifecycle sheet name: the first of `Actions`, `Actions (2)`, ... that
 * is not a user's sheet, if it exists; null when none does (the writer will create it there).
 */
export function ownedLifecycleSheet(
  inventory: WorkbookInventory,
  name: string,
  agentPrefix = ""
): SheetInfo | null {
  const chosen = firstFreeName(name, suffixedSheetName, (candidate) => {
    const existing = findSheet(inventory, candidate);
    return !existing || ownedBy(existing, agentPrefix);
  });
  return findSheet(inventory, chosen) ?? null;
}

/**
 * `agent`: whose lifecycle (several agents in one workbook each keep their own sheets, named with
 * the agent's sheet prefix); the first agent's when not given.
 */
export async function readLifecycleFromWorkbook(
  fallbackTimeZone: string = localTimeZone(),
  agent: Pick<AgentDocument, "sheetPrefix"> = {}
): Promise<LifecycleInWorkbook> {
  const names = lifecycleSheetNames(agent);
  const sheets = await Excel.run(async (context) => {
    const inventory = await loadInventory(context);
    const infos = KEPT.map((key) =>
      ownedLifecycleSheet(inventory, names[key], sheetPrefixOf(agent))
    );
    const worksheets = infos.map((info) =>
      info ? context.workbook.worksheets.getItem(info.name) : null
    );
    const used = await locateUsedRanges(context, worksheets);
    const found = {} as Record<KeptSheet, LifecycleSheet | null>;
    for (const [i, key] of KEPT.entries()) {
      const info = infos[i];
      const sheet = worksheets[i];
      const range = used[i];
      const rows =
        sheet && range ? await readUsedRows(context, sheet, range, key === "actions") : null;
      found[key] = info ? lifecycleSheet(info, rows, key === "actions") : null;
    }
    return found;
  });
  const { lifecycle, timeZone } = readLifecycle(
    {
      actions: sheets.actions?.cells ?? null,
      actionsNumberFormats: sheets.actions?.numberFormats ?? undefined,
      runLog: sheets.runLog?.cells ?? null,
      agentStatus: sheets.agentStatus?.cells ?? null,
    },
    fallbackTimeZone
  );
  return { lifecycle, timeZone, sheets };
}

/** A sheet as read: its cells from A1, and its number formats for the Actions sheet. */
function lifecycleSheet(
  info: SheetInfo,
  rows: UsedRows | null,
  withFormats: boolean
): LifecycleSheet {
  const cells = rows ? fromA1(toCellRows(rows.values), rows.rowIndex, rows.columnIndex, null) : [];
  const numberFormats = !withFormats
    ? null
    : rows
      ? fromA1(rows.numberFormat as string[][], rows.rowIndex, rows.columnIndex, "General")
      : [];
  return { name: info.name, tables: info.tables, cells, numberFormats };
}

/** A used range's rows as if read from A1: the rows and columns above and left of it blank. */
function fromA1<T>(
  rows: readonly (readonly T[])[],
  rowIndex: number,
  columnIndex: number,
  blank: T
): T[][] {
  const pad = Array.from({ length: columnIndex }, () => blank);
  return [
    ...Array.from({ length: rowIndex }, () => [] as T[]),
    ...rows.map((row) => [...pad, ...row]),
  ];
}
