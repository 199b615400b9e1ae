/**
 * The series step's slice of the agent reducer: each series' label, levels, window, filters and
 * measures, and the anchor date the windows end on. Composed by state/agent-reducer.ts.
 */
import type {
  AgentDocument,
  DimensionFilter,
  SeriesDefinition,
  SeriesFilters,
  SeriesMeasure,
} from "../../../core/model/document";
import { actionOf, moveItem, replaceAt, withoutIndex } from "../../state/list-edits";

export type SeriesAction =
  | { readonly type: "setAnchorDate"; readonly anchorDate: string | null }
  | {
      readonly type: "updateSeries";
      readonly series: number;
      readonly patch: Partial<
        Pick<SeriesDefinition, "label" | "groupBy" | "subtotals" | "source" | "currency">
      >;
    }
  /** months null = no date filter. */
  | { readonly type: "setSeriesWindow"; readonly series: number; readonly months: number | null }
  | { readonly type: "setExcludeZero"; readonly series: number; readonly value: boolean }
  | {
      readonly type: "addDimensionFilter";
      readonly series: number;
      readonly filter: DimensionFilter;
    }
  | {
      readonly type: "updateDimensionFilter";
      readonly series: number;
      readonly index: number;
      readonly filter: DimensionFilter;
    }
  | { readonly type: "removeDimensionFilter"; readonly series: number; readonly index: number }
  /** The date range, number filters and measure filters: the keys given replace the series' own. */
  | {
      readonly type: "setSeriesFilters";
      readonly series: number;
      readonly patch: Partial<Pick<SeriesFilters, "numbers" | "dateRange" | "measures">>;
    }
  | { readonly type: "addMeasure"; readonly series: number; readonly measure: SeriesMeasure }
  | {
      readonly type: "updateMeasure";
      readonly series: number;
      readonly index: number;
      readonly measure: SeriesMeasure;
    }
  | { readonly type: "removeMeasure"; readonly series: number; readonly index: number }
  | {
      readonly type: "moveMeasure";
      readonly series: number;
      readonly from: number;
      readonly to: number;
    };

export const isSeriesAction = actionOf<SeriesAction>({
  setAnchorDate: true,
  updateSeries: true,
  setSeriesWindow: true,
  setExcludeZero: true,
  addDimensionFilter: true,
  updateDimensionFilter: true,
  removeDimensionFilter: true,
  setSeriesFilters: true,
  addMeasure: true,
  updateMeasure: true,
  removeMeasure: true,
  moveMeasure: true,
});

/** A series index that does not exist leaves the document as it was. */
function updateSeries(
  doc: AgentDocument,
  index: number,
  update: (s: SeriesDefinition) => SeriesDefinition
): AgentDocument {
  const current = doc.series[index];
  if (!current) return doc;
  return { ...doc, series: replaceAt(doc.series, index, update(current)) };
}

function withFilters(
  doc: AgentDocument,
  index: number,
  update: (f: SeriesFilters) => SeriesFilters
): AgentDocument {
  return updateSeries(doc, index, (s) => ({ ...s, filters: update(s.filters) }));
}

function withMeasures(
  doc: AgentDocument,
  index: number,
  update: (m: readonly SeriesMeasure[]) => readonly SeriesMeasure[]
): AgentDocument {
  return updateSeries(doc, index, (s) => ({ ...s, measures: update(s.measures) }));
}

export function seriesReducer(doc: AgentDocument, action: SeriesAction): AgentDocument {
  switch (action.type) {
    case "setAnchorDate":
      return { ...doc, anchorDate: action.anchorDate };
    case "updateSeries":
      return updateSeries(doc, action.series, (s) => ({ ...s, ...action.patch }));
    case "setSeriesWindow":
      return withFilters(doc, action.series, (f) => ({
        ...f,
        window: action.months === null ? null : { ...(f.window ?? {}), months: action.months },
      }));
    case "setExcludeZero":
      return withFilters(doc, action.series, (f) => ({ ...f, excludeZeroValue: action.value }));
    case "addDimensionFilter":
      return withFilters(doc, action.series, (f) => ({
        ...f,
        dimensions: [...f.dimensions, action.filter],
      }));
    case "updateDimensionFilter":
      return withFilters(doc, action.series, (f) => ({
        ...f,
        dimensions: replaceAt(f.dimensions, action.index, action.filter),
      }));
    case "removeDimensionFilter":
      return withFilters(doc, action.series, (f) => ({
        ...f,
        dimensions: withoutIndex(f.dimensions, action.index),
      }));
    case "setSeriesFilters":
      return withFilters(doc, action.series, (f) => ({ ...f, ...action.patch }));
    case "addMeasure":
      return withMeasures(doc, action.series, (m) => [...m, action.measure]);
    case "updateMeasure":
      return withMeasures(doc, action.series, (m) => replaceAt(m, action.index, action.measure));
    case "removeMeasure":
      return withMeasures(doc, action.series, (m) => withoutIndex(m, action.index));
    case "moveMeasure":
      return withMeasures(doc, action.series, (m) => moveItem(m, action.from, action.to));
  }
}
