/**
 * The lifecycle as the pane shows it, from what a host read (the workbook's sheets, or the
 * previous report's): shared by both hosts so they describe it alike.
 */
import { workListCounts } from "../../core/agent/lifecycle";
import { approvalOf, type WorkbookLifecycle } from "../../core/agent/lifecycle";
import type { AgentDocument } from "../../core/model/document";
import type { LifecycleView } from "./host";

export function lifecycleView(
  lifecycle: WorkbookLifecycle,
  doc: AgentDocument,
  timeZone: string,
  continuedFrom: string | null
): LifecycleView {
  return {
    approval: approvalOf(lifecycle),
    timeZone,
    runLog: lifecycle.runLog,
    actions: workListCounts(lifecycle.actions.records, doc.name),
    continuedFrom,
  };
}
