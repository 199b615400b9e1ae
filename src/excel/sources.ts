/// <reference types="office-js" />
/* global Excel */
/** What the user can pick as the transaction source: worksheets and Excel tables, minus the add-in's own result sheets. */
import { loadInventory } from "./ownership";

export interface SourceList {
  readonly sheets: string[];
  readonly tables: { readonly name: string; readonly sheet: string }[];
}

export async function listSources(): Promise<SourceList> {
  return Excel.run(async (context) => {
    const inventory = await loadInventory(context);
    const userSheets = inventory.sheets.filter((sheet) => !sheet.owned);
    return {
      sheets: userSheets.map((sheet) => sheet.name),
      tables: userSheets.flatMap((sheet) =>
        sheet.tables.map((table) => ({ name: table, sheet: sheet.name }))
      ),
    };
  });
}
