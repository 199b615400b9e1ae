/**
 * What the work paid: after later runs, the realized change for accounts whose actions are Done
 * (their margin then versus at detection).
 *
 * Realized profit change = (current margin - margin at detection) x current annual revenue / 4:
 * the margin points gained, earned on a quarter of today's annual revenue. It is the same shape
 * as the SPEC's QuarterMarginUplift ((Suggested% - Current%) x AnnualRevenue / 4), so realized
 * and expected profit impact are both per quarter and can be compared side by side. Using today's
 * revenue keeps volume changes out of it: a margin fix is credited for the margin, not for sales
 * that grew or shrank meanwhile.
 */
import { statusOf, type ActionRecord } from "../model/action-record";
import { exactSum } from "../model/exact-sums";
import type { DoneAction } from "../report/lifecycle/impact-tracking-sheet";

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

/** The agent's Done actions with what each realized, as the Impact Tracking sheet lists them. */
export function doneActionsRealized(records: readonly ActionRecord[], agent: string): DoneAction[] {
  return doneActions(records, agent).map((record) => ({ record, ...realizedImpact(record) }));
}

/** Realized profit change per quarter over the agent's Done actions; null when none can be measured. */
export function realizedProfitOf(records: readonly ActionRecord[], agent: string): number | null {
  const realized = doneActions(records, agent)
    .map((r) => realizedImpact(r).profitChange)
    .filter((v): v is number => v !== null);
  return realized.length > 0 ? exactSum(realized) : null;
}
