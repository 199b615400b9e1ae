/**
 * A series as CTEs (SPEC, "Series"): the lines its filters keep, grouped by its levels, each
 * aggregate in one pass with its own window as a CASE inside the aggregate; then the formula and
 * percent-rank measures, one layer each. Groups are the level values the series' rows have; a
 * measure with its own window (AnnualRevenue) adds up those groups' lines in that window, as the
 * engine's group index does.
 */
import type { AggregateMeasure, DateWindow, SeriesDefinition } from "../../model/document";
import { AgentInputError } from "../../model/errors";
import { fieldKey } from "../../model/fields";
import { isoFromSerial } from "../../model/excel-date";
import { referencedNames } from "../../expr/index";
import { orderByDependencies } from "../dependency-order";
import { serialWindow } from "../filters/window";
import { parseMeasureExpression } from "../series/derive";
import type { Dialect } from "./dialect";
import { measureLayers, type MeasureStep } from "./measure-layers";
import type { GrainAggregate, LineGrain } from "./line-grain";
import { overflowColumn, seriesCte } from "./names";
import type { SourceLines } from "./source-lines";
import { translateExpression } from "./translate-expression";
import { conditionSql, dateRangeSql, lineFilterSql } from "./filter-sql";
import type { SqlValue } from "./sql-value";

export interface CompiledSeries {
  readonly definition: SeriesDefinition;
  readonly ctes: readonly string[];
  /** The CTE with one row per group: the levels and every measure, by name. */
  readonly cte: string;
  readonly levels: readonly string[];
  /** The columns the series' result shows: its levels and measures, in order. */
  readonly shown: readonly string[];
  readonly columns: ReadonlyMap<string, SqlValue>;
  /** Rows are shown largest first by this measure (the first summed one), then by the levels. */
  readonly sortMeasure: string | null;
}

export interface SeriesContext {
  readonly dialect: Dialect;
  readonly lines: SourceLines;
  /** The lines grouped once for every series: each series adds up its groups (line-grain.ts). */
  readonly grain: LineGrain;
  readonly anchorSerial: number;
}

/** How a series' CTEs are named, and the lines it may take (a subtotal's: subtotals-sql.ts). */
export interface SeriesOptions {
  /** The CTE of layer `layer`, or the final one; default seriesCte(index, layer). */
  readonly names?: (layer?: number) => string;
  /** Only the lines of this series' groups, matched by the levels they share. */
  readonly keptIn?: CompiledSeries;
}

export function compileSeries(
  definition: SeriesDefinition,
  index: number,
  context: SeriesContext,
  options: SeriesOptions = {}
): CompiledSeries {
  const { dialect } = context;
  const q = dialect.identifier;
  const nameOf = options.names ?? ((layer?: number) => seriesCte(index, layer));
  const levels = definition.groupBy.map((name) => levelOf(context.lines, name));
  const grouped = nameOf(0);
  const base = groupedCte(grouped, definition, levels, context, options.keptIn);
  const given = new Map<string, SqlValue>(
    levels.map((l) => [l.name, { sql: q(l.name), type: "string" }])
  );
  for (const m of definition.measures)
    if (m.kind === "aggregate") given.set(m.name, { sql: q(m.name), type: "number" });

  const layers = measureLayers(
    grouped,
    given,
    derivedSteps(definition, levels, dialect),
    (l) => nameOf(l),
    dialect
  );
  const names = [...levels.map((l) => l.name), ...definition.measures.map((m) => m.name)];
  const flags = guardedMeasures(definition).map((m) => overflowColumn(m.name));
  const cte = nameOf();
  const final = `${cte} AS (\n  SELECT ${[...names, ...flags].map(q).join(", ")}\n  FROM ${layers.last}\n)`;
  const sortBy = definition.measures.find(
    (m) => m.kind === "aggregate" && m.aggregation === "sum" && !m.hidden
  );
  return {
    definition,
    ctes: [base, ...layers.ctes, final],
    cte,
    levels: levels.map((l) => l.name),
    shown: names,
    columns: layers.columns,
    sortMeasure: sortBy ? sortBy.name : null,
  };
}

interface Level {
  readonly name: string;
  readonly column: string;
}

export function levelOf(lines: SourceLines, name: string): Level {
  for (const [canonical, column] of lines.dimensions)
    if (fieldKey(canonical) === fieldKey(name)) return { name: canonical, column };
  throw new AgentInputError(`Field "${name}" is not a text column of the table.`);
}

