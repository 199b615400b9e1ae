import {
  REFERENCE_REVENUE,
  type AgentDocument,
  type JoinMeasure,
  type ReferencePriceTable,
} from "../document";
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
 * - "referencePrice": the current quarter's lines at their reference price (units x the price of
 *   their product or customer, AgentDocument.referencePrices), less the revenue they brought:
 *   CurrentQuarterReferenceRevenue - CurrentQuarterRevenue.
 */
export type RevenuePriceLevel = "sameAsMargin" | "segmentAveragePrice" | "referencePrice";

export const SEGMENT_PRICE_UPLIFT =
  "(SegmentAvgUnitPrice - CurrentQuarterUnitPrice) * CurrentQuarterUnits";
export const REFERENCE_PRICE_UPLIFT = "CurrentQuarterReferenceRevenue - CurrentQuarterRevenue";

export function withQuarterRevenueUplift(
  doc: AgentDocument,
  level: RevenuePriceLevel,
  basis: QuarterBasis,
  quantityField = "Quantity",
  referenceTable?: Omit<ReferencePriceTable, "quantityField">
): AgentDocument {
  if (level === "referencePrice")
    return withReferencePrices(doc, basis, quantityField, referenceTable);
  // Another level needs no reference price sheet: a run must not ask for one.
  const unpriced = withoutReferencePrices(doc);
  if (level === "sameAsMargin")
    return withJoinMeasures(unpriced, [upliftMeasure(SUGGESTED_MARGIN_UPLIFT)]);
  const left = seriesIdOf(unpriced, "left");
  const right = seriesIdOf(unpriced, "right");
  const current = quarterWindow(basis, 0);
  const withUnits = withSeriesMeasures(
    withSeriesMeasures(unpriced, left, [
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

/** The reference price level: the table is the one given, else the document's, else "Reference Prices" by Product. */
function withReferencePrices(
  doc: AgentDocument,
  basis: QuarterBasis,
  quantityField: string,
  referenceTable?: Omit<ReferencePriceTable, "quantityField">
): AgentDocument {
  const left = seriesIdOf(doc, "left");
  const current = quarterWindow(basis, 0);
  const table = referenceTable ??
    doc.referencePrices ?? { sheet: "Reference Prices", by: "Product" };
  const priced: AgentDocument = {
    ...doc,
    referencePrices: { sheet: table.sheet, by: table.by, quantityField },
  };
  const withSums = withSeriesMeasures(priced, left, [
    quarterSum("CurrentQuarterRevenue", "Current Quarter Revenue", "InvoicePrice", current),
    quarterSum(
      "CurrentQuarterReferenceRevenue",
      "Current Quarter Revenue at Reference Prices",
      REFERENCE_REVENUE,
      current
    ),
  ]);
  return withJoinMeasures(withSums, [
    {
      name: "CurrentQuarterRevenue",
      label: "Current Quarter Revenue",
      expression: `${left}.CurrentQuarterRevenue`,
      format: "money",
    },
    {
      name: "CurrentQuarterReferenceRevenue",
      label: "Current Quarter Revenue at Reference Prices",
      expression: `${left}.CurrentQuarterReferenceRevenue`,
      format: "money",
    },
    upliftMeasure(REFERENCE_PRICE_UPLIFT),
  ]);
}

/**
 * The document without its reference prices: the table and the measures reading ReferenceRevenue
 * (and the join measures naming them) go, since no sheet is read for them any more.
 */
function withoutReferencePrices(doc: AgentDocument): AgentDocument {
  if (!doc.referencePrices) return doc;
  const { referencePrices: _dropped, ...rest } = doc;
  const priced = new Set<string>();
  const series = doc.series.map((s) => ({
    ...s,
    measures: s.measures.filter((m) => {
      const reads = m.kind === "aggregate" && m.field === REFERENCE_REVENUE;
      if (reads) priced.add(`${s.id}.${m.name}`);
      return !reads;
    }),
  }));
  const measures = doc.join.measures.filter(
    (m) => ![...priced].some((name) => m.expression.includes(name))
  );
  return { ...rest, series, join: { ...doc.join, measures } };
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
  if (expression === REFERENCE_PRICE_UPLIFT) return "referencePrice";
  return null;
}
