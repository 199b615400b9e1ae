import type { AgentDocument, DateWindow, JoinMeasure, SeriesMeasure } from "../document";
import { AgentInputError } from "../errors";
import { seriesIdOf, withJoinMeasures, withSeriesMeasures } from "./upsert";

/**
 * The margin trend (the seed's example rule: "moderate revenue impact, margin improvement,
 * significant deviation from the segment average"): this period's margin against the previous
 * period's, where the previous period is the left series' own window moved back by its length
 * (12 months before the last 12). MarginTrendPts > 0 means the margin improved.
 *   PreviousMarginPct = PreviousProfit / PreviousRevenue (the previous window's lines)
 *   MarginTrendPts    = CurrentMarginPct - PreviousMarginPct
 */
export function withMarginTrend(doc: AgentDocument): AgentDocument {
  const left = seriesIdOf(doc, "left");
  const series = doc.series.find((s) => s.id === left);
  const window = series?.filters.window;
  if (!window) {
    throw new AgentInputError(
      `The margin trend compares a period with the one before it, so series "${series?.label ?? left}" needs a date window (it has none).`
    );
  }
  const previous = previousWindow(window);
  const withPrevious = withSeriesMeasures(doc, left, [
    previousSum("PreviousRevenue", "Previous Period Revenue", "InvoicePrice", previous),
    previousSum("PreviousProfit", "Previous Period Profit", "GrossMargin", previous),
  ]);
  const hasCurrent = doc.join.measures.some((m) => m.name === "CurrentMarginPct");
  return withJoinMeasures(withPrevious, [
    ...(hasCurrent ? [] : [currentMargin(left)]),
    ...trendMeasures(left),
  ]);
}

/** The window of the same length that ends where `window` starts. */
export function previousWindow(window: DateWindow): DateWindow {
  return { ...window, offsetMonths: (window.offsetMonths ?? 0) + window.months };
}

function previousSum(
  name: string,
  label: string,
  field: string,
  window: DateWindow
): SeriesMeasure {
  return {
    kind: "aggregate",
    name,
    label,
    field,
    aggregation: "sum",
    window,
    format: "money",
    hidden: true,
  };
}

function currentMargin(left: string): JoinMeasure {
  return {
    name: "CurrentMarginPct",
    label: "Current Margin %",
    expression: `${left}.AvgMarginPct`,
    format: "percent",
  };
}

function trendMeasures(left: string): JoinMeasure[] {
  return [
    {
      name: "PreviousMarginPct",
      label: "Previous Period Margin %",
      expression: `${left}.PreviousProfit / ${left}.PreviousRevenue`,
      format: "percent",
    },
    {
      name: "MarginTrendPts",
      label: "Margin Trend (% points)",
      expression: "CurrentMarginPct - PreviousMarginPct",
      format: "percent",
    },
  ];
}
