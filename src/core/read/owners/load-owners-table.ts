/**
 * The owners table read whole from a source sheet (a sheet of the workbook, or a CSV file),
 * as every host reads it. The default sheet may be missing (then there is no table); a sheet
 * the user named may not.
 */
import type { RowBlock } from "../../model/cells";
import { AgentInputError } from "../../model/errors";
import type { SourceSheet } from "../../model/source";
import { readOwnersTable, type OwnersTable } from "./owners-table";

export const DEFAULT_OWNERS_SHEET = "Owners";

export async function loadOwnersTable(
  loadSheet: (name: string) => Promise<SourceSheet>,
  sheetName: string | undefined
): Promise<OwnersTable | null> {
  let sheet: SourceSheet;
  try {
    sheet = await loadSheet(sheetName ?? DEFAULT_OWNERS_SHEET);
  } catch (error) {
    if (sheetName === undefined && error instanceof AgentInputError) return null;
    throw error;
  }
  return ownersTableOf(sheet);
}

/** A sheet already open, read as the owners table; `place` names it in messages. */
export async function ownersTableOf(sheet: SourceSheet, place?: string): Promise<OwnersTable> {
  const blocks: RowBlock[] = [];
  for await (const block of sheet.blocks) blocks.push(block);
  return readOwnersTable({
    name: sheet.name,
    headers: sheet.headers,
    blocks,
    ...(place ? { place } : {}),
  });
}
