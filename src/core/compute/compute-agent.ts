import type { AgentDocument, MeasureFormat, SeriesDefinition } from "../model/document";
import type { AgentResult, RunParameters } from "../model/result";
import { newResultRow, rowMaker, type ResultRow, type ResultValue } from "../model/result-row";
import { planActions } from "./actions/plan-actions";
import { describeWindow } from "./filters/window";
import { expectedImpact, expectedKey, orderedImpact, summarizeImpact } from "./impact/impact";
import { computeJoin, type JoinResult } from "./join/compute-join";
import { isoFromSerial } from "../model/excel-date";
import { describeRule } from "./rules/describe";
import { evaluateRules } from "./rules/evaluate-rules";
import { computeSeries, selectRows, type SeriesResult } from "./series/compute-series";
import { overflowWarnings } from "./series/overflow";
import { seriesSubtotals } from "./series/subtotals";
import { conflictWarnings, customerIdConflicts } from "./quality/customer-id-conflicts";
import { descendingByKey } from "./descending-order";
import { computeContribution } from "./contribution/compute-contribution";
import type { ContributionInputs } from "../read/contribution/load-inputs";
import { addContributionColumns } from "./contribution/join-scope";
import { contributionReport } from "../model/contribution-report";
import type { DataQualityReport } from "../model/data-quality";
import { dimensionName } from "../model/fields";
import type { TransactionTable } from "../model/transactions";
import { AgentInputError } from "../model/errors";
import { anchorSerialOf, todaySerial } from "../read/anchor";
import { plural } from "../model/plural";
import type { ReferencePrices } from "../read/reference-prices/read-reference-prices";
import { withReferenceRevenue, type PricedTable } from "./reference-revenue";

export interface ComputeOptions {
  readonly today?: Date;
  /** The parsed Activities / Cost Drivers / Customer Costs tables, when the document defines a contribution. */
  readonly contribution?: ContributionInputs;
  /** The reference price table, when the document names one. */
  readonly referencePrices?: ReferencePrices;
  /** Series id -> the lines of a series with its own data source or currency (agent/series-tables.ts). */
  readonly seriesTables?: ReadonlyMap<string, TransactionTable>;
}

