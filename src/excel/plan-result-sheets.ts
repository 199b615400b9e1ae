/**
 * Decides, before anything is written, under which names each result sheet and its table will
 * end up, which owned sheet each one replaces, and which temporary names are used while building.
 * Pure, so the ownership rules are tested without Excel.
 */
import type { SheetDescription } from "../core/model/sheet";
import {
  findSheet,
  ownedBy,
  TEMP_SHEET_PREFIX,
  TEMP_TABLE_PREFIX,
  type WorkbookInventory,
} from "./ownership";
import {
  firstFreeName,
  nameKey,
  sheetNameProblem,
  suffixedSheetName,
  suffixedTableName,
} from "./sheet-names";

export interface SheetPlan {
  readonly description: SheetDescription;
  /** Where the sheet is built; renamed to `sheetName` once every sheet is built. */
  readonly tempSheetName: string;
  readonly tempTableName: string;
  readonly sheetName: string;
  readonly tableName: string;
  /** The owned sheet this one replaces (deleted at the swap), or null. */
  readonly replaces: { readonly name: string; readonly position: number } | null;
  /** Said to the user when the sheet or table had to take another name. */
  readonly notice: string | null;
}

export function planResultSheets(
  descriptions: readonly SheetDescription[],
  inventory: WorkbookInventory,
  stamp: string
): SheetPlan[] {
  const seen = new Set<string>();
  for (const description of descriptions) {
    const problem = sheetNameProblem(description.name);
    if (problem) throw new Error(`Cannot write result sheet: ${problem}.`);
    const key = nameKey(description.name);
    if (seen.has(key)) throw new Error(`Two result sheets are both named '${description.name}'.`);
    seen.add(key);
  }

  const chosenSheets = new Set<string>();
  const sheetPlans = descriptions.map((description) => {
    const sheetName = firstFreeName(description.name, suffixedSheetName, (candidate) => {
      if (chosenSheets.has(nameKey(candidate))) return false;
      const existing = findSheet(inventory, candidate);
      // Another agent's sheet is as untouchable as a user's (several agents in one workbook).
      return !existing || ownedBy(existing, description.agentPrefix ?? "");
    });
    chosenSheets.add(nameKey(sheetName));
    const existing = findSheet(inventory, sheetName);
    return {
      description,
      sheetName,
      replaces: existing ? { name: existing.name, position: existing.position } : null,
    };
  });

  // Tables on the sheets being replaced disappear at the swap, so their names become free.
  const replaced = new Set(
    sheetPlans.flatMap((plan) => (plan.replaces ? [nameKey(plan.replaces.name)] : []))
  );
  const takenTables = new Set<string>([
    ...inventory.definedNames.map(nameKey),
    ...inventory.sheets
      .filter((sheet) => !replaced.has(nameKey(sheet.name)))
      .flatMap((sheet) => sheet.tables.map(nameKey)),
  ]);

  return sheetPlans.map((plan, index) => {
    const wanted = plan.description.table.name;
    const tableName = firstFreeName(
      wanted,
      suffixedTableName,
      (candidate) => !takenTables.has(nameKey(candidate))
    );
    takenTables.add(nameKey(tableName));
    const notices: string[] = [];
    if (nameKey(plan.sheetName) !== nameKey(plan.description.name)) {
      const taken = findSheet(inventory, plan.description.name);
      const whose = taken?.owned
        ? "of another agent of this workbook"
        : "that the add-in did not create";
      notices.push(
        `A sheet named '${plan.description.name}' ${whose} is in the workbook, so it was left alone and the results were written to '${plan.sheetName}'.`
      );
    }
    if (nameKey(tableName) !== nameKey(wanted)) {
      notices.push(
        `The name '${wanted}' is already used in the workbook, so the table is named '${tableName}'.`
      );
    }
    return {
      ...plan,
      tableName,
      tempSheetName: `${TEMP_SHEET_PREFIX}${stamp} ${index + 1}`,
      tempTableName: `${TEMP_TABLE_PREFIX}${stamp}_${index + 1}`,
      notice: notices.length > 0 ? notices.join(" ") : null,
    };
  });
}
