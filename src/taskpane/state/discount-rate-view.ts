/**
 * The customer value's discount rate as the Profit Contribution step shows it while the user
 * types: the rate the engine will use (resolveDiscountRate, the same code the run calls) and, for
 * WACC inputs, the CAPM cost of equity and the WACC written out with the user's own figures
 * (SPEC: "i from WACC, with the cost of equity by CAPM: risk-free rate + beta x (market return -
 * risk-free rate)").
 */
import type {
  CostOfDebtParts,
  DiscountRateDefinition,
  RiskFreeParts,
} from "../../core/model/contribution-definition";
import { resolveDiscountRate } from "../../core/agent/check";

export type WaccInputs = Extract<DiscountRateDefinition, { kind: "wacc" }>;

/** A plausible starting point when the user switches to WACC: 60/40 equity and debt. */
export const DEFAULT_WACC: WaccInputs = {
  kind: "wacc",
  equity: 600_000,
  debt: 400_000,
  riskFree: 0.03,
  beta: 1.1,
  marketReturn: 0.08,
  costOfDebt: 0.05,
  taxRate: 0.25,
};

export interface DiscountRateView {
  /** i as a fraction; null when the inputs give none. */
  readonly rate: number | null;
  /** The working, one line per formula ("Cost of equity (CAPM) = 3.00% + 1.1 × (8.00% − 3.00%) = 8.50%"). */
  readonly working: readonly string[];
  readonly error: string | null;
}

const pct = (value: number) => `${(value * 100).toFixed(2)}%`;

export function discountRateView(definition: DiscountRateDefinition): DiscountRateView {
  let resolved;
  try {
    resolved = resolveDiscountRate(definition);
  } catch (e) {
    return { rate: null, working: [], error: e instanceof Error ? e.message : String(e) };
  }
  if (
    definition.kind === "rate" ||
    resolved.costOfEquity === null ||
    resolved.equityShare === null
  ) {
    return { rate: resolved.rate, working: [], error: null };
  }
  const d = definition;
  const costOfDebt = resolved.costOfDebt ?? d.costOfDebt;
  return {
    rate: resolved.rate,
    working: [
      ...(d.riskFreeParts
        ? [
            `Risk-free rate = real ${pct(d.riskFreeParts.realRate)} + inflation ${pct(d.riskFreeParts.inflation)} = ${pct(d.riskFree)}`,
          ]
        : []),
      ...(d.costOfDebtParts
        ? [
            `Cost of debt = relationships' debt costs ${d.costOfDebtParts.relationshipDebtCosts.toLocaleString("en-US")} / debt ${d.debt.toLocaleString("en-US")} = ${pct(costOfDebt)}`,
          ]
        : []),
      `Cost of equity (CAPM) = ${pct(d.riskFree)} + ${d.beta} × (${pct(d.marketReturn)} − ${pct(d.riskFree)}) = ${pct(resolved.costOfEquity)}`,
      `WACC = ${pct(resolved.equityShare)} × ${pct(resolved.costOfEquity)} + ${pct(1 - resolved.equityShare)} × ${pct(costOfDebt)} × (1 − ${pct(d.taxRate)}) = ${pct(resolved.rate)}`,
    ],
    error: null,
  };
}

/**
 * The risk-free rate entered as its parts (seed 001: real interest rate + expected inflation), or
 * (null) as one figure again, keeping the sum. The document holds both, the checker their match.
 */
export function withRiskFreeParts(wacc: WaccInputs, parts: RiskFreeParts | null): WaccInputs {
  const { riskFreeParts: _old, ...rest } = wacc;
  if (parts === null) return rest;
  return { ...rest, riskFreeParts: parts, riskFree: parts.realRate + parts.inflation };
}

/**
 * The cost of debt entered as the customer relationships' yearly debt costs (seed 001, 3.1), or
 * (null) as a rate again, keeping the last one. The rate is costs / debt, so it follows the debt.
 */
export function withCostOfDebtParts(wacc: WaccInputs, parts: CostOfDebtParts | null): WaccInputs {
  const { costOfDebtParts: _old, ...rest } = wacc;
  if (parts === null) return rest;
  const costOfDebt = wacc.debt > 0 ? parts.relationshipDebtCosts / wacc.debt : wacc.costOfDebt;
  return { ...rest, costOfDebtParts: parts, costOfDebt };
}

/** WACC inputs after an edit: a cost of debt from relationship costs is recomputed for a new debt. */
export function patchedWacc(wacc: WaccInputs, patch: Partial<WaccInputs>): WaccInputs {
  const next = { ...wacc, ...patch };
  return next.costOfDebtParts ? withCostOfDebtParts(next, next.costOfDebtParts) : next;
}
