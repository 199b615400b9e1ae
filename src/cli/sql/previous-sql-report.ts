/**
 * What a run as SQL finds in the report it is about to replace. The SQL engines carry no
 * lifecycle on (no Actions, no approval): over a report holding the team's actions or an
 * approval that would lose the team's edits (SPEC: a re-run never destroys what users typed), so
 * it is refused unless --force. A report the SQL path wrote itself holds only a Run Log: it is
 * replaced, and its log carried on.
 */
import { EMPTY_LIFECYCLE, readLifecycle, type WorkbookLifecycle } from "../../core/agent/lifecycle";
import { AgentInputError } from "../../core/model/errors";
import type { OutputTarget } from "../files/output-targets";
import type { CliIo } from "../io";
import { readLifecycleCells } from "../lifecycle/previous-report";

export async function previousSqlLifecycle(
  report: OutputTarget,
  force: boolean,
  timeZone: string,
  io: CliIo
): Promise<WorkbookLifecycle> {
  // checkOutputs let an existing file through only as the agent's report, or with --force.
  if (report.state === null || !report.state.isFile) return EMPTY_LIFECYCLE;
  let lifecycle: WorkbookLifecycle;
  try {
    const cells = await readLifecycleCells(await io.readFile(report.path), report.shownPath);
    lifecycle = readLifecycle(cells, timeZone).lifecycle;
  } catch (error) {
    // --force replaces a file that is not a readable report: there is no log to carry on.
    if (force) return EMPTY_LIFECYCLE;
    throw error;
  }
  const teamWork = lifecycle.actions.records.length > 0 || lifecycle.approvalHistory.length > 0;
  if (teamWork && !force)
    throw new AgentInputError(
      `'${report.shownPath}' is a report whose Actions, Run Log and Agent Status the SQL engines do not carry on; replacing it would lose the team's edits, so it is not replaced. Choose another --out path, run without --engine/--database to carry them on, or add --force to replace it.`
    );
  return { ...EMPTY_LIFECYCLE, runLog: lifecycle.runLog };
}
