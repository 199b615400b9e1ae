/**
 * DrawingML chart parts (ECMA-376 part 1, 21.2) for the report's charts: scatter and line, top-N
 * bars and the stacked-column waterfall. Each is its series, its axes (chart-axes.ts) and the
 * common frame (chart-parts.ts).
 */
import { BAR_VALUE_AXIS, categoryAxis, valueAxis, type ValueAxis } from "./chart-axes";
import {
  chartSpace,
  legend,
  NO_LINE,
  numberReference,
  seriesHead,
  SMALL_TEXT,
  solid,
  textReference,
  type NumberRange,
  type TextRange,
} from "./chart-parts";
import { escapeXml } from "./escape-xml";

export type { NumberRange, TextRange } from "./chart-parts";

/** Office's first series colour, for the single-series bar chart. */
const SERIES_COLOR = "4472C4";

/** One series of an XY chart: its name, colour (RRGGBB) and the x and y ranges. */
export interface XySeriesXml {
  readonly name: string;
  readonly color: string;
  readonly x: NumberRange;
  readonly y: NumberRange;
}

export interface AxisXml {
  readonly title: string;
  readonly format: string;
  /** Fixed ends; default automatic. */
  readonly bounds?: ValueAxis["bounds"];
}

export interface ScatterChartXml {
  readonly title: string;
  /** Markers only (a point per row), or a line through the rows without markers. */
  readonly style: "markers" | "line";
  readonly series: readonly XySeriesXml[];
  readonly x: AxisXml;
  readonly y: AxisXml;
}

/** A series of the waterfall's stacked columns; `color` null = invisible (the base). */
export interface StackedSeriesXml {
  readonly name: string;
  readonly color: string | null;
  readonly inLegend: boolean;
  readonly values: NumberRange;
}

export interface WaterfallChartXml {
  readonly title: string;
  readonly categories: TextRange;
  readonly series: readonly StackedSeriesXml[];
  readonly format: string;
}

export interface BarChartXml {
  readonly title: string;
  readonly seriesName: string;
  readonly categories: TextRange;
  readonly values: NumberRange & { readonly format: string };
}

function xySeries(spec: XySeriesXml, index: number, chart: ScatterChartXml): string {
  const look =
    chart.style === "markers"
      ? `<c:spPr>${NO_LINE}</c:spPr><c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${solid(spec.color)}${NO_LINE}</c:spPr></c:marker>`
      : `<c:spPr><a:ln w="28575" cap="rnd">${solid(spec.color)}<a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`;
  return (
    `<c:ser>${seriesHead(index, spec.name)}${look}` +
    `<c:xVal>${numberReference(spec.x, chart.x.format)}</c:xVal><c:yVal>${numberReference(spec.y, chart.y.format)}</c:yVal>` +
    `<c:smooth val="0"/></c:ser>`
  );
}

/** XY scatter: markers only (one point per row) or a line through the rows; a legend from two series on. */
export function scatterChartXml(spec: ScatterChartXml): string {
  const series = spec.series.map((one, index) => xySeries(one, index, spec)).join("");
  const { x, y } = spec;
  return chartSpace(
    spec.title,
    `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}<c:axId val="1001"/><c:axId val="1002"/></c:scatterChart>` +
      valueAxis({ id: 1001, crossAxis: 1002, position: "b", ...x }) +
      valueAxis({ id: 1002, crossAxis: 1001, position: "l", format: y.format, title: y.title }),
    spec.series.length > 1 ? legend() : ""
  );
}

function stackedSeries(one: StackedSeriesXml, index: number, spec: WaterfallChartXml): string {
  const fill = one.color === null ? `<a:noFill/>${NO_LINE}` : solid(one.color);
  return (
    `<c:ser>${seriesHead(index, one.name)}<c:spPr>${fill}</c:spPr><c:invertIfNegative val="0"/>` +
    `<c:cat>${textReference(spec.categories)}</c:cat><c:val>${numberReference(one.values, spec.format)}</c:val></c:ser>`
  );
}

/**
 * The waterfall as stacked columns (see core/report/contribution/waterfall.ts): the first series
 * is the invisible base, the others the visible bars. Columns overlap fully so each step is one bar.
 */
export function waterfallChartXml(spec: WaterfallChartXml): string {
  const series = spec.series.map((one, index) => stackedSeries(one, index, spec)).join("");
  const hidden = spec.series.flatMap((one, index) => (one.inLegend ? [] : [index]));
  return chartSpace(
    spec.title,
    `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}` +
      `<c:gapWidth val="50"/><c:overlap val="100"/><c:axId val="3001"/><c:axId val="3002"/></c:barChart>` +
      categoryAxis(3001, 3002, "b", "minMax") +
      valueAxis({
        id: 3002,
        crossAxis: 3001,
        position: "l",
        format: spec.format,
        placement: BAR_VALUE_AXIS,
      }),
    legend(hidden)
  );
}

/**
 * Horizontal bars, first row at the top: the category axis runs max-to-min, and the value axis
 * crosses it at its maximum so it stays at the bottom.
 */
export function barChartXml(spec: BarChartXml): string {
  const { format } = spec.values;
  const labels =
    `<c:dLbls><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:spPr><a:noFill/>${NO_LINE}</c:spPr>` +
    `${SMALL_TEXT}<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
    `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
  const series =
    `<c:ser>${seriesHead(0, spec.seriesName)}<c:spPr>${solid(SERIES_COLOR)}</c:spPr><c:invertIfNegative val="0"/>${labels}` +
    `<c:cat>${textReference(spec.categories)}</c:cat><c:val>${numberReference(spec.values, format)}</c:val></c:ser>`;
  return chartSpace(
    spec.title,
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
      `<c:gapWidth val="60"/><c:axId val="2001"/><c:axId val="2002"/></c:barChart>` +
      categoryAxis(2001, 2002, "l", "maxMin") +
      valueAxis({
        id: 2002,
        crossAxis: 2001,
        position: "b",
        format,
        placement: { ...BAR_VALUE_AXIS, crosses: "max" },
      }),
    ""
  );
}
