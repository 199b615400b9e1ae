/**
 * The Office host's part of recording a run, completed or failed, in the workbook the team works
 * in: read the lifecycle sheets, write what the core planned (core/lifecycle/patch: sheets
 * written whole, in-place patches of the Actions and Run Log sheets, the live overdue rule,
 * comments @mentioning assignees where Excel can), then have the add-in open with the workbook
 * while the agent is Active. Every decision is the core's; this file only sequences the writes.
 */
import { commentsToAdd, planPatch } from "../core/agent/lifecycle";
import { planRecord, type RecordRequest } from "../core/agent/lifecycle";
import { workbookRecord } from "../core/agent/lifecycle";
import type { SheetPatch } from "../core/agent/lifecycle";
import type { WorkbookRecord } from "../core/agent/lifecycle";
import type { RunEnd } from "../core/agent/lifecycle";
import type { AgentResult } from "../core/model/result";
import { mentionSupport } from "./host-support";
import { readLifecycleFromWorkbook, type LifecycleInWorkbook } from "./lifecycle-read";
import { LifecycleSheetChanged, writeLifecyclePatch, type TablePatch } from "./lifecycle-write";
import { layoutSheet } from "./sheet-layout";
import { applyStartupBehavior, type StartupOutcome } from "./startup-behavior";
import { writeResultSheets } from "./write-sheets";

export interface RecordOptions extends Omit<RecordRequest, "at"> {
  /** When the run started; default now. */
  readonly at?: Date;
  /** Zone when none was recorded at submission; default this machine's. */
  readonly fallbackTimeZone?: string;
}

export interface RecordedInWorkbook extends WorkbookRecord {
  /** Null when the run did not touch it (failed or superseded runs). */
  readonly startup: StartupOutcome | null;
}

/** A completed run: the work list reconciled (SPEC re-creation rules) and written as above. */
export function recordRunInWorkbook(
  result: AgentResult,
  options: RecordOptions
): Promise<RecordedInWorkbook> {
  return withRetry(() => recordOnce(options, { result }));
}

/** A failed run: one Run Log row (highlighted); nothing else in the workbook changes. */
export function recordFailedRunInWorkbook(
  message: string,
  options: RecordOptions
): Promise<RecordedInWorkbook> {
  return withRetry(() => recordOnce(options, { failure: message }));
}

/** Rows moved under the patch (someone sorted the list meanwhile): read again and redo, once. */
async function withRetry<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof LifecycleSheetChanged)) throw error;
    return attempt();
  }
}

/** Three Excel.run calls: read, whole sheets, patch (and a new Run Log last when it must wait). */
async function recordOnce(options: RecordOptions, end: RunEnd): Promise<RecordedInWorkbook> {
  const read = await readLifecycleFromWorkbook(options.fallbackTimeZone, options.doc);
  const plan = planRecord(read, { ...options, at: options.at ?? new Date() }, end);
  if (plan.kind === "superseded") return { ...plan.record, startup: null };

  const written = await writeResultSheets(plan.whole);
  const patch = planPatch(plan, written, layoutSheet);
  const support = mentionSupport();
  const commentsWritten = await writeLifecyclePatch(
    withTables(patch.patches, read),
    patch.highlights,
    commentsToAdd(patch, support)
  );
  if (plan.runLogAfterPatch) written.push(...(await writeResultSheets([plan.runLogAfterPatch])));

  const record = workbookRecord(plan, { written, patch, support, commentsWritten });
  const startup = plan.recorded.completed
    ? await applyStartupBehavior({
        now: options.at ?? new Date(),
        fallbackTimeZone: options.fallbackTimeZone,
        current: options.doc,
        currentLifecycle: { lifecycle: plan.recorded.lifecycle, timeZone: plan.stored.timeZone },
      })
    : null;
  return { ...record, startup };
}

function withTables(patches: readonly SheetPatch[], read: LifecycleInWorkbook): TablePatch[] {
  const sheets = [read.sheets.actions, read.sheets.runLog];
  return patches.map((patch) => ({
    ...patch,
    tables: sheets.find((sheet) => sheet?.name === patch.sheetName)?.tables ?? [],
  }));
}
