import type { DimensionFilter, SeriesMeasure } from "../../../../src/core/model/document";
import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import {
  isSeriesAction,
  seriesReducer,
} from "../../../../src/taskpane/steps/series/series-reducer";

/** The series step's slice: the anchor date and each series' levels, window, filters and measures. */
const doc = unprofitableAccountAgent();

test("claims the series step's actions only", () => {
  expect(isSeriesAction({ type: "setAnchorDate" })).toBe(true);
  expect(isSeriesAction({ type: "moveMeasure" })).toBe(true);
  expect(isSeriesAction({ type: "setJoinOn" })).toBe(false);
});

test("the anchor date is set and cleared", () => {
  const set = seriesReducer(doc, { type: "setAnchorDate", anchorDate: "2025-06-30" });
  expect(set.anchorDate).toBe("2025-06-30");
  expect(seriesReducer(set, { type: "setAnchorDate", anchorDate: null }).anchorDate).toBeNull();
});

test("an edit of a series that does not exist leaves the document as it was", () => {
  expect(seriesReducer(doc, { type: "updateSeries", series: 9, patch: { label: "X" } })).toBe(doc);
  expect(seriesReducer(doc, { type: "setExcludeZero", series: 9, value: true })).toBe(doc);
});

test("the window keeps its other keys, and null removes the date filter", () => {
  const twelve = seriesReducer(doc, { type: "setSeriesWindow", series: 0, months: 12 });
  expect(twelve.series[0].filters.window).toMatchObject({ months: 12 });
  expect(twelve.series[1]).toBe(doc.series[1]);
  const none = seriesReducer(twelve, { type: "setSeriesWindow", series: 0, months: null });
  expect(none.series[0].filters.window).toBeNull();
});

test("dimension filters are added, replaced and removed by index", () => {
  const before = doc.series[0].filters.dimensions.length;
  const filter: DimensionFilter = { field: "CustomerSegment", operator: "in", values: ["Cooling"] };
  const added = seriesReducer(doc, { type: "addDimensionFilter", series: 0, filter });
  expect(added.series[0].filters.dimensions).toHaveLength(before + 1);
  const other: DimensionFilter = {
    field: "CustomerSegment",
    operator: "notIn",
    values: ["Cooling"],
  };
  const replaced = seriesReducer(added, {
    type: "updateDimensionFilter",
    series: 0,
    index: before,
    filter: other,
  });
  expect(replaced.series[0].filters.dimensions[before]).toBe(other);
  const removed = seriesReducer(replaced, {
    type: "removeDimensionFilter",
    series: 0,
    index: before,
  });
  expect(removed.series[0].filters.dimensions).toEqual(doc.series[0].filters.dimensions);
});

test("measures are added, replaced, moved and removed; a move out of range keeps the order", () => {
  const names = (d: typeof doc) => d.series[0].measures.map((m) => m.name);
  const extra: SeriesMeasure = { ...doc.series[0].measures[0], name: "Extra", label: "Extra" };
  const added = seriesReducer(doc, { type: "addMeasure", series: 0, measure: extra });
  const last = names(added).length - 1;
  expect(names(added)[last]).toBe("Extra");
  const moved = seriesReducer(added, { type: "moveMeasure", series: 0, from: last, to: 0 });
  expect(names(moved)[0]).toBe("Extra");
  const outside = seriesReducer(moved, { type: "moveMeasure", series: 0, from: 0, to: 99 });
  expect(names(outside)).toEqual(names(moved));
  const renamed = seriesReducer(moved, {
    type: "updateMeasure",
    series: 0,
    index: 0,
    measure: { ...extra, name: "Renamed" },
  });
  expect(names(renamed)[0]).toBe("Renamed");
  const removed = seriesReducer(renamed, { type: "removeMeasure", series: 0, index: 0 });
  expect(names(removed)).toEqual(names(doc));
});
