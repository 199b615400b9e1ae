import type { AgentDocument, JoinMeasure } from "../document";
import { SUGGESTED_MARGIN_UPLIFT } from "./margin-uplift";
import { quarterSum, quarterWindow, type QuarterBasis } from "./quarter-windows";
import { seriesIdOf, withJoinMeasures, withSeriesMeasures } from "./upsert";

/**
 * Quarter Revenue Uplift's price level (SPEC, Join Series; the seed: "if the realized price level
 * matched a chosen benchmark (e.g. segment average) or a reference price"):
 * - "sameAsMargin", the seed's worked example (the default): the same number as the SPEC's
 *   Quarter Margin Uplift.
 * - "segmentAveragePrice": the current quarter's units at the segment's average price per unit
 *   (the right series' revenue / units over its window), less the revenue they brought:
 *   (SegmentAvgUnitPrice - CurrentQuarterUnitPrice) * CurrentQuarterUnits.
 */
export type RevenuePriceLevel = "sameAsMargin" | "segmentAveragePrice";

export const SEGMENT_PRICE_UPLIFT =
  "(SegmentAvgUnitPrice - CurrentQuarterUnitPrice) * CurrentQuarterUnits";

export function withQuarterRevenueUplift(
  doc: AgentDocument,
  level: RevenuePriceLevel,
  basis: QuarterBasis,
  quantityField = "Quantity"
): AgentDocument {
  if (level === "sameAsMargin")
    return withJoinMeasures(doc, [upliftMeasure(SUGGESTED_MARGIN_UPLIFT)]);
  const left = seriesIdOf(doc, "left");
  const right = seriesIdOf(doc, "right");
  const current = quarterWindow(basis, 0);
  const withUnits = withSeriesMeasures(
    withSeriesMeasures(doc, left, [
      quarterSum("CurrentQuarterRevenue", "Current Quarter Revenue", "InvoicePrice", current),
      quarterSum("CurrentQuarterUnits", "Current Quarter Units", quantityField, current, "number"),
    ]),
    right,
    [
      {
        kind: "aggregate",
        name: "Units",
        label: "Units",
        field: quantityField,
        aggregation: "sum",
        format: "number",
        hidden: true,
      },
      {
        kind: "expression",
        name: "AvgUnitPrice",
        label: "Avg Unit Price",
        expression: "Revenue / Units",
        format: "money",
      },
    ]
  );
  return withJoinMeasures(withUnits, [
    ...unitPriceMeasures(left, right),
    upliftMeasure(SEGMENT_PRICE_UPLIFT),
  ]);
}

function unitPriceMeasures(left: string, right: string): JoinMeasure[] {
  return [
    {
      name: "CurrentQuarterUnits",
      label: "Current Quarter Units",
      expression: `${left}.CurrentQuarterUnits`,
      format: "number",
    },
    {
      name: "CurrentQuarterUnitPrice",
      label: "Current Quarter Unit Price",
      expression: `${left}.CurrentQuarterRevenue / ${left}.CurrentQuarterUnits`,
      format: "money",
    },
    {
      name: "SegmentAvgUnitPrice",
      label: "Segment Avg Unit Price",
      expression: `${right}.AvgUnitPrice`,
      format: "money",
    },
  ];
}

function upliftMeasure(expression: string): JoinMeasure {
  return {
    name: "QuarterRevenueUplift",
    label: "Quarter Revenue Uplift",
    expression,
    format: "money",
  };
}

/** Which price level a document's QuarterRevenueUplift follows; null for a formula of its own. */
export function revenuePriceLevel(doc: AgentDocument): RevenuePriceLevel | null {
  const expression = doc.join.measures.find((m) => m.name === "QuarterRevenueUplift")?.expression;
  if (expression === SUGGESTED_MARGIN_UPLIFT) return "sameAsMargin";
  if (expression === SEGMENT_PRICE_UPLIFT) return "segmentAveragePrice";
  return null;
}
