import type {
  AggregateMeasure,
  DateWindow,
  SeriesDefinition,
  SeriesMeasure,
} from "../../model/document";
import type { Value } from "../../expr/index";
import { referencedNames } from "../../expr/index";
import {
  rowsInWindow,
  selectSeriesRows,
  type FilterCounts,
  type SeriesRows,
} from "../filters/row-mask";
import type { SerialWindow } from "../filters/window";
import { dimensionColumn, dimensionName, fieldKey, numericSource } from "../../model/fields";
import type { DictionaryColumn, TransactionTable } from "../../model/transactions";
import { orderByDependencies } from "../dependency-order";
import { aggregate, groupSums, sumValues, type GroupSums } from "./aggregate";
import { deriveColumn, parseMeasureExpression, type ColumnReader } from "./derive";
import { measureReader } from "./derive-numbers";
import { buildGroupIndex, type GroupIndex } from "./group-index";
import { applyMeasureFilters } from "./measure-filters";
import { percentRank } from "./percent-rank";
import { recordSums, rollUp, type SummedGroups } from "./roll-up";

export interface SeriesDimension {
  readonly name: string;
  readonly column: DictionaryColumn;
  /** Dictionary code of each group's value. */
  readonly codes: Int32Array;
}

/** A computed series, column by column: one entry per group in every array. */
export interface SeriesResult {
  readonly definition: SeriesDefinition;
  readonly groupCount: number;
  readonly dimensions: readonly SeriesDimension[];
  readonly measures: ReadonlyMap<string, readonly Value[]>;
  readonly window: SerialWindow | null;
  readonly filtered: FilterCounts;
  /** The lines (rows or own-window lines) of the groups kept, when measure filters dropped some; else null. */
  readonly keptLines: Uint8Array | null;
}

export interface SeriesContext {
  readonly anchorSerial: number;
  readonly deductRebateFromMargin: boolean;
  /**
   * Row selections already made, by table and filters: series with the same filters over the
   * same lines share one pass (a series with its own source or currency has other lines).
   */
  readonly selections?: WeakMap<TransactionTable, Map<string, SeriesRows>>;
  /** Only these lines, whatever the filters (a subtotal sees the lines of the groups kept). */
  readonly lineMask?: Uint8Array;
  /**
   * The groups and sums of the series computed so far, by their selection: a series grouped by
   * some of an earlier series' levels over the same lines adds up its groups (roll-up.ts).
   */
  readonly summed?: WeakMap<SeriesRows, SummedGroups[]>;
}

export function selectRows(
  table: TransactionTable,
  filters: SeriesDefinition["filters"],
  context: SeriesContext
): SeriesRows {
  if (context.lineMask)
    return masked(
      selectSeriesRows(table, filters, context.anchorSerial, context.deductRebateFromMargin),
      context.lineMask
    );
  const key = JSON.stringify(filters);
  let made = context.selections?.get(table);
  if (context.selections && !made) context.selections.set(table, (made = new Map()));
  const known = made?.get(key);
  if (known) return known;
  const selection = selectSeriesRows(
    table,
    filters,
    context.anchorSerial,
    context.deductRebateFromMargin
  );
  made?.set(key, selection);
  return selection;
}

function masked(selection: SeriesRows, mask: Uint8Array): SeriesRows {
  const and = (rows: Uint8Array) => rows.map((v, r) => v & mask[r]);
  return { ...selection, base: and(selection.base), rows: and(selection.rows) };
}

/** A measure's own window that equals the series' window selects the same rows. */
function ownWindow(measure: SeriesMeasure, series: SeriesDefinition): DateWindow | null {
  if (measure.kind !== "aggregate" || !measure.window) return null;
  const seriesWindow = series.filters.window;
  const same =
    seriesWindow !== null &&
    seriesWindow.months === measure.window.months &&
    (seriesWindow.offsetMonths ?? 0) === (measure.window.offsetMonths ?? 0) &&
    seriesWindow.calendar === measure.window.calendar;
  return same ? null : measure.window;
}

function isAggregate(measure: SeriesMeasure): measure is AggregateMeasure {
  return measure.kind === "aggregate";
}

