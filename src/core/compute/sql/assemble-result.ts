/**
 * The agent's result from the rows the SQL statements returned, so a host renders the same
 * report as after a JavaScript run. The database computed every figure; what is left here is
 * the text of the actions (their placeholders filled as the engine fills them) and the run's
 * parameters, and the Data Quality report from its checks' rows (quality-result.ts).
 */
import type { AgentDocument, MeasureFormat } from "../../model/document";
import type { AgentResult, SubtotalLevel } from "../../model/result";
import type { ResultRow } from "../../model/result-row";
import type { DataQualityReport } from "../../model/data-quality";
import { plural } from "../../model/plural";
import { isoFromSerial } from "../../model/excel-date";
import { canonicalDimension } from "../../model/fields";
import { todaySerial } from "../../read/anchor";
import { planActions } from "../actions/plan-actions";
import { describeWindow, serialWindow } from "../filters/window";
import { expectedKey, orderedImpact, summarizeImpact } from "../impact/impact";
import { describeRule } from "../rules/describe";
import type { CompiledAgent, SqlStatement } from "./compile-agent-sql";
import { sqlDataQuality } from "./quality-result";

export interface SqlRunInfo {
  /** The table or file the lines came from, as the Data Quality sheet names it. */
  readonly source: string;
  /** Where the statements ran, e.g. "DuckDB" or "PostgreSQL". */
  readonly engine: string;
  readonly today: Date;
}

export function assembleSqlResult(
  doc: AgentDocument,
  compiled: CompiledAgent,
  rowsOf: (statement: SqlStatement) => readonly ResultRow[],
  info: SqlRunInfo
): AgentResult {
  const statement = (kind: SqlStatement["kind"]) =>
    compiled.statements.find((s) => s.kind === kind)!;
  const quality = rowsOf(statement("quality"))[0] ?? {};
  const flagged = rowsOf(statement("flagged")).map((row) => ({ ...row }));
  const impactMeasures = orderedImpact(doc.impact);
  const rankingKey = impactMeasures.length > 0 ? expectedKey(impactMeasures[0].measure) : null;
  const action = { ...doc.action, groupBy: canonicalDimension(doc.action.groupBy) };
  const plan = planActions(
    flagged,
    action,
    rankingKey ?? "Revenue",
    todaySerial(info.today),
    formats(doc)
  );
  const actionsByKey = new Map(plan.actions.map((a) => [a.ActionKey as string, a]));
  flagged.forEach((row, i) => {
    const key = plan.actionKeyOfRow[i];
    const planned = key === null ? undefined : actionsByKey.get(key);
    row.Priority = i + 1;
    row.ActionSummary = planned ? planned.Summary : null;
    row.ActionDueDate = planned ? planned.DueDate : null;
    row.ActionAssignee = planned ? planned.Assignee : null;
  });
  const target = doc.detection.series;
  const measures =
    target === doc.join.label
      ? doc.join.measures
      : (doc.series.find((s) => s.id === target || s.label === target)?.measures ?? []);
  const labels = new Map(measures.map((m) => [m.name, m.label]));
  const seriesRows = compiled.statements.filter((s) => s.kind === "series");
  return {
    parameters: {
      agent: doc.name,
      anchorDate: isoFromSerial(compiled.anchorSerial),
      windows: Object.fromEntries(
        doc.series.map((s) => [
          s.label,
          s.filters.window
            ? {
                months: s.filters.window.months,
                ...describeWindow(serialWindow(compiled.anchorSerial, s.filters.window)),
              }
            : null,
        ])
      ),
      currency: doc.currency.target,
      deductRebateFromMargin: doc.deductRebateFromMargin,
      rule: describeRule(doc.detection.rule),
    },
    series: Object.fromEntries(seriesRows.map((s) => [s.label, [...rowsOf(s)]])),
    ...subtotalsOf(doc, compiled, rowsOf),
    join: [...rowsOf(statement("join"))],
    flagged,
    actions: plan.actions,
    impact: summarizeImpact(
      doc.impact,
      measures.map((m) => m.name),
      labels,
      flagged,
      plan.actionKeyOfRow
    ),
    dataQuality: withInputNotes(
      doc,
      compiled,
      rowsOf,
      sqlDataQuality(
        doc,
        {
          quality,
          conflicts: rowsOf(statement("conflicts")),
          missingRates: compiled.statements
            .filter((s) => s.kind === "missingRates")
            .map((s) => ({ column: s.label, rows: rowsOf(s) }))[0],
          overflows: new Map(
            compiled.statements
              .filter((s) => s.kind === "overflow")
              .map((s) => [s.label, rowsOf(s)] as const)
          ),
        },
        info.source,
        info.engine
      )
    ),
  };
}

/**
 * What each series' own input read, as the engine's Data Quality sheet says it
 * (agent/series-tables.ts): `Series "X" read table "Y" in EUR: 500 rows, 498 usable`. The lines
 * left out are those the engine skips (no customer id, amount or date; a currency without a rate).
 */
function withInputNotes(
  doc: AgentDocument,
  compiled: CompiledAgent,
  rowsOf: (statement: SqlStatement) => readonly ResultRow[],
  quality: DataQualityReport
): DataQualityReport {
  const notes = compiled.statements
    .filter((s) => s.kind === "input")
    .map((s) => {
      const series = doc.series.find((d) => d.label === s.label)!;
      const row = rowsOf(s)[0] ?? {};
      const rows = Number(row.Rows ?? 0);
      const usable = Number(row.Usable ?? 0);
      const where = series.source ? `table "${series.source.sheet}"` : "the agent's source";
      const currency = series.currency?.trim()
        ? series.currency.trim().toUpperCase()
        : doc.currency.target;
      return (
        `Series "${series.label}" read ${where} in ${currency}: ${plural(rows, "row")}, ${usable} usable` +
        (rows > usable
          ? ` (${plural(rows - usable, "line")} skipped: no customer id, amount or date, or a currency without a rate)`
          : "")
      );
    });
  return notes.length === 0 ? quality : { ...quality, warnings: [...quality.warnings, ...notes] };
}

/**
 * The subtotal rows per outer level of each outlined series (AgentResult.subtotals), from its
 * subtotal statements, which come in the order of the levels; absent when no series has any.
 */
function subtotalsOf(
  doc: AgentDocument,
  compiled: CompiledAgent,
  rowsOf: (statement: SqlStatement) => readonly ResultRow[]
): Pick<AgentResult, "subtotals"> {
  const statements = compiled.statements.filter((s) => s.kind === "subtotal");
  if (statements.length === 0) return {};
  const subtotals: Record<string, SubtotalLevel[]> = {};
  for (const statement of statements) {
    const levels = (subtotals[statement.label] ??= []);
    const series = doc.series.find((s) => s.label === statement.label)!;
    levels.push({
      levels: series.groupBy.slice(0, levels.length + 1).map(canonicalDimension),
      rows: [...rowsOf(statement)],
    });
  }
  return { subtotals };
}

function formats(doc: AgentDocument): Map<string, MeasureFormat> {
  const out = new Map<string, MeasureFormat>();
  for (const m of [...doc.series.flatMap((s) => s.measures), ...doc.join.measures])
    if (m.format) out.set(m.name, m.format);
  for (const m of doc.impact) out.set(expectedKey(m.measure), "money");
  return out;
}