function groupedCte(
  name: string,
  definition: SeriesDefinition,
  levels: readonly Level[],
  context: SeriesContext,
  keptIn?: CompiledSeries
): string {
  const { dialect, lines } = context;
  const q = dialect.identifier;
  const { filters } = definition;
  // The series' date selection: its window and its date range (compute/filters/row-mask.ts);
  // a measure with a window of its own replaces both, as the engine's `base` rows do.
  const seriesDates = [
    ...(filters.window ? [windowTest(filters.window, context)] : []),
    ...[dateRangeSql(filters, dialect)].filter((t): t is string => t !== null),
  ];
  const seriesTest = seriesDates.length > 0 ? seriesDates.join(" AND ") : ALL_LINES;
  const datesOf = (m: AggregateMeasure) =>
    m.window && !sameWindow(m.window, filters.window) ? windowTest(m.window, context) : seriesTest;
  const { grain } = context;
  const aggregates = new Map(
    definition.measures
      .filter((m): m is AggregateMeasure => m.kind === "aggregate")
      .map((m) => [m.name, aggregateSql(m, datesOf(m), context)])
  );
  // Which measures a line beyond MONEY_LIMIT blanked, for the Data Quality sheet.
  const overflows = guardedMeasures(definition).map(
    (m) => `${oversizedSql(m, datesOf(m), context)} AS ${q(overflowColumn(m.name))}`
  );
  const lineTests = [
    // A price beyond MONEY_LIMIT is NULL here, and not a zero line.
    ...(filters.excludeZeroValue
      ? [
          `(${lines.numberValue("InvoicePrice")} IS NULL OR ${lines.numberValue("InvoicePrice")} <> 0)`,
        ]
      : []),
    ...lineFilterSql(filters, lines, dialect, (field) => levelOf(lines, field).column),
  ];
  // The series' lines are the grain's groups whose lines meet all its line tests at once (and,
  // for a subtotal, whose levels are those of a group the detail series kept).
  const where = [
    ...(lineTests.length > 0 ? [`${grain.test(lineTests.join(" AND "))} = 1`] : []),
    ...(keptIn ? [keptGroupTest(keptIn, context, dialect)] : []),
  ];
  const having = [
    `COALESCE(SUM(${inGrainTest(seriesTest, grain.rows, grain)}), 0) > 0`,
    ...(filters.measures ?? []).map((f) => conditionSql(aggregates.get(f.measure)!, f, dialect)),
  ];
  const select = [
    ...levels.map((l) => `${l.column} AS ${q(l.name)}`),
    ...[...aggregates].map(([measure, sql]) => `${sql} AS ${q(measure)}`),
    ...overflows,
  ];
  return (
    `${name} AS (\n  SELECT ${select.join(",\n    ")}\n  FROM ${grain.name}\n` +
    (where.length > 0 ? `  WHERE ${where.join(" AND ")}\n` : "") +
    (levels.length > 0 ? `  GROUP BY ${levels.map((l) => l.column).join(", ")}\n` : "") +
    `  HAVING ${having.join("\n    AND ")}\n)`
  );
}

/** A grain column of the groups whose lines meet a test, else NULL (so aggregates skip it). */
function inGrainTest(test: string, column: string, grain: LineGrain): string {
  return test === ALL_LINES ? column : `CASE WHEN ${grain.test(test)} = 1 THEN ${column} END`;
}

/**
 * The grain's group holds lines of a group `kept` shows: matched on all of kept's levels (a
 * subtotal groups by fewer), as the engine masks a subtotal's lines with the detail's kept lines
 * (compute/series/subtotals.ts); EXISTS rather than a row-value IN, which SQL Server lacks. A
 * condition on the grain's groups, not a grain test: `kept` is itself added up from the grain,
 * and the grain groups by every level, so a group is kept or left out whole (line-grain.ts).
 */
function keptGroupTest(kept: CompiledSeries, context: SeriesContext, dialect: Dialect): string {
  const q = dialect.identifier;
  const matches = kept.levels.map(
    (name) => `kept.${q(name)} = ${context.grain.name}.${levelOf(context.lines, name).column}`
  );
  return `EXISTS (SELECT 1 FROM ${kept.cte} AS kept WHERE ${matches.join(" AND ")})`;
}

/** A measure's own window equal to the series' selects the series' rows (compute-series.ts, ownWindow). */
function sameWindow(a: DateWindow, b: DateWindow | null): boolean {
  return b !== null && a.months === b.months && (a.offsetMonths ?? 0) === (b.offsetMonths ?? 0);
}

/** EDATE(A, -(offset + months)) < day <= EDATE(A, -offset), the bounds computed as the engine does. */
function windowTest(window: DateWindow, context: SeriesContext): string {
  const bounds = serialWindow(context.anchorSerial, window);
  const day = context.dialect.identifier("PricingDay");
  const date = (serial: number) => `CAST('${isoFromSerial(serial)}' AS DATE)`;
  return `${day} > ${date(bounds.fromExclusive)} AND ${day} <= ${date(bounds.to)}`;
}

