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
/**
 * With several agents in a workbook, whose sheet it is: the agent's sheet prefix
 * (core/report/agent-sheet-names.ts). Absent on the first agent's sheets, so sheets written before
 * several agents existed are the first agent's.
 */
export const AGENT_PROPERTY = "UAA.AgentSheets";
/** Sheets under construction; a run that died half-way leaves them behind, owned, for the next run to remove. */
export const TEMP_SHEET_PREFIX = "UAA tmp ";
export const TEMP_TABLE_PREFIX = "UAA_tmp_";

export interface SheetInfo {
  readonly name: string;
  readonly position: number;
  readonly owned: boolean;
  /** The sheet prefix of the agent that owns it ("" = the first agent); "" when not owned. */
  readonly agent: string;
  readonly tables: readonly string[];
}

export interface WorkbookInventory {
  readonly sheets: readonly SheetInfo[];
  /** Workbook-level defined names, which share one namespace with table names. */
  readonly definedNames: readonly string[];
}

export function markAsOwned(sheet: Excel.Worksheet, agentPrefix = ""): void {
  sheet.customProperties.add(OWNER_PROPERTY, OWNER_VALUE);
  if (agentPrefix !== "") sheet.customProperties.add(AGENT_PROPERTY, agentPrefix);
}

/** An owned sheet of the agent with this prefix: one it may replace or delete. */
export function ownedBy(sheet: SheetInfo, agentPrefix: string): boolean {
  return sheet.owned && sheet.agent === agentPrefix;
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
    const agent = sheet.customProperties.getItemOrNullObject(AGENT_PROPERTY);
    agent.load("value");
    sheet.tables.load("items/name");
    return { sheet, marker, agent };
  });
  await context.sync();
  return {
    sheets: probes.map(({ sheet, marker, agent }) => ({
      name: sheet.name,
      position: sheet.position,
      owned: !marker.isNullObject && marker.value === OWNER_VALUE,
      agent: agent.isNullObject ? "" : String(agent.value),
      tables: sheet.tables.items.map((table) => table.name),
    })),
    definedNames: names.items.map((item) => item.name),
  };
}

export function findSheet(inventory: WorkbookInventory, name: string): SheetInfo | undefined {
  const key = nameKey(name);
  return inventory.sheets.find((sheet) => nameKey(sheet.name) === key);
}
