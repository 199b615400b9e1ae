/// <reference types="office-js" />
/* global Excel */
/**
 * Reads the agent's lifecycle from the open workbook: the Actions, Run Log and Agent Status
 * sheets the add-in owns (ownership.ts), from A1, values (and the Actions sheet's number formats,
 * since Office.js gives dates as plain numbers). One Excel.run, three syncs whatever the sheets.
 *
 * A user's own sheet called "Actions" is never read nor written: the add-in's is then
 * "Actions (2)", found by the same rule the writer uses to name it (plan-result-sheets.ts).
 */
import { localTimeZone } from "../core/agent/lifecycle";
import { readLifecycle, type WorkbookLifecycle } from "../core/agent/lifecycle";
import { LIFECYCLE_SHEETS, type KeptSheet } from "../core/report/lifecycle/sheet-names";
import type { CellValue } from "../core/model/cells";
import { toCellRows } from "./cell-values";
import { findSheet, loadInventory, type SheetInfo, type WorkbookInventory } from "./ownership";
import { firstFreeName, suffixedSheetName } from "./sheet-names";

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
export function ownedLifecycleSheet(inventory: WorkbookInventory, name: string): SheetInfo | null {
  const chosen = firstFreeName(name, suffixedSheetName, (candidate) => {
    const existing = findSheet(inventory, candidate);
    return !existing || existing.owned;
  });
  return findSheet(inventory, chosen) ?? null;
}

export async function readLifecycleFromWorkbook(
  fallbackTimeZone: string = localTimeZone()
): Promise<LifecycleInWorkbook> {
  const sheets = await Excel.run(async (context) => {
    const inventory = await loadInventory(context);
    const probes = KEPT.map((key) => {
      const info = ownedLifecycleSheet(inventory, LIFECYCLE_SHEETS[key]);
      if (!info) return { key, info: null, used: null };
      // valuesOnly: cells that are merely formatted (a drop-down, a fill) do not stretch the area.
      const used = context.workbook.worksheets.getItem(info.name).getUsedRangeOrNullObject(true);
      if (key === "actions") used.load("values, numberFormat, rowIndex, columnIndex");
      else used.load("values, rowIndex, columnIndex");
      return { key, info, used };
    });
    await context.sync();
    const found = {} as Record<KeptSheet, LifecycleSheet | null>;
    for (const { key, info, used } of probes) {
      if (!info || !used) {
        found[key] = null;
        continue;
      }
      const blank = used.isNullObject;
      found[key] = {
        name: info.name,
        tables: info.tables,
        cells: blank ? [] : fromA1(toCellRows(used.values), used.rowIndex, used.columnIndex, null),
        numberFormats:
          key !== "actions"
            ? null
            : blank
              ? []
              : fromA1(used.numberFormat as string[][], used.rowIndex, used.columnIndex, "General"),
      };
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