export function computeSeries(
  table: TransactionTable,
  definition: SeriesDefinition,
  context: SeriesContext
): SeriesResult {
  const selection = selectRows(table, definition.filters, context);
  const levels = definition.groupBy.map((name) => dimensionColumn(table, name));
  const windowed = definition.measures.some((m) => ownWindow(m, definition) !== null);
  // Two measures with the same field, aggregation and window over the same groups (Revenue and
  // AnnualRevenue when the series' window is twelve months) are the same column: computed once.
  const computed = new Map<GroupIndex, Map<string, readonly (number | null)[]>>();
  const aggregateOver = (measure: AggregateMeasure, over: GroupIndex) => {
    const window = ownWindow(measure, definition);
    const key = JSON.stringify([fieldKey(measure.field), measure.aggregation, window]);
    const known = computed.get(over)?.get(key);
    if (known) return known.slice();
    const values = rolled ? rolled.aggregate(measure) : aggregateLines(measure, over, window);
    if (!computed.has(over)) computed.set(over, new Map());
    computed.get(over)!.set(key, values);
    return values;
  };
  // The sums over every line of the selection, by field, for a coarser series to add up.
  const summed = new Map<string, GroupSums>();
  const aggregateLines = (
    measure: AggregateMeasure,
    over: GroupIndex,
    window: DateWindow | null
  ) => {
    const rows = window
      ? rowsInWindow(table, selection.base, context.anchorSerial, window)
      : selection.rows;
    const source = numericSource(table, measure.field, context.deductRebateFromMargin);
    const average = measure.aggregation === "average";
    if (window || over !== allGroups || (measure.aggregation !== "sum" && !average))
      return aggregate(source, measure.aggregation, over, rows, over.groupCount);
    const sums = groupSums(source, over, rows, over.groupCount, average);
    recordSums(summed, measure.field, sums);
    return sumValues(sums);
  };
  const finer = context.summed?.get(selection);
  const rolled =
    finer && !windowed && !definition.filters.measures?.length
      ? rollUp(finer, levels, definition.measures.filter(isAggregate))
      : null;
  const allGroups = rolled
    ? rolled.groups
    : buildGroupIndex(levels, selection.rows, windowed ? selection.base : undefined);
  const { groups, rowsLeftOut } = applyMeasureFilters(
    definition,
    allGroups,
    selection.rows,
    aggregateOver
  );
  const dimensions = definition.groupBy.map((name, l) => ({
    name: dimensionName(table, name),
    column: levels[l],
    codes: groups.levelCodes[l],
  }));

  const scope = new Map<string, ColumnReader>();
  for (const dimension of dimensions) {
    scope.set(dimension.name, (g) => dimension.column.values[dimension.codes[g]]);
  }
  const known = [...dimensions.map((d) => d.name), ...definition.measures.map((m) => m.name)];
  const where = (m: SeriesMeasure) => `Series "${definition.label}", measure "${m.name}"`;
  const parsed = new Map(
    definition.measures
      .filter((m) => m.kind === "expression")
      .map((m) => [m.name, parseMeasureExpression(m.expression, known, where(m))])
  );
  const dependencies = (m: SeriesMeasure): readonly string[] => {
    if (m.kind === "percentRank") return [m.of];
    const expr = parsed.get(m.name);
    return expr ? referencedNames(expr) : [];
  };

  const measures = new Map<string, readonly Value[]>();
  for (const measure of orderByDependencies(
    definition.measures,
    dependencies,
    `Series "${definition.label}"`
  )) {
    const values = computeMeasure(measure);
    measures.set(measure.name, values);
    scope.set(measure.name, measureReader(values));
  }

  function computeMeasure(measure: SeriesMeasure): readonly Value[] {
    switch (measure.kind) {
      case "aggregate":
        return aggregateOver(measure, groups);
      case "expression":
        return deriveColumn(parsed.get(measure.name)!, scope, groups.groupCount);
      case "percentRank": {
        const of = measures.get(measure.of);
        if (!of) throw new Error(`percentRank of unknown measure ${measure.of}`);
        return percentRank(of.map((v) => (typeof v === "number" ? v : null)));
      }
    }
  }

  if (context.summed && summed.size > 0) {
    const made = context.summed.get(selection) ?? [];
    made.push({ groups: allGroups, sums: summed });
    context.summed.set(selection, made);
  }
  return {
    definition,
    groupCount: groups.groupCount,
    dimensions,
    // Computed in dependency order, listed in the document's, as the sheets show them.
    measures: new Map(definition.measures.map((m) => [m.name, measures.get(m.name)!])),
    window: selection.window,
    keptLines: definition.filters.measures?.length
      ? Uint8Array.from(groups.groupOfRow, (g) => (g >= 0 ? 1 : 0))
      : null,
    filtered: definition.filters.measures?.length
      ? { ...selection.filtered, measureFilter: rowsLeftOut }
      : selection.filtered,
  };
}
