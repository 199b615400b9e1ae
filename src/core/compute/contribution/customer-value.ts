/**
 * Customer value as a net present value (SPEC: "Customer value = sum over t of cash
 * flow_t x (1 + i)^-t, t = 0..n"), with the cash flow projected from the current period's:
 * CF_t = CF_0 x (1 + g)^t. Then CV = CF_0 x F, F = sum_{t=0..n} ((1 + g) / (1 + i))^t; t = 0 is
 * the current period, undiscounted.
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
  readonly factor: Decimal;
  readonly timing: InvestmentTiming;
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
  return {
    parameters: {
      ...rate,
      horizonYears,
      growthRate,
      factor: factor.toNumber(),
      investmentTiming: timing,
    },
    valuation: { factor, timing },
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
