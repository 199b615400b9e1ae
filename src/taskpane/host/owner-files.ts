/**
 * The owners' workbooks as files, in the xlsx chunk: one zip of them to download (stored, not
 * compressed again: a workbook is a zip already), and a returned workbook's Actions sheet read
 * back as the action list collecting compares with the master.
 */
import { zipSync, type Zippable } from "fflate";
import { EMPTY_LIFECYCLE, readLifecycle } from "../../core/agent/lifecycle";
import type { ActionTable } from "../../core/model/action-record";
import { AgentInputError } from "../../core/model/errors";
import { patchWorksheetCells } from "../../xlsx/patch-cells";
import { readLifecycleSheets } from "../../xlsx/read-lifecycle";
import type { OwnerWorkbookFile } from "./host";

export { patchWorksheetCells };

export function zipWorkbooks(files: readonly OwnerWorkbookFile[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) entries[file.fileName] = [file.bytes, { level: 0 }];
  return zipSync(entries);
}

/** The returned workbook's actions; one without an Actions sheet has none. */
export async function returnedActions(bytes: Uint8Array, fileName: string): Promise<ActionTable> {
  try {
    const cells = await readLifecycleSheets(bytes);
    return cells.actions ? readLifecycle(cells, "UTC").lifecycle.actions : EMPTY_LIFECYCLE.actions;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new AgentInputError(`Returned workbook '${fileName}' cannot be read: ${why}`);
  }
}
