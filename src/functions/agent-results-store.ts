/**
 * The latest run's results, shared by the task pane and the custom functions: both run in the
 * add-in's one shared runtime (manifest SharedRuntime, webpack's single runtime chunk), so this
 * module exists once and AGENTRESULT reads what the task pane published.
 *
 * - After a run, the task pane calls `publishAgentResult(result, doc)`, then
 *   `recalculateAgentResults()` once the result sheets are written, so AGENTRESULT cells (which
 *   Excel has no reason to recalculate: their arguments did not change) show the new run. Only
 *   those cells are recalculated (excel/recalculate-callers.ts), not the whole workbook.
 * - In a runtime that starts fresh, the first AGENTRESULT reads the workbook's Join Series table
 *   (workbook-results.ts) once; every cell calculating meanwhile waits for that one read.
 */
/// <reference types="office-js" />
/* global Excel */
import type { AgentDocument } from "../core/model/document";
import type { AgentResult } from "../core/model/result";
import { indexAgentResult, type AgentResultIndex } from "../core/agent/worksheet";
import { type MeasureError } from "../core/agent/worksheet";
import { recalculateCallers } from "../excel/recalculate-callers";
import { readWorkbookJoinSeries } from "./workbook-results";

let published: AgentResultIndex | null = null;
let fromWorkbook: Promise<AgentResultIndex | MeasureError> | null = null;

/** Makes a run's results what AGENTRESULT returns (the task pane calls this after every run). */
export function publishAgentResult(
  result: Pick<AgentResult, "join" | "flagged">,
  doc?: Pick<AgentDocument, "join"> | null
): void {
  published = indexAgentResult(result, doc?.join ?? null);
  fromWorkbook = null;
}

/** Forgets published results, so the next AGENTRESULT reads the workbook again (tests, a closed workbook). */
export function clearAgentResults(): void {
  published = null;
  fromWorkbook = null;
}

/** The latest results: published by the task pane, else read once from the workbook. */
export function latestAgentResults(): Promise<AgentResultIndex | MeasureError> {
  if (published) return Promise.resolve(published);
  fromWorkbook ??= readWorkbookJoinSeries().catch((error: unknown) => {
    // Excel could not be read now (e.g. busy): the next calculation tries again.
    fromWorkbook = null;
    throw error;
  });
  return fromWorkbook;
}

/**
 * Recalculates the cells that call AGENTRESULT so they show the published run (Excel recalculates
 * a custom function only when its arguments change, and these did not); the whole workbook only
 * where Excel cannot find them.
 */
export async function recalculateAgentResults(): Promise<void> {
  if (typeof Excel === "undefined") return;
  await recalculateCallers("AGENTRESULT");
}
