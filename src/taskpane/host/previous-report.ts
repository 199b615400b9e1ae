/**
 * The lifecycle sheets of an uploaded report (src/xlsx/read-lifecycle.ts), with the pane's advice
 * when the upload is not a report of the agent.
 */
import type { LifecycleCells } from "../../core/agent/lifecycle";
import { LIFECYCLE_SHEETS } from "../../core/report/lifecycle/sheet-names";
import { AgentInputError } from "../../core/model/errors";
import { readLifecycleSheets, WorkbookReadError } from "../../xlsx/read-lifecycle";

export async function readLifecycleCells(
  bytes: Uint8Array,
  fileName: string
): Promise<LifecycleCells> {
  let cells: LifecycleCells;
  try {
    cells = await readLifecycleSheets(bytes);
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    throw new AgentInputError(
      `'${fileName}' could not be read as an .xlsx workbook (${error.detail}); upload a report the agent made, as downloaded or as Excel saved it.`
    );
  }
  if (!cells.actions && !cells.runLog && !cells.agentStatus) {
    throw new AgentInputError(
      `'${fileName}' has no ${LIFECYCLE_SHEETS.actions}, ${LIFECYCLE_SHEETS.runLog} or ${LIFECYCLE_SHEETS.agentStatus} sheet, so it is not a report of the agent: upload the report you downloaded after a run (it may have been edited).`
    );
  }
  return cells;
}
