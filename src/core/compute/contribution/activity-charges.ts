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
 */
import type Decimal from "decimal.js";
import { Exact, toNumber, ZERO } from "../../model/exact-decimal";
import type { Activity } from "../../read/contribution/parse-activities";
import type { ActivitySummary } from "../../model/contribution-result";

export interface ActivityCharges {
  readonly summary: ActivitySummary;
  /** Charged per account: use plus (when causal) its share of unused capacity. */
  readonly charged: readonly Decimal[];
  /** The unused-capacity part of `charged`. */
  readonly unusedCharged: readonly Decimal[];
  /** The process costs the rate would charge for a quantity (for driver rows no account took). */
  readonly costOfQuantity: (quantity: Decimal) => Decimal;
}

/** @param use the driver quantity each account used. */
export function chargeActivity(activity: Activity, use: readonly Decimal[]): ActivityCharges {
  const costs = new Exact(activity.processCosts);
  const actual = new Exact(activity.actualQuantity);
  const basis = activity.maxQuantity === null ? actual : new Exact(activity.maxQuantity);
  const chargesUnused = activity.maxQuantity === null || activity.unusedCapacityCausal;
  const chargeBasis = chargesUnused ? actual : basis;

  // Per-unit rates to 50 digits: one multiplication per account, and charges still add up to
  // the costs far beyond the cent (the residue is dropped when converted, exact.ts).
  const perUnit = costs.div(basis);
  const perUnitCharged = chargesUnused ? costs.div(chargeBasis) : perUnit;
  const charged: Decimal[] = new Array<Decimal>(use.length);
  const unusedCharged: Decimal[] = new Array<Decimal>(use.length);
  let customerQuantity = ZERO;
  for (let a = 0; a < use.length; a++) {
    const u = use[a];
    if (u.isZero()) {
      charged[a] = ZERO;
      unusedCharged[a] = ZERO;
      continue;
    }
    const forUse = perUnit.times(u);
    const total = perUnitCharged === perUnit ? forUse : perUnitCharged.times(u);
    charged[a] = total;
    unusedCharged[a] = total === forUse ? ZERO : total.minus(forUse);
    customerQuantity = customerQuantity.plus(u);
  }
  // Totals from the total quantity: the same amounts as adding the accounts' charges.
  const totalForUse = perUnit.times(customerQuantity);
  const totalCharged = perUnitCharged.times(customerQuantity);
  const unusedCost = costs.times(basis.minus(actual)).div(basis);
  return {
    summary: {
      process: activity.process,
      costDriver: activity.costDriver,
      processCosts: activity.processCosts,
      actualQuantity: activity.actualQuantity,
      maxQuantity: activity.maxQuantity,
      unusedCapacityCausal: activity.unusedCapacityCausal,
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
    costOfQuantity: (quantity) => perUnitCharged.times(quantity),
  };
}
