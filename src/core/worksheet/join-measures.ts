/**
 * The Join Series measures of the SPEC as plain functions of one account's numbers, beside the
 * formula text the built-in agent evaluates (src/core/agent/preset.ts). The engine computes each
 * measure in double precision, left to right, from the measures it names, turning a non-finite
 * result or a zero denominator into a blank; these functions do exactly the same operations in
 * the same order, so a worksheet function and the agent's sheet agree to the last digit (tested
 * on random inputs against the compiled preset formulas, and on the bundled sample's run).
 * Where the engine writes a blank, these return #DIV/0! or #NUM! (measure-error.ts).
 */
import { divisionByZero, finiteResult, type MeasureError } from "./measure-error";

/** The SPEC's names for the inputs: Series 1 and Series 2 margins and the account's annual revenue. */
export type JoinInput = "CurrentMarginPct" | "SegmentAvgMarginPct" | "AnnualRevenue";

export interface JoinMeasureFormula {
  /** The measure's name in the agent document and its result rows. */
  readonly measure: string;
  /** The formula as the built-in agent writes it (SPEC, "Join Series"). */
  readonly expression: string;
}

const formula = (measure: string, expression: string): JoinMeasureFormula => ({
  measure,
  expression,
});

export const JOIN_MEASURE_FORMULAS: readonly JoinMeasureFormula[] = [
  formula("MarginVariance", "SegmentAvgMarginPct - CurrentMarginPct"),
  formula("SuggestedMarginPct", "(CurrentMarginPct + SegmentAvgMarginPct) / 2"),
  formula(
    "MarginLiftPotentialPct",
    "(SuggestedMarginPct - CurrentMarginPct) / ABS(CurrentMarginPct)"
  ),
  formula("QuarterMarginUplift", "(SuggestedMarginPct - CurrentMarginPct) * AnnualRevenue / 4"),
  // SPEC: "the same by default (as in the seed's example)".
  formula("QuarterRevenueUplift", "(SuggestedMarginPct - CurrentMarginPct) * AnnualRevenue / 4"),
];

/** Positive = the account's margin is under its segment's benchmark. */
export function marginVariance(
  currentMarginPct: number,
  segmentAvgMarginPct: number
): number | MeasureError {
  return finiteResult(segmentAvgMarginPct - currentMarginPct, "The margin variance");
}

/** Halfway from the account's margin to its segment's. */
export function suggestedMarginPct(
  currentMarginPct: number,
  segmentAvgMarginPct: number
): number | MeasureError {
  return finiteResult((currentMarginPct + segmentAvgMarginPct) / 2, "The suggested margin");
}

export function marginLiftPotentialPct(
  currentMarginPct: number,
  segmentAvgMarginPct: number
): number | MeasureError {
  const suggested = suggestedMarginPct(currentMarginPct, segmentAvgMarginPct);
  if (typeof suggested !== "number") return suggested;
  const current = currentMarginPct + 0;
  if (current === 0) {
    return divisionByZero(
      "The margin lift is relative to the current margin, which is 0 (SPEC: blank when the account's profit is 0)."
    );
  }
  const lift = suggested - current;
  if (lift - lift !== 0) return finiteResult(lift, "The margin lift");
  // Over |current|: the sign says which way the margin moves, also for a loss-making account.
  return finiteResult(lift / Math.abs(current), "The margin lift");
}

/** (SuggestedMarginPct - CurrentMarginPct) x AnnualRevenue / 4, in the engine's order. */
export function quarterMarginUplift(
  currentMarginPct: number,
  segmentAvgMarginPct: number,
  annualRevenue: number
): number | MeasureError {
  const suggested = suggestedMarginPct(currentMarginPct, segmentAvgMarginPct);
  if (typeof suggested !== "number") return suggested;
  const gap = finiteResult(suggested - currentMarginPct, "The quarter uplift");
  if (typeof gap !== "number") return gap;
  const yearly = finiteResult(gap * annualRevenue, "The quarter uplift");
  if (typeof yearly !== "number") return yearly;
  return finiteResult(yearly / 4, "The quarter uplift");
}

export function quarterRevenueUplift(
  currentMarginPct: number,
  segmentAvgMarginPct: number,
  annualRevenue: number
): number | MeasureError {
  return quarterMarginUplift(currentMarginPct, segmentAvgMarginPct, annualRevenue);
}
