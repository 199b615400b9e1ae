/**
 * The pieces every DrawingML chart part (ECMA-376 part 1, 21.2) is built from: the chart space,
 * titles, legends, fills and the cell references with their cached values, so that a viewer that
 * does not recalculate still draws the chart.
 */
import { escapeXml } from "./escape-xml";

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const CHART_NAMESPACES =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A range of one column, its formula (`'Join Series'!$G$6:$G$45`) and the values it holds. */
export interface CellRange<T> {
  readonly formula: string;
  readonly values: readonly T[];
}

export type NumberRange = CellRange<number | null>;
export type TextRange = CellRange<string>;

export const NO_LINE = "<a:ln><a:noFill/></a:ln>";

export const solid = (color: string): string =>
  `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;

/** Small labels (8 pt), for category axes and data labels. */
export const SMALL_TEXT =
  '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>';

function richText(text: string, size: number, bold: boolean): string {
  const run = `<a:rPr lang="en-US" sz="${size}" b="${bold ? 1 : 0}"/>`;
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r>${run}<a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

export function title(text: string, size = 1200): string {
  return `<c:title>${richText(text, size, true)}<c:overlay val="0"/></c:title>`;
}

export function numberReference({ formula, values }: NumberRange, format: string): string {
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

export function textReference({ formula, values }: TextRange): string {
  const points = values
    .map((value, index) => `<c:pt idx="${index}"><c:v>${escapeXml(value)}</c:v></c:pt>`)
    .join("");
  return `<c:strRef><c:f>${escapeXml(formula)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache></c:strRef>`;
}

/** A series' first elements: its index, order and name. */
export function seriesHead(index: number, name: string): string {
  return `<c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(name)}</c:v></c:tx>`;
}

/**
 * A legend under the plot, without the entries listed (by series index): the waterfall's
 * invisible base and the repeated colours of its below-zero parts.
 */
export function legend(hidden: readonly number[] = []): string {
  const entries = hidden
    .map((index) => `<c:legendEntry><c:idx val="${index}"/><c:delete val="1"/></c:legendEntry>`)
    .join("");
  return `<c:legend><c:legendPos val="b"/>${entries}<c:overlay val="0"/></c:legend>`;
}

/** The whole part: a titled plot area holding `plot` (the chart and its axes), then `tail`. */
export function chartSpace(chartTitle: string, plot: string, tail: string): string {
  const chart =
    `${title(chartTitle)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `${tail}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>`;
  return `${XML_HEAD}<c:chartSpace ${CHART_NAMESPACES}><c:roundedCorners val="0"/><c:chart>${chart}</c:chart></c:chartSpace>`;
}
