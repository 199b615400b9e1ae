/** Turning a measure into another kind keeps what the kinds share: name, label, format, hidden. */
import type { Aggregation, MeasureFormat, SeriesMeasure } from "../../../core/model/document";
import { windowText } from "../../../core/report/window-text";

export type MeasureKind = SeriesMeasure["kind"];

export const MEASURE_KIND_TEXT: Record<MeasureKind, string> = {
  aggregate: "Total of a column",
  expression: "Formula",
  percentRank: "Percent rank",
};

export const AGGREGATION_TEXT: Record<Aggregation, string> = {
  sum: "Sum",
  average: "Average",
  min: "Minimum",
  max: "Maximum",
  count: "Count of rows",
};

export const FORMAT_TEXT: Record<MeasureFormat, string> = {
  money: "Money",
  percent: "Percent",
  number: "Number",
  integer: "Whole number",
  rank: "Rank (0–1)",
};

/** One line for a collapsed measure and the settings overview: `Sum of InvoicePrice, last 12 months`. */
export function describeMeasure(m: SeriesMeasure): string {
  switch (m.kind) {
    case "aggregate":
      return `${AGGREGATION_TEXT[m.aggregation]} of ${m.field}${m.window ? `, ${windowText(m.window)}` : ""}`;
    case "expression":
      return `= ${m.expression}`;
    case "percentRank":
      return `percent rank of ${m.of}`;
  }
}

export function withKind(
  measure: SeriesMeasure,
  kind: MeasureKind,
  otherMeasures: readonly string[]
): SeriesMeasure {
  const base = {
    name: measure.name,
    label: measure.label,
    format: measure.format,
    hidden: measure.hidden,
  };
  switch (kind) {
    case "aggregate":
      return { ...base, kind, field: "InvoicePrice", aggregation: "sum" };
    case "expression":
      return { ...base, kind, expression: "" };
    case "percentRank":
      return { ...base, kind, of: otherMeasures[0] ?? "", format: "rank" };
  }
}
