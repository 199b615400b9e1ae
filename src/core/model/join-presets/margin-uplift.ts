import type { AgentDocument, JoinMeasure } from "../document";
import { quarterRevenueAndProfit, type QuarterBasis } from "./quarter-windows";
import { seriesIdOf, withJoinMeasures, withSeriesMeasures } from "./upsert";

/**
 * Quarter Margin Uplift, two definitions (docs/decisions.md, "Quarter measures"):
 * - "suggestedMargin", the SPEC's formula and the seed's worked example (the default):
 *   (SuggestedMarginPct - CurrentMarginPct) * AnnualRevenue / 4.
 * - "previousQuarter", the seed's own words: "the previous quarter's margin rate restored,
 *   applied to the current quarter's revenue":
 *   (PreviousQuarterMarginPct - CurrentQuarterMarginPct) * CurrentQuarterRevenue,
 *   which is PreviousQuarterMarginPct * CurrentQuarterRevenue - CurrentQuarterProfit.
 */
export type MarginUpliftDefinition = "suggestedMargin" | "previousQuarter";

export const SUGGESTED_MARGIN_UPLIFT =
  "(SuggestedMarginPct - CurrentMarginPct) * AnnualRevenue / 4";
export const PREVIOUS_QUARTER_UPLIFT =
  "(PreviousQuarterMarginPct - CurrentQuarterMarginPct) * CurrentQuarterRevenue";

export function withQuarterMarginUplift(
  doc: AgentDocument,
  definition: MarginUpliftDefinition,
  basis: QuarterBasis
): AgentDocument {
  if (definition === "suggestedMargin")
    return withJoinMeasures(doc, [upliftMeasure(SUGGESTED_MARGIN_UPLIFT)]);
  const left = seriesIdOf(doc, "left");
  const withQuarters = withSeriesMeasures(doc, left, quarterRevenueAndProfit(basis));
  return withJoinMeasures(withQuarters, [
    ...quarterMarginMeasures(left),
    upliftMeasure(PREVIOUS_QUARTER_UPLIFT),
  ]);
}

/** The account's margin rate and revenue in the current and the previous quarter. */
export function quarterMarginMeasures(left: string): JoinMeasure[] {
  return [
    {
      name: "CurrentQuarterRevenue",
      label: "Current Quarter Revenue",
      expression: `${left}.CurrentQuarterRevenue`,
      format: "money",
    },
    {
      name: "CurrentQuarterMarginPct",
      label: "Current Quarter Margin %",
      expression: `${left}.CurrentQuarterProfit / ${left}.CurrentQuarterRevenue`,
      format: "percent",
    },
    {
      name: "PreviousQuarterMarginPct",
      label: "Previous Quarter Margin %",
      expression: `${left}.PreviousQuarterProfit / ${left}.PreviousQuarterRevenue`,
      format: "percent",
    },
  ];
}

function upliftMeasure(expression: string): JoinMeasure {
  return {
    name: "QuarterMarginUplift",
    label: "Quarter Margin Uplift",
    expression,
    format: "money",
  };
}

/** Which definition a document's QuarterMarginUplift follows; null for a formula of its own. */
export function marginUpliftDefinition(doc: AgentDocument): MarginUpliftDefinition | null {
  const expression = doc.join.measures.find((m) => m.name === "QuarterMarginUplift")?.expression;
  if (expression === SUGGESTED_MARGIN_UPLIFT) return "suggestedMargin";
  if (expression === PREVIOUS_QUARTER_UPLIFT) return "previousQuarter";
  return null;
}
