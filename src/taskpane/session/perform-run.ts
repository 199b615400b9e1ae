/**
 * One run of the agent, as the Run button and the schedule perform it: read the source afresh,
 * parse and compute, build the result sheets (with the lifecycle sheets where the host delivers
 * them together), then hand them to the host (written into the workbook, or rendered as a
 * workbook to download). Cancel is checked between blocks; a cancelled or failed run leaves the
 * workbook as it was (the hosts write all or nothing).
 */
import type { AgentDocument } from "../../core/model/document";
import { CancelledError } from "../../core/model/errors";
import type { AddLifecycleSheets, ProgressOptions, RunOutput, TaskPaneHost } from "../host/host";
import { loadEngine } from "../run/load-engine";

export async function performRun(
  host: TaskPaneHost,
  doc: AgentDocument,
  options: ProgressOptions & { readonly add: AddLifecycleSheets | null; readonly today?: Date }
): Promise<RunOutput> {
  const { onProgress, isCancelled } = options;
  onProgress?.({ phase: "reading", done: 0, total: null });
  const sheet = await host.readSource(doc.source.sheet, { onProgress, isCancelled });
  const engine = await loadEngine();
  const result = await engine.runAgent(sheet, doc, {
    onProgress,
    isCancelled,
    today: options.today ?? new Date(),
    loadSheet: (name) => host.loadSheet(name),
  });
  if (isCancelled?.()) throw new CancelledError();
  const resultSheets = engine.buildResultSheets(result, doc);
  const sheets = options.add ? options.add(result, resultSheets) : resultSheets;
  onProgress?.({ phase: "writing", done: 0, total: sheets.length });
  const delivered = await host.deliverResults(sheets, {
    onProgress,
    isCancelled,
    anchorDate: result.parameters.anchorDate,
    agentName: doc.name,
  });
  return { result, delivered };
}
