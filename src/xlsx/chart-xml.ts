/**
 * DrawingML chart parts (ECMA-376 part 1, 21.2) for the report's charts (scatter, line, top-N
 * bars and the stacked-column waterfall), with cached values so a viewer that does not
 * recalculate still draws them. Element order follows the schema; Excel refuses a chart part
 * whose children are out of order.
 */
import { escapeXml } from "./ooxml-package";

export const CHART_NAMESPACES =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Office's first series colour, for the single-series bar chart. */
const SERIES_COLOR = "4472C4";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A range of one column, its formula (`'Join Series'!$G$6:$G$45`) and the values it holds. */
export interface NumberRange {
  readonly formula: string;
  readonly values: readonly (number | null)[];
}

export interface TextRange {
  readonly formula: string;
  readonly values: readonly string[];
}

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
  readonly bounds?: { readonly min: number; readonly max: number };
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

function richText(text: string, size: number, bold: boolean): string {
  const run = `<a:rPr lang="en-US" sz="${size}" b="${bold ? 1 : 0}"/>`;
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r>${run}<a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function title(text: string, size = 1200): string {
  return `<c:title>${richText(text, size, true)}<c:overlay val="0"/></c:title>`;
}

function numberReference({ formula, values }: NumberRange, format: string): string {
  const points = values
    .map((value, index) =>
      value === null || !Number.isFinite(value)
        ? ""
        : `<c:pt idx="${index}"><c:v>${value}</c:v></c:pt>`
    )
    .join("");
  return (
    `<c:numRef><c:f>${escapeXml(formula)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode>` +
    `<c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`
  );
}

function textReference({ formula, values }: TextRange): string {
  const points = values
    .map((value, index) => `<c:pt idx="${index}"><c:v>${escapeXml(value)}</c:v></c:pt>`)
    .join("");
  return `<c:strRef><c:f>${escapeXml(formula)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache></c:strRef>`;
}

function chartSpace(chart: string): string {
  return `${XML_HEAD}<c:chartSpace ${CHART_NAMESPACES}><c:roundedCorners val="0"/><c:chart>${chart}</c:chart></c:chartSpace>`;
}

const NO_LINE = "<a:ln><a:noFill/></a:ln>";

interface AxisPlacement {
  /** Where this axis crosses the other one: "autoZero", or "max" (its last category). */
  readonly crosses: "autoZero" | "max";
  /** "low": labels at the low end of the other axis, away from negative values; "nextTo": beside the axis line. */
  readonly labels: "low" | "nextTo";
  readonly crossBetween: "midCat" | "between";
}

const SCATTER_AXIS: AxisPlacement = { crosses: "autoZero", labels: "low", crossBetween: "midCat" };

function valueAxis(
  id: number,
  crossAxis: number,
  position: "b" | "l",
  format: string,
  axisTitle?: string,
  placement = SCATTER_AXIS,
  bounds?: AxisXml["bounds"]
): string {
  const ends = bounds ? `<c:max val="${bounds.max}"/><c:min val="${bounds.min}"/>` : "";
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${ends}</c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${position}"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    (axisTitle ? title(axisTitle, 1000) : "") +
    `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="${placement.labels}"/><c:crossAx val="${crossAxis}"/><c:crosses val="${placement.crosses}"/>` +
    `<c:crossBetween val="${placement.crossBetween}"/></c:valAx>`
  );
}

const solid = (color: string) => `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;

function xySeries(spec: XySeriesXml, index: number, chart: ScatterChartXml): string {
  const look =
    chart.style === "markers"
      ? `<c:spPr>${NO_LINE}</c:spPr><c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${solid(spec.color)}${NO_LINE}</c:spPr></c:marker>`
      : `<c:spPr><a:ln w="28575" cap="rnd">${solid(spec.color)}<a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(spec.name)}</c:v></c:tx>${look}` +
    `<c:xVal>${numberReference(spec.x, chart.x.format)}</c:xVal><c:yVal>${numberReference(spec.y, chart.y.format)}</c:yVal>` +
    `<c:smooth val="0"/></c:ser>`
  );
}

/**
 * A legend under the plot, without the entries listed (by series index): the waterfall's
 * invisible base and the repeated colours of its below-zero parts.
 */
function legend(hidden: readonly number[] = []): string {
  const entries = hidden
    .map((index) => `<c:legendEntry><c:idx val="${index}"/><c:delete val="1"/></c:legendEntry>`)
    .join("");
  return `<c:legend><c:legendPos val="b"/>${entries}<c:overlay val="0"/></c:legend>`;
}

/** XY scatter: markers only (one point per row) or a line through the rows; a legend from two series on. */
export function scatterChartXml(spec: ScatterChartXml): string {
  const series = spec.series.map((one, index) => xySeries(one, index, spec)).join("");
  return chartSpace(
    `${title(spec.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
      `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}<c:axId val="1001"/><c:axId val="1002"/></c:scatterChart>` +
      valueAxis(1001, 1002, "b", spec.x.format, spec.x.title, SCATTER_AXIS, spec.x.bounds) +
      valueAxis(1002, 1001, "l", spec.y.format, spec.y.title) +
      `</c:plotArea>${spec.series.length > 1 ? legend() : ""}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>`
  );
}

