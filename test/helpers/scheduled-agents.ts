/**
 * Agents of one workbook with schedules of their own, approved and never run: the shelf the
 * schedule checks on open work on (core/lifecycle/shelf-schedule.ts and the pane's
 * use-due-agents). Times are UTC.
 */
import { applyApprovalStep } from "../../src/core/lifecycle/approval-step";
import {
  EMPTY_LIFECYCLE,
  type WorkbookLifecycle,
} from "../../src/core/lifecycle/workbook-lifecycle";
import type { AgentDocument, ScheduleDefinition } from "../../src/core/model/document";
import { presetDocument } from "./agent";

/** The preset agent named `name`, writing sheets prefixed with its name, on `schedule`. */
export function agentDoc(name: string, schedule: ScheduleDefinition): AgentDocument {
  return { ...presetDocument("2025-10-21"), name, sheetPrefix: name, schedule };
}

/** Submitted by ann at 06:00 and approved by bo at 06:30 on 1 October 2025 (UTC); never run. */
export function approved(doc: AgentDocument): WorkbookLifecycle {
  const at = (iso: string) => ({ at: new Date(iso), timeZone: "UTC" });
  const submitted = applyApprovalStep(
    EMPTY_LIFECYCLE,
    doc,
    { kind: "submit", by: "ann" },
    at("2025-10-01T06:00:00Z")
  );
  return applyApprovalStep(
    submitted.lifecycle,
    doc,
    { kind: "approve", by: "bo" },
    at("2025-10-01T06:30:00Z")
  ).lifecycle;
}
