import type {
  AgentDocument,
  Aggregation,
  AggregateMeasure,
  DateWindow,
  ExpressionMeasure,
  PercentRankMeasure,
  SeriesDefinition,
  SeriesFilters,
} from "../../src/core/model/document";
import { unprofitableAccountAgent } from "../../src/core/model/preset";
import { computeSeries, type SeriesResult } from "../../src/core/compute/series/compute-series";
import type { TransactionTable } from "../../src/core/model/transactions";
import { serialOf } from "./table";

/** Small builders for agent documents and series, so each test states only what it is about. */

export function aggregate(
  name: string,
  field: string,
  aggregation: Aggregation = "sum",
  window?: DateWindow
): AggregateMeasure {
  const base: AggregateMeasure = {
    kind: "aggregate",
    name,
    label: name,
    field,
    aggregation,
    format: "money",
  };
  return window ? { ...base, window } : base;
}

export function expression(name: string, formula: string): ExpressionMeasure {
  return { kind: "expression", name, label: name, expression: formula };
}

export function rank(name: string, of: string): PercentRankMeasure {
  return { kind: "percentRank", name, label: name, of, format: "rank" };
}

/** A series over every row (no window, zero lines kept, no dimension filter) unless told otherwise. */
export function series(
  measures: SeriesDefinition["measures"],
  options: {
    id?: string;
    label?: string;
    groupBy?: readonly string[];
    filters?: Partial<SeriesFilters>;
  } = {}
): SeriesDefinition {
  return {
    id: options.id ?? "S",
    label: options.label ?? "Test series",
    groupBy: options.groupBy ?? ["CustomerId"],
    measures,
    filters: { window: null, excludeZeroValue: false, dimensions: [], ...options.filters },
  };
}

/** Computes a series and returns its columns as plain objects keyed by the first group-by level. */
export function seriesRows(
  table: TransactionTable,
  definition: SeriesDefinition,
  anchor = "2025-10-21",
  deductRebateFromMargin = false
): { result: SeriesResult; rows: Record<string, Record<string, unknown>> } {
  const result = computeSeries(table, definition, {
    anchorSerial: serialOf(anchor),
    deductRebateFromMargin,
  });
  const rows: Record<string, Record<string, unknown>> = {};
  for (let g = 0; g < result.groupCount; g++) {
    const row: Record<string, unknown> = {};
    for (const d of result.dimensions) row[d.name] = d.column.values[d.codes[g]];
    for (const [name, values] of result.measures) row[name] = values[g];
    const key = result.dimensions.map((d) => d.column.values[d.codes[g]]).join("|");
    rows[key] = row;
  }
  return { result, rows };
}

/** The preset agent, anchored, as JSON would hold it (a fresh deep copy each call). */
export function presetDocument(anchorDate: string | null = "2025-10-21"): AgentDocument {
  return JSON.parse(JSON.stringify({ ...unprofitableAccountAgent(), anchorDate })) as AgentDocument;
}
