import type { AgentDocument, SeriesDefinition } from "../model/document";
import type { AgentResult } from "../model/result";
import { rowCopier, type ResultRow, type ResultValue } from "../model/result-row";
import { canonicalDimension } from "../model/fields";
import { columnFormat, headerOf, sheetName, tableName, textColumn } from "./columns";
import { joinCharts } from "./join-charts";
import type { HighlightRule, SheetColumn, SheetDescription, SheetTable } from "../model/sheet";
import { moneyTotal, windowNote } from "./notes";
import { outlinedRows } from "./series-outline";
import { filterTexts } from "./settings-overview";

/** One series' summary table (seed: "Summary Table"), visible measures only. */
export function seriesSheet(result: AgentResult, series: SeriesDefinition): SheetDescription {
  const dimensions = series.groupBy.map((name) =>
    textColumn(canonicalDimension(name), headerOf(canonicalDimension(name)))
  );
  const measures: SheetColumn[] = series.measures
    .filter((m) => !m.hidden)
    .map((m) => ({ key: m.name, header: m.label, format: columnFormat(m.format) }));
  const rows = result.series[series.label] ?? [];
  // Totals add the detail rows only: subtotal rows would count every amount twice.
  const totals = measures.some((m) => m.format === "money")
    ? Object.fromEntries(
        measures.filter((m) => m.format === "money").map((m) => [m.key, moneyTotal(rows, m.key)])
      )
    : undefined;
  const subtotals = result.subtotals?.[series.label];
  const filters = filterTexts(series.filters);
  const outlined = subtotals ? outlinedRows(rows, subtotals, sortMeasure(series)) : null;
  return {
    name: sheetName(series.label),
    title: series.label,
    notes: [
      `${rows.length} rows grouped by ${series.groupBy.join(", ")}.` +
        (outlined
          ? ` Subtotals per ${series.groupBy.slice(0, -1).join(" and ")}, detail rows grouped above each (outline buttons at the left).`
          : ""),
      windowNote(result, series.label),
      ...(filters.length > 0 ? [`Filters: ${filters.join("; ")}.`] : []),
      ...seriesInputNote(series, result.parameters.currency),
    ],
    table: {
      name: tableName(series.id),
      columns: [...dimensions, ...measures],
      rows: outlined ? outlined.rows : rows,
      totals: totals ? { [dimensions[0].key]: "Total", ...totals } : undefined,
      highlights: negativeHighlights(measures),
      ...(outlined ? { outline: outlined.outline } : {}),
    },
  };
}

/** A series with its own data source or currency says so: its money is not the agent's then. */
function seriesInputNote(series: SeriesDefinition, agentCurrency: string): string[] {
  if (!series.source && !series.currency) return [];
  const from = series.source ? `sheet "${series.source.sheet}"` : "the agent's source";
  const currency = series.currency?.trim() ? series.currency.trim().toUpperCase() : agentCurrency;
  return [`Data source: ${from}; money in ${currency}.`];
}

/** The measure the series' rows are sorted by: its first visible sum (compute-agent.ts, firstSum). */
function sortMeasure(series: SeriesDefinition): string | null {
  const m = series.measures.find(
    (x) => x.kind === "aggregate" && x.aggregation === "sum" && !x.hidden
  );
  return m ? m.name : null;
}

/** The Join Series (seed: "Join Series ... Summary Table"), flagged accounts marked. */
export function joinSheet(result: AgentResult, doc: AgentDocument): SheetDescription {
  const left = doc.series.find((s) => s.id === doc.join.left);
  const dimensions = (left?.groupBy ?? []).map((name) =>
    textColumn(canonicalDimension(name), headerOf(canonicalDimension(name)))
  );
  const measures: SheetColumn[] = doc.join.measures.map((m) => ({
    key: m.name,
    header: m.label,
    format: columnFormat(m.format),
  }));
  const isFlagged = flaggedTest(
    result.flagged,
    dimensions.map((d) => d.key)
  );
  const columns = [...dimensions, ...measures, textColumn("Flagged", "Flagged")];
  // One row an account: only the columns written are copied (a join has tens of thousands).
  const keys = columns.map((column) => column.key).filter((key) => key !== "Flagged");
  const copyOf = rowCopier(keys, ["Flagged"]);
  const rows = result.join.map((row) => {
    const copy = copyOf(row);
    copy.Flagged = isFlagged(row) ? "Yes" : "";
    return copy;
  });
  const table: SheetTable = {
    name: tableName(doc.join.label),
    columns,
    rows,
    highlights: [...negativeHighlights(measures), ...benchmarkHighlights(measures)],
  };
  return {
    name: sheetName(doc.join.label),
    title: `${doc.join.label}: ${rows.length} accounts against their benchmark`,
    notes: [
      `Joined on ${doc.join.on.map((p) => `${p.left} = ${p.right}`).join(", ")}. Flagged = meets the detection rule: ${result.parameters.rule}.`,
      windowNote(result, left?.label ?? ""),
    ],
    table,
    charts: joinCharts(table),
  };
}

/**
 * Whether a join row is a flagged account: the same text in every level (id, name, segment) as
 * a flagged row. Flagged rows are found by their first level's value, and the other levels
 * compared as text, with no key built per row (a join has tens of thousands of rows).
 */
function flaggedTest(
  flagged: readonly ResultRow[],
  levels: readonly string[]
): (row: ResultRow) => boolean {
  const text = (v: ResultValue | undefined) => (typeof v === "string" ? v : String(v ?? ""));
  if (levels.length === 0) return () => flagged.length > 0;
  const [first, ...rest] = levels;
  const byFirst = new Map<string, ResultRow[]>();
  for (const row of flagged) {
    const key = text(row[first]);
    const known = byFirst.get(key);
    if (known) known.push(row);
    else byFirst.set(key, [row]);
  }
  return (row) => {
    const candidates = byFirst.get(text(row[first]));
    if (!candidates) return false;
    return candidates.some((f) => rest.every((level) => text(f[level]) === text(row[level])));
  };
}

/** Negative money and percent cells in red (SPEC: accounts whose margins are negative). */
export function negativeHighlights(columns: readonly SheetColumn[]): HighlightRule[] {
  return columns
    .filter((c) => c.format === "percent" || c.format === "money")
    .filter((c) => !/Variance|Uplift|Lift/i.test(c.key))
    .map((c) => ({ kind: "negative", column: c.key, style: "bad" }));
}

/** Positive MarginVariance = below the segment benchmark. */
export function benchmarkHighlights(columns: readonly SheetColumn[]): HighlightRule[] {
  return columns
    .filter((c) => c.key === "MarginVariance")
    .map((c) => ({ kind: "greaterThan", column: c.key, value: 0, style: "bad" }));
}
