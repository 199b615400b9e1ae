import type { AgentDocument } from "../model/document";
import type { AgentResult } from "../model/result";
import {
  activityRatesSheet,
  contributionQualitySheet,
  contributionSheet,
  whaleCurveSheet,
} from "./contribution/contribution-sheets";
import { contributionWaterfallSheet } from "./contribution/waterfall";
import { withSummaryCharts } from "./summary-charts";
import { agentSummarySheet } from "./summary-sheet";
import { dataQualitySheet } from "./data-quality-sheet";
import { flaggedSheet, impactSheet } from "./flagged-sheet";
import { joinSheet, seriesSheet } from "./series-sheets";
import type { SheetDescription } from "../model/sheet";
import { forAgent } from "./agent-sheet-names";

/**
 * Every result sheet of a run, in the order a reader wants them: what was found and what it is
 * worth first, the supporting tables after, data quality last.
 */
export function buildResultSheets(result: AgentResult, doc: AgentDocument): SheetDescription[] {
  const contribution = result.contribution;
  const currency = result.parameters.currency;
  // Named as the agent's own before the names are made unique: cutting to 31 characters after
  // the prefix is added may make two names equal.
  const sheets = uniqueNames(
    forAgent(
      [
        agentSummarySheet(result, doc),
        flaggedSheet(result, doc),
        impactSheet(result),
        joinSheet(result, doc),
        ...(contribution
          ? [
              contributionSheet(contribution, currency),
              contributionWaterfallSheet(contribution, currency),
              activityRatesSheet(contribution, currency),
              whaleCurveSheet(contribution),
            ]
          : []),
        ...doc.series.map((series) => seriesSheet(result, series)),
        dataQualitySheet(result.dataQuality),
        ...(contribution ? [contributionQualitySheet(contribution)] : []),
      ],
      doc
    )
  );
  return withSummaryCharts(sheets);
}

/**
 * Sheet and table names come partly from the user's labels and ids, which may repeat a fixed
 * name ("Summary") or each other once cut to 31 characters; Excel refuses duplicates (ignoring
 * case), so later ones get a number.
 */
function uniqueNames(sheets: readonly SheetDescription[]): SheetDescription[] {
  const sheetNames = new Set<string>();
  const tableNames = new Set<string>();
  return sheets.map((sheet) => {
    const name = unique(
      sheet.name,
      sheetNames,
      (n) => `${sheet.name.slice(0, 31 - ` (${n})`.length).trimEnd()} (${n})`
    );
    const table = unique(sheet.table.name, tableNames, (n) => `${sheet.table.name}_${n}`);
    return name === sheet.name && table === sheet.table.name
      ? sheet
      : { ...sheet, name, table: { ...sheet.table, name: table } };
  });
}

function unique(name: string, taken: Set<string>, numbered: (n: number) => string): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = numbered(n);
  taken.add(candidate.toLowerCase());
  return candidate;
}
