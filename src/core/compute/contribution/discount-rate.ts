/**
 * The target rate i of the customer value (SPEC: "i from WACC, with the cost of
 * equity by CAPM: risk-free rate + beta x (market return - risk-free rate)").
 */
import { AgentInputError } from "../../model/errors";
import type {
  CostOfDebtParts,
  DiscountRateDefinition,
  RiskFreeParts,
} from "../../model/contribution-definition";
import type { DiscountRate } from "../../model/contribution-result";

/** CAPM: r_e = r_f + beta x (r_m - r_f). */
export function capmCostOfEquity(riskFree: number, beta: number, marketReturn: number): number {
  return riskFree + beta * (marketReturn - riskFree);
}

/** WACC = E/(D+E) x r_e + D/(D+E) x r_d x (1 - tax); debt interest is tax-deductible. */
export function wacc(
  equity: number,
  debt: number,
  costOfEquity: number,
  costOfDebt: number,
  taxRate: number
): number {
  const capital = equity + debt;
  if (!(capital > 0)) throw new AgentInputError("WACC needs equity plus debt above 0.");
  return (equity / capital) * costOfEquity + (debt / capital) * costOfDebt * (1 - taxRate);
}

/** Seed 001: risk-free rate = "real" interest rate + expected inflation rate (added, as written). */
export function riskFreeOf(parts: RiskFreeParts): number {
  return parts.realRate + parts.inflation;
}

/**
 * Seed 001, 3.1: "to determine the outside capital rate, the average of the total outside
 * capital caused costs during the planning period by customer relationships is referred to":
 * cost of debt = those yearly costs / the debt (market value).
 */
export function costOfDebtOf(parts: CostOfDebtParts, debt: number): number {
  if (!(debt > 0))
    throw new AgentInputError(
      "The cost of debt from the relationships' debt costs needs a debt above 0 to divide by."
    );
  return parts.relationshipDebtCosts / debt;
}

export function resolveDiscountRate(definition: DiscountRateDefinition): DiscountRate {
  const checked = (rate: number): number => {
    if (!(rate > -1))
      throw new AgentInputError(`The discount rate must be above -100%, found ${rate}.`);
    return rate;
  };
  if (definition.kind === "rate") {
    return {
      rate: checked(definition.rate),
      costOfEquity: null,
      riskFree: null,
      riskFreeParts: null,
      costOfDebt: null,
      costOfDebtParts: null,
      equityShare: null,
      source: "entered",
    };
  }
  const parts = definition.riskFreeParts ?? null;
  const riskFree = parts ? riskFreeOf(parts) : definition.riskFree;
  const costOfEquity = capmCostOfEquity(riskFree, definition.beta, definition.marketReturn);
  const debtParts = definition.costOfDebtParts ?? null;
  const costOfDebt = debtParts ? costOfDebtOf(debtParts, definition.debt) : definition.costOfDebt;
  const rate = wacc(
    definition.equity,
    definition.debt,
    costOfEquity,
    costOfDebt,
    definition.taxRate
  );
  return {
    rate: checked(rate),
    costOfEquity,
    riskFree,
    riskFreeParts: parts,
    costOfDebt,
    costOfDebtParts: debtParts,
    equityShare: definition.equity / (definition.equity + definition.debt),
    source: "wacc",
  };
}
