/**
 * Customer value as a net present value (SPEC: "Customer value = sum over t of cash
 * flow_t x (1 + i)^-t, t = 0..n"), with the cash flow projected from the current period's:
 * CF_t = CF_0 x (1 + g)^t. Then CV = CF_0 x F, F = sum_{t=0..n} ((1 + g) / (1 + i))^t; t = 0 is
 * the current period, undiscounted. n ("the duration of the business relationship", seed 001)
 * and g may be the account's own (Customer Costs columns), else the definition's.
 */
import type Decimal from "decimal.js";
import {
  DEFAULT_INVESTMENT_TIMING,
  type ContributionDefinition,
  type InvestmentTiming,
} from "../../model/contribution-definition";
import type { CustomerValueParameters } from "../../model/contribution-result";
import { Exact } from "../../model/exact-decimal";
import { resolveDiscountRate } from "./discount-rate";

/** How customer value is reckoned from an account's cash flow. */
export interface Valuation {
  readonly rate: number;
  readonly horizonYears: number;
  readonly growthRate: number;
  readonly factor: Decimal;
  readonly timing: InvestmentTiming;
  /** F for another horizon and growth (an account's own), memoised. */
  readonly factorOf: (horizonYears: number, growthRate: number) => Decimal;
}

/** The definition's customer value settings, as the result reports them, and their valuation. */
export function valuationOf(definition: ContributionDefinition): {
  parameters: CustomerValueParameters;
  valuation: Valuation;
} {
  const rate = resolveDiscountRate(definition.discountRate);
  const horizonYears = definition.horizonYears;
  const growthRate = definition.growthRate ?? 0;
  const timing = definition.investmentTiming ?? DEFAULT_INVESTMENT_TIMING;
  const factor = presentValueFactor(horizonYears, growthRate, rate.rate);
  const factors = new Map<string, Decimal>();
  const factorOf = (n: number, g: number): Decimal => {
    const key = `${n}|${g}`;
    let f = factors.get(key);
    if (!f) {
      f = presentValueFactor(n, g, rate.rate);
      factors.set(key, f);
    }
    return f;
  };
  return {
    parameters: {
      ...rate,
      horizonYears,
      growthRate,
      factor: factor.toNumber(),
      investmentTiming: timing,
    },
    valuation: { rate: rate.rate, horizonYears, growthRate, factor, timing, factorOf },
  };
}

/** F = sum_{t=0..n} (1 + g)^t (1 + i)^-t, exact to 50 digits. */
export function presentValueFactor(
  horizonYears: number,
  growthRate: number,
  discountRate: number
): Decimal {
  const step = new Exact(1).plus(growthRate).div(new Exact(1).plus(discountRate));
  let factor = new Exact(0);
  let term = new Exact(1);
  for (let t = 0; t <= horizonYears; t++) {
    factor = factor.plus(term);
    term = term.times(step);
  }
  return factor;
}

/**
 * CV of one customer. With investments every period, CV = CF_0 x F; paid once at t = 0 (the
 * seed's "CV = -I0 + PECC0 + PECC1 (1+i)^-1 + ..."), CV = -I + (CF_0 + I) x F.
 */
export function customerValue(
  cashFlow: Decimal,
  investmentPayments: Decimal,
  factor: Decimal,
  timing: InvestmentTiming
): Decimal {
  if (timing === "everyPeriod") return cashFlow.times(factor);
  return cashFlow.plus(investmentPayments).times(factor).minus(investmentPayments);
}

/**
 * Seed 001, 2: credit sales and prepayments shift cash between periods. With d days sales
 * outstanding, d / 365 of a period's net revenue is received in the next one (negative d: days
 * of prepayment, received in the one before). The period's cash flow then differs from its
 * revenue by the change in receivables: -(NR_t - NR_t-1) x d / 365, with NR_t-1 = NR_t / (1 + g)
 * as the projection grows: -NR_t x d / 365 x g / (1 + g). It is 0 without growth, where each
 * period receives as much of the last one's sales as it leaves to the next; and it grows with the
 * cash flow, so CV = CF_0 x F still holds.
 */
export function receivablesChange(
  netRevenue: Decimal,
  dsoDays: number,
  growthRate: number
): Decimal {
  if (dsoDays === 0 || growthRate === 0 || netRevenue.isZero()) return new Exact(0);
  const g = new Exact(growthRate);
  return netRevenue.times(dsoDays).div(365).times(g).div(g.plus(1)).negated();
}
