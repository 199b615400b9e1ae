import Decimal from "decimal.js";
import type { ImpactMeasure, ImpactType } from "../../model/document";
import type { ImpactLine, ImpactSummary } from "../../model/result";
import type { ResultRow } from "../../model/result-row";
import type { Value } from "../../expr/index";
import { exactSum } from "../../model/exact-sums";
import { AgentInputError } from "../../model/errors";

/** Impact measures in their defined order (SPEC, "Impact": order decides which one ranks). */
export function orderedImpact(impact: readonly ImpactMeasure[]): ImpactMeasure[] {
  return [...impact].sort((a, b) => a.order - b.order);
}

/**
 * Expected impact of one account for one measure: measure x realization rate; blank stays blank.
 * A negative value is not an uplift (the suggested margin is below the current one: the account
 * earns more than its benchmark), so it is expected to bring nothing: 0, not a loss that would
 * cancel other accounts' uplifts (docs/decisions.md, "Negative uplifts").
 */
export function expectedImpact(value: Value, measure: ImpactMeasure): number | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  if (!(value > 0)) return 0;
  return (value * measure.realizationRatePct) / 100;
}

/** Column key of an account's expected impact for a measure, e.g. `ExpectedQuarterRevenueUplift`. */
export function expectedKey(measure: string): string {
  return `Expected${measure}`;
}

/**
 * Impact totals over the flagged accounts, and over those the actions cover (the top K groups;
 * the seed's "foreseen impact of the actions"): for each measure the potential (sum of its
 * uplifts, negative values counting 0 as in `expectedImpact`) and the expected impact (potential
 * x realization rate), the negative values left out, and the expected totals per type.
 * @param actionKeyOfRow per flagged row, its action's key, or null when no action covers it.
 */
export function summarizeImpact(
  impact: readonly ImpactMeasure[],
  available: readonly string[],
  labels: ReadonlyMap<string, string>,
  flagged: readonly ResultRow[],
  actionKeyOfRow: readonly (string | null)[]
): ImpactSummary {
  const inActions = flagged.filter((_, i) => actionKeyOfRow[i] != null);
  const lines: ImpactLine[] = orderedImpact(impact).map((measure) => {
    if (!available.includes(measure.measure)) {
      throw new AgentInputError(
        `Impact measure "${measure.measure}" is not a measure of the detection series (available: ${available.join(", ")}).`
      );
    }
    const all = valuesOf(flagged, measure.measure);
    const potential = exactSum(all.filter((v) => v > 0));
    const potentialOfActions = exactSum(valuesOf(inActions, measure.measure).filter((v) => v > 0));
    const negative = all.filter((v) => v < 0);
    return {
      measure: measure.measure,
      label: labels.get(measure.measure) ?? measure.measure,
      type: measure.type,
      realizationRatePct: measure.realizationRatePct,
      order: measure.order,
      potential,
      expected: timesRate(potential, measure),
      potentialOfActions,
      expectedOfActions: timesRate(potentialOfActions, measure),
      notUpliftAccounts: negative.length,
      notUpliftAmount: exactSum(negative),
    };
  });
  const byType = (type: ImpactType, of: (line: ImpactLine) => number) =>
    exactSum(lines.filter((line) => line.type === type).map(of));
  return {
    flaggedAccounts: flagged.length,
    actionAccounts: inActions.length,
    measures: lines,
    expectedByType: {
      Revenue: byType("Revenue", (l) => l.expected),
      Profit: byType("Profit", (l) => l.expected),
    },
    expectedOfActionsByType: {
      Revenue: byType("Revenue", (l) => l.expectedOfActions),
      Profit: byType("Profit", (l) => l.expectedOfActions),
    },
  };
}

function valuesOf(rows: readonly ResultRow[], measure: string): number[] {
  return rows.map((row) => row[measure]).filter((v): v is number => typeof v === "number");
}

function timesRate(potential: number, measure: ImpactMeasure): number {
  return new Decimal(potential).times(measure.realizationRatePct).div(100).toNumber();
}
