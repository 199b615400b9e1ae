/**
 * Activity-based costing of one process (SPEC: process cost rate, unused capacity):
 *   process cost rate = process costs / process quantity
 *   charged to an account = rate x its use of the driver
 *   unused capacity = rate x (maximum quantity - actual quantity)
 *
 * The seed describes two approaches, and the maximum quantity decides between them. Without a
 * maximum, the rate is over the actual quantity and charges all of the process costs. With one,
 * the rate is over the maximum (capacity) quantity, so accounts pay only for the capacity they
 * use and the unused capacity is reported; it is charged to the accounts only where the user
 * marks it causal, and then in proportion to their use of the actual quantity, so that each
 * account pays process costs / actual quantity per unit, as in the first approach.
 *
 * A main process charges its own costs and those of the activities rolled into it (two-stage.ts);
 * those activities, and segment- and company-level costs, charge no account.
 * Seed 001, 1.2: the quantity-neutral (aqn) costs are "assigned via key factors to the activity
 * quantity induced costs", i.e. charged along with them at the same rate; each account's charge
 * carries its share charged x aqn / (aqi + aqn), and the allocation ratio aqi / aqn x 100 is shown.
 */
import type Decimal from "decimal.js";
import { Exact, toNumber, ZERO } from "../../model/exact-decimal";
import type { ActivitySummary } from "../../model/contribution-result";
import { isChargedLevel } from "../../read/contribution/parse-activities";
import type { StagedActivity } from "./two-stage";

export interface ActivityCharges {
  readonly summary: ActivitySummary;
  /** Charged per account: use plus (when causal) its share of unused capacity. */
  readonly charged: readonly Decimal[];
  /** The unused-capacity part of `charged`. */
  readonly unusedCharged: readonly Decimal[];
  /** The quantity-neutral part of `charged`. */
  readonly neutralCharged: readonly Decimal[];
  /** The process costs the rate would charge for a quantity (for driver rows no account took). */
  readonly costOfQuantity: (quantity: Decimal) => Decimal;
}

/** Allocation ratio aqi / aqn x 100 (seed 001, 1.2); null without neutral costs. */
export function allocationRatioPct(costs: Decimal, neutral: Decimal): number | null {
  return neutral.isZero() ? null : costs.minus(neutral).div(neutral).times(100).toNumber();
}

/** @param use the driver quantity each account used. */
export function chargeActivity(staged: StagedActivity, use: readonly Decimal[]): ActivityCharges {
  const { activity } = staged;
  const costs = new Exact(activity.processCosts).plus(staged.rolledUpCosts);
  const neutral = new Exact(activity.neutralCosts).plus(staged.rolledUpNeutral);
  if (staged.stage === "activity" || !isChargedLevel(activity.level))
    return chargingNone(staged, use.length);
  const actual = new Exact(activity.actualQuantity);
  const basis = activity.maxQuantity === null ? actual : new Exact(activity.maxQuantity);
  const chargesUnused = activity.maxQuantity === null || activity.unusedCapacityCausal;
  const chargeBasis = chargesUnused ? actual : basis;
  const neutralShare = costs.isZero() ? ZERO : neutral.div(costs);

  // Per-unit rates to 50 digits: one multiplication per account, and charges still add up to
  // the costs far beyond the cent (the residue is dropped when converted, exact.ts).
  const perUnit = costs.div(basis);
  const perUnitCharged = chargesUnused ? costs.div(chargeBasis) : perUnit;
  const charged: Decimal[] = new Array<Decimal>(use.length);
  const unusedCharged: Decimal[] = new Array<Decimal>(use.length);
  const neutralCharged: Decimal[] = new Array<Decimal>(use.length);
  let customerQuantity = ZERO;
  for (let a = 0; a < use.length; a++) {
    const u = use[a];
    if (u.isZero()) {
      charged[a] = ZERO;
      unusedCharged[a] = ZERO;
      neutralCharged[a] = ZERO;
      continue;
    }
    const forUse = perUnit.times(u);
    const total = perUnitCharged === perUnit ? forUse : perUnitCharged.times(u);
    charged[a] = total;
    unusedCharged[a] = total === forUse ? ZERO : total.minus(forUse);
    neutralCharged[a] = neutralShare.isZero() ? ZERO : total.times(neutralShare);
    customerQuantity = customerQuantity.plus(u);
  }
  // Totals from the total quantity: the same amounts as adding the accounts' charges.
  const totalForUse = perUnit.times(customerQuantity);
  const totalCharged = perUnitCharged.times(customerQuantity);
  const unusedCost = costs.times(basis.minus(actual)).div(basis);
  return {
    summary: {
      ...facts(staged, costs, neutral),
      rate: perUnit.toNumber(),
      rateBasis: activity.maxQuantity === null ? "actual" : "maximum",
      customerQuantity: toNumber(customerQuantity),
      chargedForUse: toNumber(totalForUse),
      unusedCapacityCost: toNumber(unusedCost),
      unusedCharged: toNumber(totalCharged.minus(totalForUse)),
      notCharged: toNumber(costs.minus(totalCharged)),
    },
    charged,
    unusedCharged,
    neutralCharged,
    costOfQuantity: (quantity) => perUnitCharged.times(quantity),
  };
}

function facts(staged: StagedActivity, costs: Decimal, neutral: Decimal) {
  const { row: _row, ...activity } = staged.activity;
  return {
    ...activity,
    stage: staged.stage,
    rolledUpCosts: toNumber(staged.rolledUpCosts),
    allocationRatioPct: allocationRatioPct(costs, neutral),
  };
}

/**
 * A row that charges no account: an activity rolled into its main process (its stage-one rate
 * shown), or a segment- or company-level cost (reported below CP II).
 */
function chargingNone(staged: StagedActivity, accounts: number): ActivityCharges {
  const a = staged.activity;
  const zeros = new Array<Decimal>(accounts).fill(ZERO);
  const rate =
    staged.stage === "activity" && a.actualQuantity > 0
      ? new Exact(a.processCosts).div(a.maxQuantity ?? a.actualQuantity).toNumber()
      : 0;
  return {
    summary: {
      ...facts(staged, new Exact(a.processCosts), new Exact(a.neutralCosts)),
      rate,
      rateBasis: a.maxQuantity === null ? "actual" : "maximum",
      customerQuantity: 0,
      chargedForUse: 0,
      unusedCapacityCost: 0,
      unusedCharged: 0,
      notCharged: 0,
    },
    charged: zeros,
    unusedCharged: zeros,
    neutralCharged: zeros,
    costOfQuantity: () => ZERO,
  };
}
