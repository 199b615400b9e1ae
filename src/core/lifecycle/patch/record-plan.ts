/**
 * What a host that keeps the lifecycle in an open workbook writes for one run, before any write:
 * the run recorded (record-run.ts), which lifecycle sheets exist and are patched in place
 * (sheet-patch.ts), which are written whole and in which order. The Run Log entry is the run's
 * record, so it is written last: a run that fails to record is tried again (scheduled runs
 * compare the log's last run), and is never logged twice.
 */
import type { AgentDocument } from "../../model/document";
import type { RunTrigger } from "../../model/run-log-entry";
import type { SheetDescription } from "../../model/sheet";
import { IDENTIFYING_HEADERS } from "../../report/lifecycle/sheet-names";
import { recordOutcome, type RecordedOutcome, type RunContext, type RunEnd } from "../record-run";
import { isSuperseded } from "../scheduled-check";
import { tableArea, type TableArea } from "./sheet-area";
import type { StoredLifecycle, StoredSheet } from "./stored-lifecycle";
import { supersededRecord, type WorkbookRecord } from "./workbook-record";

export interface RecordRequest {
  readonly doc: AgentDocument;
  readonly trigger: RunTrigger;
  readonly scheduledFor?: Date | null;
  readonly at: Date;
  readonly by?: string;
  /** Scheduled runs: record only if the agent's last completed run is still this one. */
  readonly expectLastRunAt?: Date | null;
}

export interface RecordPlan {
  readonly kind: "record";
  readonly stored: StoredLifecycle;
  readonly recorded: RecordedOutcome;
  /** The kept sheets' tables where they exist (null: written whole). */
  readonly areas: { readonly actions: TableArea | null; readonly runLog: TableArea | null };
  /** Sheets written whole before the patch, in workbook order. */
  readonly whole: readonly SheetDescription[];
  /** A new Run Log written after the patch (the patch may still be refused and the run redone). */
  readonly runLogAfterPatch: SheetDescription | null;
}

export function planRecord(
  stored: StoredLifecycle,
  request: RecordRequest,
  end: RunEnd
): RecordPlan | { readonly kind: "superseded"; readonly record: WorkbookRecord } {
  if (isSuperseded(stored.lifecycle, request.doc.name, request.expectLastRunAt))
    return { kind: "superseded", record: supersededRecord(stored) };
  const context: RunContext = {
    doc: request.doc,
    at: request.at,
    trigger: request.trigger,
    scheduledFor: request.scheduledFor ?? null,
    timeZone: stored.timeZone,
    ...(request.by ? { by: request.by } : {}),
  };
  const recorded = recordOutcome(stored.lifecycle, end, context);
  const areas = {
    actions: areaOf(stored.sheets.actions, IDENTIFYING_HEADERS.actions),
    runLog: areaOf(stored.sheets.runLog, IDENTIFYING_HEADERS.runLog),
  };
  const completed = recorded.completed !== null;
  const { actions, impactTracking, runLog, agentStatus } = recorded.sheets;
  // A new Run Log goes with the other new sheets (keeping their order) unless the Actions patch
  // may still be refused (rows moved meanwhile) and the run redone: then it is written after it.
  const runLogFirst = !areas.runLog && !(completed && areas.actions !== null);
  const whole: SheetDescription[] = [];
  if (completed && !areas.actions) whole.push(withoutStaticOverdueFill(actions));
  if (completed) whole.push(impactTracking);
  if (runLogFirst) whole.push(runLog);
  if (completed) whole.push(agentStatus);
  return {
    kind: "record",
    stored,
    recorded,
    areas,
    whole,
    runLogAfterPatch: !areas.runLog && !runLogFirst ? runLog : null,
  };
}

function areaOf(sheet: StoredSheet | null, headers: readonly string[]): TableArea | null {
  return sheet ? tableArea(sheet.name, sheet.cells, headers) : null;
}

/**
 * The core marks overdue rows with a fill as of the run. A workbook's Actions sheet is never
 * rewritten, so a fill would stay after the action is done; a live conditional format replaces it.
 */
function withoutStaticOverdueFill(actions: SheetDescription): SheetDescription {
  return {
    ...actions,
    table: {
      ...actions.table,
      highlights: (actions.table.highlights ?? []).filter((rule) => rule.kind !== "rows"),
    },
  };
}
