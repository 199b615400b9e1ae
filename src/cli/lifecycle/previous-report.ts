/** The lifecycle sheets of the previous report, with the command line's advice when it cannot be read. */
import type { LifecycleCells } from "../../core/agent/lifecycle";
import { AgentInputError } from "../../core/model/errors";
import type { AgentDocument } from "../../core/model/document";
import { readLifecycleSheets, WorkbookReadError } from "../../xlsx/read-lifecycle";

export async function readLifecycleCells(
  bytes: Uint8Array,
  path: string,
  agent: Pick<AgentDocument, "sheetPrefix"> = {}
): Promise<LifecycleCells> {
  try {
    return await readLifecycleSheets(bytes, agent);
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    throw new AgentInputError(
      `The previous report '${path}' could not be read as an .xlsx workbook (${error.detail}), ` +
        "so the team's actions in it cannot be carried on; repair or move it, or name another with --actions-from."
    );
  }
}
