/**
 * A result sheet's chart (SheetChart, described by the core) as a chart part over its table's
 * cells, with the alternative text screen readers announce. A chart naming a column the table
 * lacks, or over no rows, is null: left out rather than failing the report.
 */
import {
  CHART_SERIES_COLORS,
  chartSeriesColumns,
  WATERFALL_COLORS,
  type LineChart,
  type ScatterChart,
  type SheetChart,
  type SheetColumn,
  type SheetDescription,
  type TopBarChart,
  type WaterfallChart,
} from "../core/model/sheet";
import { barChartXml, scatterChartXml, waterfallChartXml } from "./chart-xml";
import { TableRanges } from "./chart-ranges";

export interface ChartPart {
  readonly xml: string;
  readonly description: string;
}

const AXIS_FORMAT: Record<SheetColumn["format"], string> = {
  text: "General",
  money: "#,##0",
  percent: "0%",
  number: "#,##0.##",
  integer: "#,##0",
  rank: "0.00",
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd",
};

export function chartPart(
  chart: SheetChart,
  sheet: SheetDescription,
  sheetName: string
): ChartPart | null {
  if (sheet.table.rows.length === 0) return null;
  const ranges = new TableRanges(sheet, sheetName);
  if (chart.kind === "scatter" || chart.kind === "line") return xyChart(chart, ranges);
  if (chart.kind === "waterfall") return waterfallChart(chart, ranges);
  return topBarChart(chart, ranges);
}

/** Points (scatter) or a line through the rows in order (line), one series per y column. */
function xyChart(chart: ScatterChart | LineChart, ranges: TableRanges): ChartPart | null {
  const x = ranges.column(chart.x);
  const ys = chartSeriesColumns(chart).map((key) => ranges.column(key));
  if (!x || ys.length === 0 || ys.some((y) => y === null)) return null;
  const series = ys.filter((y) => y !== null);
  const rows = ranges.rowCount;
  const names = series.map((y) => y.column.header).join(" and ");
  return {
    description:
      chart.kind === "scatter"
        ? `Scatter chart: ${names} against ${x.column.header}, one point per row of the table.`
        : `Line chart: ${names} against ${x.column.header}, through the rows of the table in order.`,
    xml: scatterChartXml({
      title: chart.title,
      style: chart.kind === "scatter" ? "markers" : "line",
      series: series.map((y, index) => ({
        name: y.column.header,
        color: CHART_SERIES_COLORS[index % CHART_SERIES_COLORS.length].replace("#", ""),
        x: ranges.numbers(x.index, 0, rows),
        y: ranges.numbers(y.index, 0, rows),
      })),
      x: {
        title: x.column.header,
        format: AXIS_FORMAT[x.column.format],
        bounds: chart.kind === "line" ? chart.xBounds : undefined,
      },
      // Several series share the axis: it is titled by the first one's format only.
      y: {
        title: series.length === 1 ? series[0].column.header : "",
        format: AXIS_FORMAT[series[0].column.format],
      },
    }),
  };
}

/** Stacked columns on an invisible base; a role's first bar column alone shows in the legend. */
function waterfallChart(chart: WaterfallChart, ranges: TableRanges): ChartPart | null {
  const category = ranges.column(chart.category);
  const base = ranges.column(chart.base);
  const found = chart.bars.map((bar) => ranges.column(bar.column));
  if (!category || !base || found.some((bar) => bar === null)) return null;
  const bars = chart.bars.map((bar, i) => ({ role: bar.role, ...found[i]! }));
  const first = Math.max(0, Math.floor(chart.rows?.first ?? 0));
  const count = Math.min(Math.floor(chart.rows?.count ?? ranges.rowCount), ranges.rowCount - first);
  if (count < 1) return null;
  const roles = [...new Set(bars.map((bar) => bar.role))];
  return {
    description: `Waterfall chart (stacked columns on an invisible base): ${roles.join(", ")} by ${category.column.header}.`,
    xml: waterfallChartXml({
      title: chart.title,
      categories: ranges.texts(category.index, first, count),
      format: AXIS_FORMAT[base.column.format],
      series: [
        {
          name: base.column.header,
          color: null,
          inLegend: false,
          values: ranges.numbers(base.index, first, count),
        },
        ...bars.map((bar, i) => ({
          name: bar.column.header,
          color: WATERFALL_COLORS[bar.role].replace("#", ""),
          inLegend: bars.findIndex((other) => other.role === bar.role) === i,
          values: ranges.numbers(bar.index, first, count),
        })),
      ],
    }),
  };
}

/** The table's first `topN` rows as horizontal bars. */
function topBarChart(chart: TopBarChart, ranges: TableRanges): ChartPart | null {
  const category = ranges.column(chart.category);
  const value = ranges.column(chart.value);
  if (!category || !value) return null;
  const rows = Math.max(1, Math.min(Math.floor(chart.topN), ranges.rowCount));
  return {
    description: `Bar chart: ${value.column.header} of the first ${rows} rows, by ${category.column.header}.`,
    xml: barChartXml({
      title: chart.title,
      seriesName: value.column.header,
      categories: ranges.texts(category.index, 0, rows),
      values: { ...ranges.numbers(value.index, 0, rows), format: AXIS_FORMAT[value.column.format] },
    }),
  };
}
