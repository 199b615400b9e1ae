/// <reference types="office-js" />
/* global Excel */
/**
 * Draws a result sheet's charts (SheetDescription.charts) with Excel's chart API, over the cells
 * the writer just put there: the core decided what to chart, this only maps each kind onto
 * Excel's (scatter: XYScatter; line: XYScatterLinesNoMarkers; bar: BarClustered; waterfall:
 * ColumnStacked on an invisible base series). Charts stand to the right of the table, one under
 * the other, like the .xlsx writer's (src/xlsx/charts.ts). A chart naming a table or column that
 * was not written, or over an empty table, is left out, as there.
 */
import {
  CHART_SERIES_COLORS,
  chartSeriesColumns,
  WATERFALL_COLORS,
  type SheetChart,
  type SheetDescription,
} from "../core/model/sheet";
import type { SheetLayout } from "./sheet-layout";

/** A written table: the worksheet holding it, and the description and layout it was written from. */
export interface ChartSource {
  readonly sheet: Excel.Worksheet;
  readonly description: SheetDescription;
  readonly layout: SheetLayout;
}

const CHART_WIDTH_POINTS = 480;
const CHART_HEIGHT_POINTS = 300;
/** Rows a chart covers at the default row height (15 points), plus a gap of two. */
const CHART_ROW_STEP = Math.ceil(CHART_HEIGHT_POINTS / 15) + 2;

/**
 * Queues the charts of `target` (the caller syncs). `sources` finds another sheet's table by the
 * description's table name, for charts with `table` set.
 */
export function queueSheetCharts(
  target: ChartSource,
  sources: ReadonlyMap<string, ChartSource>
): void {
  let row = target.layout.headerRow;
  for (const chart of target.description.charts ?? []) {
    const source = chart.table === undefined ? target : sources.get(chart.table);
    if (!source || source.description.table.rows.length === 0) continue;
    const drawn = drawChart(target.sheet, chart, source);
    if (!drawn) continue;
    drawn.setPosition(target.sheet.getRangeByIndexes(row, target.layout.columnCount + 1, 1, 1));
    drawn.width = CHART_WIDTH_POINTS;
    drawn.height = CHART_HEIGHT_POINTS;
    row += CHART_ROW_STEP;
  }
}

function drawChart(
  sheet: Excel.Worksheet,
  chart: SheetChart,
  source: ChartSource
): Excel.Chart | null {
  const { columns, rows } = source.description.table;
  const index = (key: string) => columns.findIndex((column) => column.key === key);
  const header = (key: string) => columns[index(key)].header;
  /** Rows first..first+count-1 (0-based) of a column's data. */
  const cells = (key: string, first = 0, count = rows.length) =>
    source.sheet.getRangeByIndexes(source.layout.firstDataRow + first, index(key), count, 1);
  const keys =
    chart.kind === "scatter" || chart.kind === "line"
      ? [chart.x, ...chartSeriesColumns(chart)]
      : chart.kind === "bar"
        ? [chart.category, chart.value]
        : [chart.category, chart.base, ...chart.bars.map((bar) => bar.column)];
  if (keys.some((key) => index(key) < 0)) return null;

  if (chart.kind === "scatter" || chart.kind === "line") {
    const ys = chartSeriesColumns(chart);
    const xs = cells(chart.x);
    const drawn = sheet.charts.add(
      chart.kind === "scatter" ? "XYScatter" : "XYScatterLinesNoMarkers",
      cells(ys[0]),
      "Columns"
    );
    ys.forEach((y, i) => {
      const series = i === 0 ? drawn.series.getItemAt(0) : drawn.series.add(header(y));
      series.setXAxisValues(xs);
      series.setValues(cells(y));
      series.name = header(y);
      const color = CHART_SERIES_COLORS[i % CHART_SERIES_COLORS.length];
      if (chart.kind === "scatter") {
        series.markerStyle = "Circle";
        series.markerBackgroundColor = color;
        series.markerForegroundColor = color;
      } else {
        series.format.line.color = color;
      }
    });
    drawn.title.text = chart.title;
    drawn.axes.categoryAxis.title.text = header(chart.x);
    if (chart.kind === "line" && chart.xBounds) {
      drawn.axes.categoryAxis.minimum = chart.xBounds.min;
      drawn.axes.categoryAxis.maximum = chart.xBounds.max;
    }
    // Several series share the vertical axis: the legend names them instead of an axis title.
    if (ys.length === 1) drawn.axes.valueAxis.title.text = header(ys[0]);
    legend(drawn, ys.length > 1 ? [] : null);
    return drawn;
  }

  if (chart.kind === "bar") {
    const count = Math.max(1, Math.min(Math.floor(chart.topN), rows.length));
    const values = cells(chart.value, 0, count);
    const drawn = sheet.charts.add("BarClustered", values, "Columns");
    const series = drawn.series.getItemAt(0);
    series.setXAxisValues(cells(chart.category, 0, count));
    series.setValues(values);
    series.name = header(chart.value);
    drawn.title.text = chart.title;
    legend(drawn, null);
    // Bars are drawn bottom-up; reversing puts the first row on top, as in the table.
    drawn.axes.categoryAxis.reversePlotOrder = true;
    return drawn;
  }

  const first = Math.max(0, Math.floor(chart.rows?.first ?? 0));
  const count = Math.min(Math.floor(chart.rows?.count ?? rows.length), rows.length - first);
  if (count < 1) return null;
  const steps = cells(chart.category, first, count);
  const drawn = sheet.charts.add("ColumnStacked", cells(chart.base, first, count), "Columns");
  const base = drawn.series.getItemAt(0);
  base.setXAxisValues(steps);
  base.setValues(cells(chart.base, first, count));
  base.name = header(chart.base);
  base.format.fill.clear();
  base.format.line.lineStyle = "None";
  base.gapWidth = 50;
  base.overlap = 100;
  const hidden = [0];
  const shown = new Set<string>();
  chart.bars.forEach((bar, i) => {
    const series = drawn.series.add(header(bar.column));
    series.setXAxisValues(steps);
    series.setValues(cells(bar.column, first, count));
    series.format.fill.setSolidColor(WATERFALL_COLORS[bar.role]);
    if (shown.has(bar.role)) hidden.push(i + 1);
    shown.add(bar.role);
  });
  drawn.title.text = chart.title;
  legend(drawn, hidden);
  return drawn;
}

/** null: no legend; otherwise a legend under the plot without the listed entries. */
function legend(chart: Excel.Chart, hidden: readonly number[] | null): void {
  chart.legend.visible = hidden !== null;
  if (hidden === null) return;
  chart.legend.position = "Bottom";
  for (const entry of hidden) chart.legend.legendEntries.getItemAt(entry).visible = false;
}