/** The date selection of a series without one: every line. */
const ALL_LINES = "1 = 1";

/**
 * Sums exact in decimal, then a double as the engine's numbers; no rows: sum and count 0, others
 * blank. A line beyond MONEY_LIMIT (source-lines.ts) blanks the sum, average, min or max it enters.
 * Each adds up the grain's groups in the measure's window (line-grain.ts).
 */
function aggregateSql(m: AggregateMeasure, inWindow: string, context: SeriesContext): string {
  const { dialect, grain, lines } = context;
  const value = lines.numberValue(m.field);
  const over = (kind: GrainAggregate, column = grain.aggregate(kind, value)) =>
    inGrainTest(inWindow, column, grain);
  const asDouble = (sql: string) => `CAST(${sql} AS ${dialect.double})`;
  const guarded = (sql: string) =>
    `CASE WHEN ${oversizedSql(m, inWindow, context)} IS NULL THEN ${sql} END`;
  switch (m.aggregation) {
    case "sum":
      return guarded(asDouble(`COALESCE(SUM(${over("sum")}), 0)`));
    case "average":
      return guarded(
        `${asDouble(`SUM(${over("sum")})`)} / NULLIF(${asDouble(`SUM(${over("count")})`)}, 0)`
      );
    case "count":
      return asDouble(`COALESCE(SUM(${over("count", grain.rows)}), 0)`);
    case "min":
      return guarded(asDouble(`MIN(${over("min")})`));
    case "max":
      return guarded(asDouble(`MAX(${over("max")})`));
  }
}

/** 1 when a line of the group, in the measure's window, is beyond MONEY_LIMIT; else NULL. */
function oversizedSql(m: AggregateMeasure, inWindow: string, context: SeriesContext): string {
  const { grain, lines } = context;
  return `MAX(${inGrainTest(inWindow, grain.aggregate("max", lines.oversized(m.field)), grain)})`;
}

/** The measures a line beyond MONEY_LIMIT can blank: every aggregate but a count. */
export function guardedMeasures(definition: SeriesDefinition): AggregateMeasure[] {
  return definition.measures.filter(
    (m): m is AggregateMeasure => m.kind === "aggregate" && m.aggregation !== "count"
  );
}

function derivedSteps(
  definition: SeriesDefinition,
  levels: readonly Level[],
  dialect: Dialect
): MeasureStep[] {
  const known = [...levels.map((l) => l.name), ...definition.measures.map((m) => m.name)];
  const where = (name: string) => `Series "${definition.label}", measure "${name}"`;
  const derived = definition.measures.filter((m) => m.kind !== "aggregate");
  const parsed = new Map(
    derived.flatMap((m) =>
      m.kind === "expression"
        ? [[m.name, parseMeasureExpression(m.expression, known, where(m.name))] as const]
        : []
    )
  );
  const ordered = orderByDependencies(
    derived,
    (m) => (m.kind === "percentRank" ? [m.of] : referencedNames(parsed.get(m.name)!)),
    `Series "${definition.label}"`
  );
  return ordered.map((m): MeasureStep => ({
    name: m.name,
    translate: (columns) => {
      if (m.kind === "percentRank") return percentRank(columns.get(m.of), dialect);
      const formula = m.kind === "expression" ? m.expression : "";
      return translateExpression(parsed.get(m.name)!, {
        dialect,
        formula,
        lookup: (n) => columns.get(n),
      });
    },
  }));
}

/** SQL's PERCENT_RANK is the engine's (ties share the lowest rank, one row is 0); blanks are not ranked. */
function percentRank(of: SqlValue | undefined, dialect: Dialect): SqlValue {
  if (!of || of.type !== "number")
    return { sql: `CAST(NULL AS ${dialect.double})`, type: "number" };
  const blank = `CASE WHEN ${of.sql} IS NULL THEN 1 ELSE 0 END`;
  return {
    sql: `CASE WHEN ${of.sql} IS NULL THEN NULL ELSE PERCENT_RANK() OVER (PARTITION BY ${blank} ORDER BY ${of.sql}) END`,
    type: "number",
  };
}

/**
 * ORDER BY of a series' rows, or of the join's (which follow the left series): largest first
 * by the sort measure, ties by the levels' values (the engine keeps first appearance there).
 */
export function seriesOrder(series: CompiledSeries, dialect: Dialect, qualify = false): string {
  const q = dialect.identifier;
  // A blank sum sorts as 0, as the engine sorts it.
  const measure = series.sortMeasure
    ? [
        `COALESCE(${q(qualify ? `${series.definition.id}.${series.sortMeasure}` : series.sortMeasure)}, 0) DESC`,
      ]
    : [];
  const order = [...measure, ...series.levels.map(q)];
  return order.length > 0 ? order.join(", ") : "1";
}
