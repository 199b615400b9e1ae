/// <reference types="office-js" />
/* global Excel */
/**
 * Deleting an agent of a workbook that holds several deletes the sheets that are its own, and no
 * others: owned by the add-in and marked with the agent's sheet prefix (ownership.ts), "" for the
 * first agent's (sheets written before several agents existed carry no mark). One Excel.run.
 */
import { loadInventory, ownedBy, TEMP_SHEET_PREFIX } from "./ownership";

/** The names of the sheets deleted. */
export async function deleteAgentSheets(agentPrefix: string): Promise<string[]> {
  return Excel.run(async (context) => {
    const inventory = await loadInventory(context);
    const doomed = inventory.sheets.filter(
      (sheet) => ownedBy(sheet, agentPrefix) && !sheet.name.startsWith(TEMP_SHEET_PREFIX)
    );
    if (doomed.length === 0) return [];
    // Excel keeps at least one sheet in a workbook: when all were the agent's, a blank one stays.
    if (doomed.length === inventory.sheets.length) context.workbook.worksheets.add();
    for (const sheet of doomed) context.workbook.worksheets.getItem(sheet.name).delete();
    await context.sync();
    return doomed.map((sheet) => sheet.name);
  });
}