/** The whole agent over parsed rows: series, join, detection, impact and actions. Pure. */
export function computeAgent(
  sourceTable: TransactionTable,
  quality: DataQualityReport,
  doc: AgentDocument,
  options: ComputeOptions = {}
): AgentResult {
  const priced = pricedTable(sourceTable, doc, options);
  const table = priced.table;
  const ownTables = new Map(
    [...(options.seriesTables ?? [])].map(([id, t]) => [id, pricedTable(t, doc, options).table])
  );
  // A series reads its own lines when it has its own source or currency, else the agent's.
  const tableOf = (definition: SeriesDefinition) => ownTables.get(definition.id) ?? table;
  const today = options.today ?? new Date();
  const anchorSerial = anchorSerialOf(doc.anchorDate, today);
  const context = {
    anchorSerial,
    deductRebateFromMargin: doc.deductRebateFromMargin,
    selections: new WeakMap(),
    summed: new WeakMap(),
  };
  const series = doc.series.map((definition) =>
    computeSeries(tableOf(definition), definition, context)
  );
  const left = seriesById(series, doc.join.left);
  const contribution = doc.contribution
    ? computeContribution({
        ...contributionInputs(options),
        transactions: tableOf(left.definition),
        // The lines of the accounts Series 1 shows: a measure filter's dropped groups are not charged.
        rows: linesOfKeptGroups(
          selectRows(tableOf(left.definition), left.definition.filters, context).rows,
          left
        ),
        windowMonths: left.definition.filters.window?.months ?? null,
        definition: doc.contribution,
      })
    : null;
  const join = computeJoin(
    doc.join,
    left,
    seriesById(series, doc.join.right),
    (scope, leftSeries) => {
      if (contribution) addContributionColumns(scope, contribution, customerIdReader(leftSeries));
    }
  );

  const conflicts = customerIdConflicts(table);
  const target = detectionTarget(doc, join, series);
  const outcome = evaluateRules(doc.detection.rule, target.scope, target.rowCount);
  const formats = measureFormats(doc);
  const impactMeasures = orderedImpact(doc.impact);
  const rankingKey = impactMeasures.length > 0 ? expectedKey(impactMeasures[0].measure) : null;

  // Detection usually runs on the join: its rows serve both the flagged list and the join output.
  const joinRows = rowsOf(join.dimensions, join.measures, join.rowCount);
  const targetRows =
    target === join ? joinRows : rowsOf(target.dimensions, target.measures, target.rowCount);
  const flaggedIndexes: number[] = [];
  for (let r = 0; r < target.rowCount; r++) if (outcome.flagged[r]) flaggedIndexes.push(r);
  const flagged = flaggedIndexes.map((r): ResultRow => {
    const row: ResultRow = Object.assign(newResultRow(), targetRows[r], {
      RulesMet: outcome.conditionsMet[r].join("; "),
    });
    for (const measure of impactMeasures)
      row[expectedKey(measure.measure)] = expectedImpact(
        targetRows[r][measure.measure] ?? null,
        measure
      );
    return row;
  });
  sortByImpact(flagged, rankingKey);

  // Rows are keyed by the sheet's spelling of a level (`CustomerId`), whatever the document wrote.
  const action = { ...doc.action, groupBy: dimensionName(table, doc.action.groupBy) };
  const plan = planActions(flagged, action, rankingKey ?? "Revenue", todaySerial(today), formats);
  const actionsByKey = new Map(plan.actions.map((a) => [a.ActionKey as string, a]));
  flagged.forEach((row, i) => {
    row.Priority = i + 1;
    const action =
      plan.actionKeyOfRow[i] === null ? undefined : actionsByKey.get(plan.actionKeyOfRow[i]!);
    row.ActionSummary = action ? action.Summary : null;
    row.ActionDueDate = action ? action.DueDate : null;
    row.ActionAssignee = action ? action.Assignee : null;
  });

  // Impact measures belong to the detection target: its labels, not a same-named measure elsewhere.
  const labels = new Map(detectionMeasures(doc).map((m) => [m.name, m.label]));
  const impact = summarizeImpact(
    doc.impact,
    [...target.measures.keys()],
    labels,
    flagged,
    plan.actionKeyOfRow
  );

  // Each series is sorted once: the join's rows follow the left series' order (largestFirst).
  const orders = new Map(series.map((s) => [s, largestFirst(s)]));
  return {
    parameters: parameters(doc, anchorSerial, series),
    series: Object.fromEntries(
      series.map((s) => [s.definition.label, sortedSeriesRows(s, orders.get(s)!)])
    ),
    ...optional("subtotals", subtotalsOfEach(series, tableOf, context)),
    join: orders.get(left)!.map((g) => joinRows[g]),
    flagged,
    actions: plan.actions,
    impact,
    ...(contribution ? { contribution: contributionReport(contribution) } : {}),
    dataQuality: {
      ...quality,
      filtered: Object.fromEntries(series.map((s) => [s.definition.label, { ...s.filtered }])),
      warnings: [
        ...quality.warnings,
        ...priced.warnings,
        ...series.flatMap((s) => emptyWindowWarnings(tableOf(s.definition), [s])),
        ...overflowWarnings(series),
        ...joinWarnings(doc, join),
        ...conflictWarnings(conflicts),
      ],
      ...(conflicts.length > 0 ? { customerIdConflicts: conflicts } : {}),
    },
  };
}

/** Each outlined series' subtotals over its own lines. */
function subtotalsOfEach(
  series: readonly SeriesResult[],
  tableOf: (definition: SeriesDefinition) => TransactionTable,
  context: Parameters<typeof seriesSubtotals>[2]
): ReturnType<typeof seriesSubtotals> {
  const found = series.map((s) => seriesSubtotals(tableOf(s.definition), [s], context));
  if (found.every((f) => f === undefined)) return undefined;
  return Object.assign({}, ...found.filter((f) => f !== undefined)) as NonNullable<
    ReturnType<typeof seriesSubtotals>
  >;
}

