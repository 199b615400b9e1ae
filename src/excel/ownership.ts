/// <reference types="office-js" />
/* global Excel */
/**
 * Which worksheets the add-in owns. A result sheet carries a worksheet-level custom property
 * (ExcelApi 1.12) that travels with the sheet inside the file; the add-in deletes or rewrites only
 * sheets that carry it, so a user's sheet that happens to share a result sheet's name is never
 * touched.
 */
import { nameKey } from "./sheet-names";

export const OWNER_PROPERTY = "UAA.Owner";
export const OWNER_VALUE = "Unprofitable Account Agent";
/** Sheets under construction; a run that died half-way leaves them behind, owned, for the next run to remove. */
export const TEMP_SHEET_PREFIX = "UAA tmp ";
export const TEMP_TABLE_PREFIX = "UAA_tmp_";

export interface SheetInfo {
  readonly name: string;
  readonly position: number;
  readonly owned: boolean;
  readonly tables: readonly string[];
}

export interface WorkbookInventory {
  readonly sheets: readonly SheetInfo[];
  /** Workbook-level defined names, which share one namespace with table names. */
  readonly definedNames: readonly string[];
}

export function markAsOwned(sheet: Excel.Worksheet): void {
  sheet.customProperties.add(OWNER_PROPERTY, OWNER_VALUE);
}

/** Two syncs whatever the number of sheets: sheet names first, then every sheet's marker and tables. */
export async function loadInventory(context: Excel.RequestContext): Promise<WorkbookInventory> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name, items/position");
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  const probes = worksheets.items.map((sheet) => {
    const marker = sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY);
    marker.load("value");
    sheet.tables.load("items/name");
    return { sheet, marker };
  });
  await context.sync();
  return {
    sheets: probes.map(({ sheet, marker }) => ({
      name: sheet.name,
      position: sheet.position,
      owned: !marker.isNullObject && marker.value === OWNER_VALUE,
      tables: sheet.tables.items.map((table) => table.name),
    })),
    definedNames: names.items.map((item) => item.name),
  };
}

export function findSheet(inventory: WorkbookInventory, name: string): SheetInfo | undefined {
  const key = nameKey(name);
  return inventory.sheets.find((sheet) => nameKey(sheet.name) === key);
}
