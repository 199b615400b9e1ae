import {
  customerValue,
  presentValueFactor,
} from "../../../../src/core/compute/contribution/customer-value";
import {
  capmCostOfEquity,
  resolveDiscountRate,
  wacc,
} from "../../../../src/core/compute/contribution/discount-rate";
import { Exact } from "../../../../src/core/model/exact-decimal";
import { AgentInputError } from "../../../../src/core/model/errors";

describe("customer value as a net present value", () => {
  test("CF 100 for t = 0..3 at 10%: 100 + 90.909... + 82.644... + 75.131... = 348.685...", () => {
    const factor = presentValueFactor(3, 0, 0.1);
    const value = customerValue(new Exact(100), new Exact(0), factor, "everyPeriod");
    expect(value.toNumber()).toBeCloseTo(348.68519909842223, 12);
    // Exactly 100 x (1 + 10/11 + 100/121 + 1000/1331) = 464,100 / 1,331.
    expect(value.minus(new Exact(464_100).div(1331)).abs().lessThan(1e-40)).toBe(true);
  });

  test("t = 0 is undiscounted: a horizon of 0 years is the current cash flow", () => {
    expect(presentValueFactor(0, 0.05, 0.1).toNumber()).toBe(1);
  });

  test("growth: CF_t = CF_0 (1 + g)^t; 100 over t = 0..2 at g 5%, i 10% = 100 + 95.4545... + 91.1157... = 286.570...", () => {
    const factor = presentValueFactor(2, 0.05, 0.1);
    expect(
      customerValue(new Exact(100), new Exact(0), factor, "everyPeriod").toNumber()
    ).toBeCloseTo(286.5702479338843, 12);
  });

  test("g = i: every period is worth CF_0", () => {
    expect(presentValueFactor(4, 0.07, 0.07).toNumber()).toBe(5);
  });

  test("investment paid once now (the seed's CV = -I0 + PECC_0 + PECC_1 (1 + i)^-1 + ...)", () => {
    // PECC = CF + I = 150; CV = -50 + 150 x (1 + 1/1.1) = 236.3636...
    const value = customerValue(
      new Exact(100),
      new Exact(50),
      presentValueFactor(1, 0, 0.1),
      "firstPeriodOnly"
    );
    expect(value.toNumber()).toBeCloseTo(-50 + 150 + 150 / 1.1, 12);
  });
});

describe("discount rate: CAPM and WACC", () => {
  test("cost of equity = risk-free + beta x (market return - risk-free)", () => {
    expect(capmCostOfEquity(0.03, 1.2, 0.08)).toBeCloseTo(0.09, 15);
    expect(capmCostOfEquity(0.02, 0, 0.1)).toBe(0.02);
  });

  test("WACC = E/(D+E) re + D/(D+E) rd (1 - tax)", () => {
    // 0.6 x 0.09 + 0.4 x 0.05 x 0.75 = 0.054 + 0.015 = 0.069
    expect(wacc(600, 400, 0.09, 0.05, 0.25)).toBeCloseTo(0.069, 15);
    expect(wacc(1, 0, 0.11, 0.05, 0.3)).toBe(0.11);
  });

  test("resolveDiscountRate: entered or derived, with its parts", () => {
    expect(resolveDiscountRate({ kind: "rate", rate: 0.08 })).toEqual({
      rate: 0.08,
      costOfEquity: null,
      riskFree: null,
      riskFreeParts: null,
      costOfDebt: null,
      costOfDebtParts: null,
      equityShare: null,
      source: "entered",
    });
    const derived = resolveDiscountRate({
      kind: "wacc",
      equity: 600,
      debt: 400,
      riskFree: 0.03,
      beta: 1.2,
      marketReturn: 0.08,
      costOfDebt: 0.05,
      taxRate: 0.25,
    });
    expect(derived.rate).toBeCloseTo(0.069, 15);
    expect(derived.costOfEquity).toBeCloseTo(0.09, 15);
    expect(derived.equityShare).toBe(0.6);
    expect(derived.source).toBe("wacc");
  });

  test("risk-free rate = real rate + expected inflation (seed 001), then CAPM and WACC", () => {
    const derived = resolveDiscountRate({
      kind: "wacc",
      equity: 600,
      debt: 400,
      riskFree: 0.03,
      riskFreeParts: { realRate: 0.01, inflation: 0.02 },
      beta: 1.2,
      marketReturn: 0.08,
      costOfDebt: 0.05,
      taxRate: 0.25,
    });
    // r_f = 1% + 2% = 3%; r_e = 3% + 1.2 x (8% - 3%) = 9%; WACC = 0.6 x 9% + 0.4 x 5% x 0.75 = 6.9%.
    expect(derived.riskFree).toBeCloseTo(0.03, 15);
    expect(derived.riskFreeParts).toEqual({ realRate: 0.01, inflation: 0.02 });
    expect(derived.costOfEquity).toBeCloseTo(0.09, 15);
    expect(derived.rate).toBeCloseTo(0.069, 15);
  });

  test("impossible inputs are input errors", () => {
    expect(() => resolveDiscountRate({ kind: "rate", rate: -1 })).toThrow(AgentInputError);
    expect(() =>
      resolveDiscountRate({
        kind: "wacc",
        equity: 0,
        debt: 0,
        riskFree: 0.03,
        beta: 1,
        marketReturn: 0.08,
        costOfDebt: 0.05,
        taxRate: 0.25,
      })
    ).toThrow("equity plus debt");
  });
});
