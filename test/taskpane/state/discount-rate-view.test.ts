import {
  DEFAULT_WACC,
  discountRateView,
  patchedWacc,
  withCostOfDebtParts,
  withRiskFreeParts,
} from "../../../src/taskpane/state/discount-rate-view";

const base = { ...DEFAULT_WACC, equity: 600, debt: 400, beta: 1.2, riskFree: 0.03 };

describe("the WACC panel's entry options (seed 001)", () => {
  test("risk-free rate as real rate + inflation: the sum is kept in riskFree, and shown", () => {
    const wacc = withRiskFreeParts(base, { realRate: 0.01, inflation: 0.025 });
    expect(wacc.riskFree).toBeCloseTo(0.035, 15);
    expect(discountRateView(wacc).working[0]).toBe(
      "Risk-free rate = real 1.00% + inflation 2.50% = 3.50%"
    );
    const back = withRiskFreeParts(wacc, null);
    expect(back.riskFreeParts).toBeUndefined();
    expect(back.riskFree).toBeCloseTo(0.035, 15);
  });

  test("cost of debt from the relationships' debt costs: costs / debt, following the debt", () => {
    const wacc = withCostOfDebtParts(base, { relationshipDebtCosts: 20 });
    expect(wacc.costOfDebt).toBe(0.05);
    const view = discountRateView(wacc);
    expect(view.working[0]).toBe("Cost of debt = relationships' debt costs 20 / debt 400 = 5.00%");
    // 0.6 x (3% + 1.2 x (8% - 3%)) + 0.4 x 5% x 0.75 = 0.054 + 0.015 = 6.9%
    expect(view.rate).toBeCloseTo(0.069, 15);
    expect(patchedWacc(wacc, { debt: 500 }).costOfDebt).toBe(0.04);
    expect(patchedWacc(base, { debt: 500 }).costOfDebt).toBe(0.05);
    expect(withCostOfDebtParts(wacc, null).costOfDebtParts).toBeUndefined();
  });
});
