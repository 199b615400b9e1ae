/**
 * What the work paid (issue 6: "after later runs the realized change for accounts whose actions
 * are Done (their margin then versus at detection)").
 *
 * Realized profit change = (current margin - margin at detection) x current annual revenue / 4:
 * the margin points gained, earned on a quarter of today's annual revenue. It is the same shape
 * as the SPEC's QuarterMarginUplift ((Suggested% - Current%) x AnnualRevenue / 4), so realized
 * and expected profit impact are both per quarter and can be compared side by side. Using today's
 * revenue keeps volume changes out of it: a margin fix is credited for the margin, not for sales
 * that grew or shrank meanwhile.
 */
import { statusOf, type ActionRecord } from "./action-record";

export interface RealizedImpact {
  /** Current margin - margin at detection (a fraction: 0.02 = two margin points). */
  readonly marginChange: number | null;
  /** Per quarter, in the agent's currency. */
  readonly profitChange: number | null;
}

export function realizedImpact(record: ActionRecord): RealizedImpact {
  const { currentMargin, marginAtDetection, currentRevenue } = record;
  if (currentMargin === null || marginAtDetection === null)
    return { marginChange: null, profitChange: null };
  const marginChange = currentMargin - marginAtDetection;
  return {
    marginChange,
    profitChange: currentRevenue === null ? null : (marginChange * currentRevenue) / 4,
  };
}

/** Done rows of the agent (history rows included: each finished cycle keeps its own result). */
export function doneActions(records: readonly ActionRecord[], agent: string): ActionRecord[] {
  return records.filter(
    (record) => record.agent === agent && record.key !== "" && statusOf(record) === "Done"
  );
}
