/**
 * The lifecycle as the pane shows it, from what a host read (the workbook's sheets, or the
 * previous report's): shared by both hosts so they describe it alike.
 */
import type { AgentDocument } from "../../core/model/document";
import { statusOf } from "../../core/lifecycle/action-record";
import { approvalOf, type WorkbookLifecycle } from "../../core/lifecycle/workbook-lifecycle";
import type { LifecycleView } from "./host";

export function lifecycleView(
  lifecycle: WorkbookLifecycle,
  doc: AgentDocument,
  timeZone: string,
  continuedFrom: string | null
): LifecycleView {
  const mine = lifecycle.actions.records.filter((r) => r.agent === doc.name && r.key !== "");
  return {
    approval: approvalOf(lifecycle),
    timeZone,
    runLog: lifecycle.runLog,
    actions: { total: mine.length, open: mine.filter((r) => statusOf(r) === "Open").length },
    continuedFrom,
  };
}
