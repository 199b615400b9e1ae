import type { AgentDocument } from "../agent/document";
import type { AgentResult } from "../agent/result";
import { agentSummarySheet } from "./summary-sheet";
import { dataQualitySheet } from "./data-quality-sheet";
import { flaggedSheet, impactSheet } from "./flagged-sheet";
import { joinSheet, seriesSheet } from "./series-sheets";
import type { SheetDescription } from "./sheet";

/**
 * Every result sheet of a run, in the order a reader wants them: what was found and what it is
 * worth first, the supporting tables after, data quality last.
 */
export function buildResultSheets(result: AgentResult, doc: AgentDocument): SheetDescription[] {
  return [
    agentSummarySheet(result, doc),
    flaggedSheet(result, doc),
    impactSheet(result),
    joinSheet(result, doc),
    ...doc.series.map((series) => seriesSheet(result, series)),
    dataQualitySheet(result.dataQuality),
  ];
}