/**
 * The waterfall as stacked columns (see src/core/contribution/waterfall.ts): the first series is
 * the invisible base, the others the visible bars. Columns overlap fully so each step is one bar.
 */
export function waterfallChartXml(spec: WaterfallChartXml): string {
  const series = spec.series
    .map(
      (one, index) =>
        `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(one.name)}</c:v></c:tx>` +
        `<c:spPr>${one.color === null ? `<a:noFill/>${NO_LINE}` : solid(one.color)}</c:spPr><c:invertIfNegative val="0"/>` +
        `<c:cat>${textReference(spec.categories)}</c:cat><c:val>${numberReference(one.values, spec.format)}</c:val></c:ser>`
    )
    .join("");
  const hidden = spec.series.flatMap((one, index) => (one.inLegend ? [] : [index]));
  const categoryAxis =
    `<c:catAx><c:axId val="3001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>` +
    `<c:crossAx val="3002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  return chartSpace(
    `${title(spec.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
      `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}` +
      `<c:gapWidth val="50"/><c:overlap val="100"/><c:axId val="3001"/><c:axId val="3002"/></c:barChart>` +
      categoryAxis +
      valueAxis(3002, 3001, "l", spec.format, undefined, {
        crosses: "autoZero",
        labels: "nextTo",
        crossBetween: "between",
      }) +
      `</c:plotArea>${legend(hidden)}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>`
  );
}

/**
 * Horizontal bars, first row at the top: the category axis runs max-to-min, and the value axis
 * crosses it at its maximum so it stays at the bottom.
 */
export function barChartXml(spec: BarChartXml): string {
  const labels =
    `<c:dLbls><c:numFmt formatCode="${escapeXml(spec.values.format)}" sourceLinked="0"/><c:spPr><a:noFill/>${NO_LINE}</c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>` +
    `<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
    `<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
  const series =
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(spec.seriesName)}</c:v></c:tx>` +
    `<c:spPr>${solid(SERIES_COLOR)}</c:spPr><c:invertIfNegative val="0"/>${labels}` +
    `<c:cat>${textReference(spec.categories)}</c:cat><c:val>${numberReference(spec.values, spec.values.format)}</c:val></c:ser>`;
  const categoryAxis =
    `<c:catAx><c:axId val="2001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>` +
    `<c:crossAx val="2002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  return chartSpace(
    `${title(spec.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
      `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
      `<c:gapWidth val="60"/><c:axId val="2001"/><c:axId val="2002"/></c:barChart>` +
      categoryAxis +
      valueAxis(2002, 2001, "b", spec.values.format, undefined, {
        crosses: "max",
        labels: "nextTo",
        crossBetween: "between",
      }) +
      `</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>`
  );
}

/** A drawing part holding the charts, each anchored from one cell to another (0-based). */
export interface ChartAnchor {
  readonly relationshipId: string;
  readonly name: string;
  /** Alternative text for screen readers. */
  readonly description: string;
  readonly from: { readonly column: number; readonly row: number };
  readonly to: { readonly column: number; readonly row: number };
}

export function drawingXml(anchors: readonly ChartAnchor[]): string {
  const frames = anchors.map((anchor, index) => {
    const cell = (tag: string, { column, row }: { column: number; row: number }) =>
      `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${cell("from", anchor.from)}${cell("to", anchor.to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXml(anchor.name)}" descr="${escapeXml(anchor.description)}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${anchor.relationshipId}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${frames.join("")}</xdr:wsDr>`
  );
}