/** The lines with their ReferenceRevenue when the document names reference prices. */
function pricedTable(
  table: TransactionTable,
  doc: AgentDocument,
  options: ComputeOptions
): PricedTable {
  if (!doc.referencePrices) return { table, warnings: [] };
  if (!options.referencePrices) {
    throw new AgentInputError(
      `The agent prices units at reference prices, but their sheet "${doc.referencePrices.sheet}" was not read; open the workbook that holds it.`
    );
  }
  return withReferenceRevenue(table, doc.referencePrices, options.referencePrices);
}

function linesOfKeptGroups(rows: Uint8Array, series: SeriesResult): Uint8Array {
  const kept = series.keptLines;
  return kept ? rows.map((v, r) => v & kept[r]) : rows;
}

/** `{ key: value }`, or nothing when the value is undefined, so the JSON keeps its shape. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

function contributionInputs(options: ComputeOptions): ContributionInputs {
  if (!options.contribution) {
    throw new AgentInputError(
      "The agent computes customer profit contribution, but its Activities table was not read; open the workbook that holds it."
    );
  }
  return options.contribution;
}

/** Contribution rows are per account: the join's rows find theirs by CustomerId. */
function customerIdReader(series: SeriesResult): (g: number) => string | null {
  const id = series.dimensions.find((d) => d.name === "CustomerId");
  if (!id) {
    throw new AgentInputError(
      `Customer profit contribution is per account, so series "${series.definition.label}" must be grouped by CustomerId.`
    );
  }
  return (g) => id.column.values[id.codes[g]];
}

function seriesById(series: readonly SeriesResult[], id: string): SeriesResult {
  const found = series.find((s) => s.definition.id === id || s.definition.label === id);
  if (!found) {
    throw new AgentInputError(
      `The join refers to series "${id}", which is not defined (series: ${series.map((s) => s.definition.id).join(", ")}).`
    );
  }
  return found;
}

type Target = Pick<JoinResult, "dimensions" | "measures" | "scope" | "rowCount">;

function detectionTarget(
  doc: AgentDocument,
  join: JoinResult,
  series: readonly SeriesResult[]
): Target {
  const name = doc.detection.series;
  if (name === doc.join.label) return join;
  const s = series.find((x) => x.definition.id === name || x.definition.label === name);
  if (!s)
    throw new AgentInputError(
      `Detection rules run on "${name}", which is neither the join nor a series.`
    );
  const scope = new Map(join.scope);
  for (const d of s.dimensions) scope.set(d.name, (g) => d.column.values[d.codes[g]]);
  for (const [m, values] of s.measures) scope.set(m, (g) => values[g]);
  return { dimensions: s.dimensions, measures: s.measures, scope, rowCount: s.groupCount };
}

function detectionMeasures(
  doc: AgentDocument
): readonly { readonly name: string; readonly label: string }[] {
  const name = doc.detection.series;
  if (name === doc.join.label) return doc.join.measures;
  return doc.series.find((s) => s.id === name || s.label === name)?.measures ?? [];
}

function rowsOf(
  dimensions: SeriesResult["dimensions"],
  measures: ReadonlyMap<string, readonly ResultValue[] | readonly (ResultValue | boolean)[]>,
  rowCount: number
): ResultRow[] {
  const rows = new Array<ResultRow>(rowCount);
  // Names and arrays read once: this runs for every account of every series and the join.
  const names = [...measures.keys()];
  const columns = [...measures.values()];
  const newRow = rowMaker([...dimensions.map((d) => d.name), ...names]);
  for (let g = 0; g < rowCount; g++) {
    const row: ResultRow = newRow();
    for (let d = 0; d < dimensions.length; d++) {
      const dimension = dimensions[d];
      row[dimension.name] = dimension.column.values[dimension.codes[g]];
    }
    for (let m = 0; m < columns.length; m++) row[names[m]] = toResultValue(columns[m][g]);
    rows[g] = row;
  }
  return rows;
}

