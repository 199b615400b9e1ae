import {
  customerValue as engineCustomerValue,
  presentValueFactor,
} from "../../../src/core/compute/contribution/customer-value";
import { Exact, toNumber } from "../../../src/core/model/exact-decimal";
import {
  costOfEquity,
  customerValue,
  processCostRate,
  unusedCapacityCost,
  weightedCostOfCapital,
} from "../../../src/core/worksheet/contribution-measures";

describe("process cost rate (the worked example)", () => {
  test("the seed's example: 7,605,000 / 650,000 = 11.70 per outlay process", () => {
    expect(processCostRate(7_605_000, 650_000)).toBe(11.7);
  });

  test("with a maximum quantity the rate is over the capacity: 7,605,000 / 700,000", () => {
    expect(processCostRate(7_605_000, 650_000, 700_000)).toBeCloseTo(10.864285714285714, 14);
  });

  test("no rate for a zero quantity (#DIV/0!), nor for negative costs or quantities, or a maximum below the quantity (#NUM!)", () => {
    expect(processCostRate(100, 0)).toMatchObject({ code: "#DIV/0!" });
    expect(processCostRate(100, -5)).toMatchObject({ code: "#NUM!" });
    expect(processCostRate(-100, 5)).toMatchObject({ code: "#NUM!" });
    expect(processCostRate(100, 80, 50)).toMatchObject({ code: "#NUM!" });
  });
});

describe("unused capacity cost", () => {
  test("hand-worked: 7,605,000 x (700,000 - 650,000) / 700,000 = 543,214.29", () => {
    expect(unusedCapacityCost(7_605_000, 650_000, 700_000)).toBeCloseTo(543_214.2857142857, 9);
  });

  test("capacity fully used: 0; a zero capacity: #DIV/0!", () => {
    expect(unusedCapacityCost(1000, 50, 50)).toBe(0);
    expect(unusedCapacityCost(1000, 0, 0)).toMatchObject({ code: "#DIV/0!" });
  });
});

describe("cost of capital (SPEC: cost of equity by CAPM, WACC)", () => {
  test("CAPM: 3% + 1.2 x (8% - 3%) = 9%", () => {
    expect(costOfEquity(0.03, 1.2, 0.08)).toBeCloseTo(0.09, 15);
  });

  test("WACC: 60% x 9% + 40% x 5% x (1 - 30%) = 6.8%", () => {
    expect(weightedCostOfCapital(600, 400, 0.09, 0.05, 0.3)).toBeCloseTo(0.068, 15);
  });

  test("no capital: #DIV/0!; negative capital: #NUM!", () => {
    expect(weightedCostOfCapital(0, 0, 0.09, 0.05, 0.3)).toMatchObject({ code: "#DIV/0!" });
    expect(weightedCostOfCapital(-500, 100, 0.09, 0.05, 0.3)).toMatchObject({ code: "#NUM!" });
  });
});

describe("customer value: sum of cash flow(t) x (1 + i)^-t, the first at t = 0 undiscounted", () => {
  test("hand-worked at 10%: -100 + 60 / 1.1 + 60 / 1.21 = 4.1322314...", () => {
    expect(customerValue(0.1, [-100, 60, 60])).toBeCloseTo(4.132231404958678, 13);
  });

  test("one cash flow is itself, whatever the rate", () => {
    expect(customerValue(0.25, [1234.56])).toBe(1234.56);
  });

  test("equals the engine's customer value for a constant cash flow (CF x present value factor)", () => {
    const factor = presentValueFactor(5, 0, 0.08);
    const engine = toNumber(
      engineCustomerValue(new Exact(1000), new Exact(0), factor, "everyPeriod")
    );
    expect(customerValue(0.08, [1000, 1000, 1000, 1000, 1000, 1000])).toBe(engine);
  });

  test("a rate of -100% or below has no present value: #NUM!; no cash flows: #VALUE!", () => {
    expect(customerValue(-1, [1, 2])).toMatchObject({ code: "#NUM!" });
    expect(customerValue(0.1, [])).toMatchObject({ code: "#VALUE!" });
  });
});
