import Decimal from "decimal.js";
import type { ImpactMeasure } from "../../model/document";
import type { ImpactLine, ImpactSummary } from "../../model/result";
import type { ResultRow } from "../../model/result-row";
import type { Value } from "../../expr/index";
import { exactSum } from "../../model/exact-sums";
import { AgentInputError } from "../../model/errors";

/** Impact measures in their defined order (SPEC, "Impact": order decides which one ranks). */
export function orderedImpact(impact: readonly ImpactMeasure[]): ImpactMeasure[] {
  return [...impact].sort((a, b) => a.order - b.order);
}

/** Expected impact of one account for one measure: measure x realization rate; blank stays blank. */
export function expectedImpact(value: Value, measure: ImpactMeasure): number | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  return (value * measure.realizationRatePct) / 100;
}

/** Column key of an account's expected impact for a measure, e.g. `ExpectedQuarterRevenueUplift`. */
export function expectedKey(measure: string): string {
  return `Expected${measure}`;
}

/**
 * Impact totals over the flagged accounts: for each measure the potential (sum of the measure)
 * and the expected impact (potential x realization rate), and the expected totals per type.
 */
export function summarizeImpact(
  impact: readonly ImpactMeasure[],
  available: readonly string[],
  labels: ReadonlyMap<string, string>,
  flagged: readonly ResultRow[]
): ImpactSummary {
  const lines: ImpactLine[] = orderedImpact(impact).map((measure) => {
    if (!available.includes(measure.measure)) {
      throw new AgentInputError(
        `Impact measure "${measure.measure}" is not a measure of the detection series (available: ${available.join(", ")}).`
      );
    }
    const potential = exactSum(
      flagged.map((row) => row[measure.measure]).filter((v): v is number => typeof v === "number")
    );
    const expected = new Decimal(potential).times(measure.realizationRatePct).div(100).toNumber();
    return {
      measure: measure.measure,
      label: labels.get(measure.measure) ?? measure.measure,
      type: measure.type,
      realizationRatePct: measure.realizationRatePct,
      order: measure.order,
      potential,
      expected,
    };
  });
  const byType = (type: "Revenue" | "Profit") =>
    exactSum(lines.filter((line) => line.type === type).map((line) => line.expected));
  return {
    flaggedAccounts: flagged.length,
    measures: lines,
    expectedByType: { Revenue: byType("Revenue"), Profit: byType("Profit") },
  };
}