function toResultValue(value: ResultValue | boolean | undefined): ResultValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}

/** Series rows, largest first by the series' first summed measure (Revenue in the preset). */
function sortedSeriesRows(series: SeriesResult, order: readonly number[]): ResultRow[] {
  const rows = rowsOf(series.dimensions, series.measures, series.groupCount);
  return order.map((g) => rows[g]);
}

/** Group indexes of a series, largest first by its first summed measure; join rows follow the same order. */
function largestFirst(series: SeriesResult): number[] {
  const order = new Array<number>(series.groupCount);
  for (let g = 0; g < order.length; g++) order[g] = g;
  const sortKey = firstSum(series.definition);
  const values = sortKey ? series.measures.get(sortKey) : undefined;
  if (!values) return order;
  // Sort keys read once into a typed array: the comparator runs ~n log n times.
  const key = new Float64Array(order.length);
  let finite = true;
  for (let g = 0; g < key.length; g++) {
    const v = values[g];
    key[g] = typeof v === "number" ? v : 0;
    if (!Number.isFinite(key[g])) finite = false;
  }
  return finite ? descendingByKey(key) : order.sort((a, b) => key[b] - key[a] || a - b);
}

function firstSum(definition: SeriesDefinition): string | null {
  const m = definition.measures.find(
    (x) => x.kind === "aggregate" && x.aggregation === "sum" && !x.hidden
  );
  return m ? m.name : null;
}

function sortByImpact(rows: ResultRow[], key: string | null): void {
  const num = (v: ResultValue | undefined) => (typeof v === "number" ? v : -Infinity);
  rows.sort(
    (a, b) =>
      (key ? num(b[key]) - num(a[key]) : 0) ||
      num(b.AnnualRevenue) - num(a.AnnualRevenue) ||
      String(a.CustomerId ?? "").localeCompare(String(b.CustomerId ?? ""))
  );
}

function measureFormats(doc: AgentDocument): Map<string, MeasureFormat> {
  const formats = new Map<string, MeasureFormat>();
  for (const m of [...doc.series.flatMap((s) => s.measures), ...doc.join.measures])
    if (m.format) formats.set(m.name, m.format);
  // Expected impact is money in the flagged sheet, so in action texts too.
  for (const m of doc.impact) formats.set(expectedKey(m.measure), "money");
  return formats;
}

function parameters(
  doc: AgentDocument,
  anchorSerial: number,
  series: readonly SeriesResult[]
): RunParameters {
  return {
    agent: doc.name,
    anchorDate: isoFromSerial(anchorSerial),
    windows: Object.fromEntries(
      series.map((s) => [
        s.definition.label,
        s.window && s.definition.filters.window
          ? { months: s.definition.filters.window.months, ...describeWindow(s.window) }
          : null,
      ])
    ),
    currency: doc.currency.target,
    deductRebateFromMargin: doc.deductRebateFromMargin,
    rule: describeRule(doc.detection.rule),
  };
}

function joinWarnings(doc: AgentDocument, join: JoinResult): string[] {
  if (join.unmatched === 0) return [];
  const rows = plural(join.unmatched, "row");
  return [
    `${rows} of "${doc.join.label}" found no matching row in the right-hand series; their benchmark measures are blank.`,
  ];
}

/** A window that catches no rows is almost always a wrong anchor date: say which dates exist. */
function emptyWindowWarnings(table: TransactionTable, series: readonly SeriesResult[]): string[] {
  const empty = series.filter((s) => s.groupCount === 0 && s.window !== null);
  if (table.rowCount === 0 || empty.length === 0) return [];
  let first = Infinity;
  let last = -Infinity;
  for (const d of table.PricingDate) {
    if (d < first) first = d;
    if (d > last) last = d;
  }
  return empty.map((s) => {
    const w = describeWindow(s.window!);
    return `Series "${s.definition.label}" has no rows: its window runs after ${w.fromExclusive} up to ${w.to}, but the sheet's pricing dates run from ${isoFromSerial(first)} to ${isoFromSerial(last)}. Set the anchor date within that range.`;
  });
}
