/**
 * The short plain-text summary printed after a run: what was read, what was skipped and why,
 * how many accounts were flagged and what fixing them is expected to be worth.
 */
import type { AgentResult } from "../core/model/result";
import {
  FILTER_REASON_LABEL,
  SKIP_REASON_LABEL,
  type FilterReason,
  type SkipReason,
} from "../core/model/data-quality";
import { nounFor } from "../core/model/plural";

export interface SummaryFiles {
  readonly input: string;
  readonly report: string;
  /** True when the report path was chosen because --out was not given. */
  readonly reportDefaulted: boolean;
  readonly json?: string;
}

const ROW_NUMBERS_SHOWN = 5;
const count = new Intl.NumberFormat("en-US");
const money = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

export function formatSummary(result: AgentResult, files: SummaryFiles): string {
  const { parameters, dataQuality: quality, impact } = result;
  const lines: string[] = [];

  lines.push(
    `Agent: ${parameters.agent}; anchor date ${parameters.anchorDate}; currency ${parameters.currency}`
  );
  for (const [series, window] of Object.entries(parameters.windows)) {
    lines.push(
      window
        ? `  ${series}: ${window.months} months, after ${window.fromExclusive} up to ${window.to}`
        : `  ${series}: all dates`
    );
  }

  lines.push(
    `Rows read: ${count.format(quality.rowsRead)} from '${quality.sheet}' (${files.input}); usable: ${count.format(quality.rowsUsable)}`
  );
  const skipped = Object.entries(quality.skipped) as [
    SkipReason,
    NonNullable<AgentResult["dataQuality"]["skipped"][SkipReason]>,
  ][];
  const skippedTotal = skipped.reduce((sum, [, reason]) => sum + reason.count, 0);
  if (skippedTotal > 0) {
    lines.push(`Rows skipped: ${count.format(skippedTotal)}`);
    for (const [reason, detail] of skipped) {
      if (detail.count === 0) continue;
      const shown = detail.rows.slice(0, ROW_NUMBERS_SHOWN).join(", ");
      const more = detail.rows.length > ROW_NUMBERS_SHOWN || detail.rowsTruncated ? ", ..." : "";
      const where = shown === "" ? "" : ` (${nounFor(detail.count, "row")} ${shown}${more})`;
      lines.push(`  ${SKIP_REASON_LABEL[reason]}: ${count.format(detail.count)}${where}`);
    }
  } else {
    lines.push("Rows skipped: none");
  }
  for (const [series, reasons] of Object.entries(quality.filtered)) {
    const parts = (Object.entries(reasons) as [FilterReason, number][])
      .filter(([, rows]) => rows > 0)
      .map(([reason, rows]) => `${FILTER_REASON_LABEL[reason]}: ${count.format(rows)}`);
    if (parts.length > 0) lines.push(`Rows left out of ${series}: ${parts.join("; ")}`);
  }

  lines.push(
    `Accounts: ${count.format(result.join.length)}; flagged: ${count.format(impact.flaggedAccounts)}`
  );
  lines.push(`  Rule: ${parameters.rule}`);
  if (impact.measures.length > 0) {
    lines.push(`Expected impact (${parameters.currency}):`);
    for (const line of [...impact.measures].sort((a, b) => a.order - b.order)) {
      lines.push(
        `  ${line.label} (${line.type}, ${line.realizationRatePct}% of ${money.format(line.potential)}): ${money.format(line.expected)}`
      );
    }
    const ofActions = impact.expectedOfActionsByType;
    lines.push(
      `  Of the actions (${count.format(impact.actionAccounts)} accounts): revenue ${money.format(ofActions.Revenue)}, profit ${money.format(ofActions.Profit)}`
    );
  }
  const contribution = result.contribution;
  if (contribution) {
    const losing = contribution.rows.filter(
      (row) => typeof row.CPII === "number" && row.CPII < 0
    ).length;
    const total = contribution.totals.CPII;
    lines.push(
      `Customer profit contribution II per year: ${total === null ? "n/a" : money.format(total)} over ${count.format(contribution.accountCount)} accounts; ` +
        `${count.format(losing)} below zero`
    );
  }
  for (const warning of [...quality.warnings, ...(contribution?.warnings ?? [])])
    lines.push(`Warning: ${warning}`);

  lines.push(`Report: ${files.report}${files.reportDefaulted ? " (no --out given)" : ""}`);
  if (files.json) lines.push(`JSON: ${files.json}`);
  return `${lines.join("\n")}\n`;
}
