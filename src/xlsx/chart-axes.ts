/**
 * Chart axes (ECMA-376 part 1, 21.2.2: valAx, catAx), in the schema's element order; Excel
 * refuses a chart part whose children are out of order.
 */
import { title, SMALL_TEXT } from "./chart-parts";
import { escapeXml } from "./escape-xml";

export interface AxisPlacement {
  /** Where this axis crosses the other one: "autoZero", or "max" (its last category). */
  readonly crosses: "autoZero" | "max";
  /** "low": labels at the low end of the other axis, away from negative values; "nextTo": beside the axis line. */
  readonly labels: "low" | "nextTo";
  readonly crossBetween: "midCat" | "between";
}

export const SCATTER_AXIS: AxisPlacement = {
  crosses: "autoZero",
  labels: "low",
  crossBetween: "midCat",
};

/** Beside bars or columns, whose categories sit between its gridlines. */
export const BAR_VALUE_AXIS: AxisPlacement = {
  crosses: "autoZero",
  labels: "nextTo",
  crossBetween: "between",
};

export interface ValueAxis {
  readonly id: number;
  readonly crossAxis: number;
  readonly position: "b" | "l";
  readonly format: string;
  readonly title?: string;
  readonly placement?: AxisPlacement;
  /** Fixed ends; default automatic. */
  readonly bounds?: { readonly min: number; readonly max: number };
}

export function valueAxis(axis: ValueAxis): string {
  const { id, crossAxis, position, format, bounds } = axis;
  const placement = axis.placement ?? SCATTER_AXIS;
  const ends = bounds ? `<c:max val="${bounds.max}"/><c:min val="${bounds.min}"/>` : "";
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${ends}</c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${position}"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    (axis.title ? title(axis.title, 1000) : "") +
    `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="${placement.labels}"/><c:crossAx val="${crossAxis}"/><c:crosses val="${placement.crosses}"/>` +
    `<c:crossBetween val="${placement.crossBetween}"/></c:valAx>`
  );
}

/** Categories in small labels at the low end; "maxMin" runs them top to bottom (bars). */
export function categoryAxis(
  id: number,
  crossAxis: number,
  position: "b" | "l",
  orientation: "minMax" | "maxMin"
): string {
  return (
    `<c:catAx><c:axId val="${id}"/><c:scaling><c:orientation val="${orientation}"/></c:scaling><c:delete val="0"/><c:axPos val="${position}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    SMALL_TEXT +
    `<c:crossAx val="${crossAxis}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}
