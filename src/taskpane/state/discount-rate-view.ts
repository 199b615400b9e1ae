/**
 * The customer value's discount rate as the Profit Contribution step shows it while the user
 * types: the rate the engine will use (resolveDiscountRate, the same code the run calls) and, for
 * WACC inputs, the CAPM cost of equity and the WACC written out with the user's own figures
 * (SPEC: "i from WACC, with the cost of equity by CAPM: risk-free rate + beta x (market return -
 * risk-free rate)").
 */
import type { DiscountRateDefinition } from "../../core/model/contribution-definition";
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
  return {
    rate: resolved.rate,
    working: [
      `Cost of equity (CAPM) = ${pct(d.riskFree)} + ${d.beta} × (${pct(d.marketReturn)} − ${pct(d.riskFree)}) = ${pct(resolved.costOfEquity)}`,
      `WACC = ${pct(resolved.equityShare)} × ${pct(resolved.costOfEquity)} + ${pct(1 - resolved.equityShare)} × ${pct(d.costOfDebt)} × (1 − ${pct(d.taxRate)}) = ${pct(resolved.rate)}`,
    ],
    error: null,
  };
}
