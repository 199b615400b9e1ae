import { Checker } from "../../../src/core/agent/checker";
import { checkContribution } from "../../../src/core/agent/validate-contribution";
import { defaultContribution } from "../../../src/core/model/contribution-definition";

function issues(value: unknown): string[] {
  const c = new Checker();
  checkContribution(c, value, "contribution");
  return c.issues.map((i) => `${i.path} ${i.message}`);
}

describe("checkContribution", () => {
  test("the default definition and a WACC one are sound", () => {
    expect(issues(defaultContribution())).toEqual([]);
    expect(
      issues({
        activities: { sheet: "Acts", mapping: { ProcessCosts: "Budget" } },
        horizonYears: 10,
        discountRate: {
          kind: "wacc",
          equity: 600,
          debt: 400,
          riskFree: 0.03,
          beta: 1.2,
          marketReturn: 0.08,
          costOfDebt: 0.05,
          taxRate: 0.25,
        },
        investmentTiming: "firstPeriodOnly",
      })
    ).toEqual([]);
  });

  test("every problem with its path", () => {
    expect(
      issues({
        activities: { sheet: "", mapping: { Process: 3 } },
        costDrivers: "Drivers",
        derivedDrivers: [
          { name: "Orders", from: "orders" },
          { name: "orders", from: "lines" },
          { name: "Returns", from: "column" },
          { name: "X", from: "invoices" },
        ],
        horizonYears: 2.5,
        growthRate: 3,
        discountRate: { kind: "rate", rate: 8 },
        investmentTiming: "sometimes",
        extra: true,
      })
    ).toEqual([
      "contribution.extra is not a known setting (known here: activities, costDrivers, derivedDrivers, customerCosts, salesDeductionColumns, costTablesMonths, horizonYears, growthRate, discountRate, investmentTiming)",
      "contribution.activities.sheet must not be empty",
      "contribution.activities.mapping.Process must be text, found 3",
      'contribution.costDrivers must be an object, found "Drivers"',
      'contribution.derivedDrivers[1].name repeats the driver "orders" of contribution.derivedDrivers[0]; each driver is counted once',
      "contribution.derivedDrivers[2].column must be text, found nothing",
      'contribution.derivedDrivers[3].from must be one of lines, orders, column, found "invoices"',
      "contribution.horizonYears must be a whole number, found 2.5",
      "contribution.growthRate must be between -1 and 1 (a fraction: 0.08 for 8%), found 3",
      "contribution.discountRate.rate must be between -0.99 and 1 (a fraction: 0.08 for 8%), found 8",
      'contribution.investmentTiming must be one of everyPeriod, firstPeriodOnly, found "sometimes"',
    ]);
  });

  test("WACC inputs: capital above 0, tax a fraction, nothing missing", () => {
    expect(
      issues({
        activities: { sheet: "A", mapping: {} },
        horizonYears: 1,
        discountRate: {
          kind: "wacc",
          equity: 0,
          debt: 0,
          riskFree: 0.03,
          beta: 1,
          marketReturn: 0.08,
          taxRate: 25,
        },
      })
    ).toEqual([
      "contribution.discountRate.equity plus debt must be above 0 to weight the costs of capital",
      "contribution.discountRate.costOfDebt must be a number, found nothing",
      "contribution.discountRate.taxRate must be between 0 and 1 (a fraction: 0.08 for 8%), found 25",
    ]);
  });

  test("the risk-free rate as real rate + inflation: both fractions, and riskFree their sum", () => {
    const wacc = (riskFree: number, riskFreeParts: unknown) => ({
      activities: { sheet: "A", mapping: {} },
      horizonYears: 1,
      discountRate: {
        kind: "wacc",
        equity: 600,
        debt: 400,
        riskFree,
        riskFreeParts,
        beta: 1,
        marketReturn: 0.08,
        costOfDebt: 0.05,
        taxRate: 0.25,
      },
    });
    expect(issues(wacc(0.03, { realRate: 0.01, inflation: 0.02 }))).toEqual([]);
    expect(issues(wacc(0.04, { realRate: 0.01, inflation: 0.02 }))).toEqual([
      "contribution.discountRate.riskFree must be the real rate plus inflation (0.01 + 0.02 = 0.03) when riskFreeParts is given, found 0.04",
    ]);
    expect(issues(wacc(0.03, { realRate: 1, inflation: 2 }))).toEqual([
      "contribution.discountRate.riskFreeParts.inflation must be between -1 and 1 (a fraction: 0.08 for 8%), found 2",
    ]);
  });

  test("the cost of debt from the relationships' debt costs: costOfDebt must be costs / debt", () => {
    const wacc = (costOfDebt: number, costOfDebtParts: unknown, debt = 400) => ({
      activities: { sheet: "A", mapping: {} },
      horizonYears: 1,
      discountRate: {
        kind: "wacc",
        equity: 600,
        debt,
        riskFree: 0.03,
        beta: 1,
        marketReturn: 0.08,
        costOfDebt,
        costOfDebtParts,
        taxRate: 0.25,
      },
    });
    expect(issues(wacc(0.05, { relationshipDebtCosts: 20 }))).toEqual([]);
    expect(issues(wacc(0.06, { relationshipDebtCosts: 20 }))).toEqual([
      "contribution.discountRate.costOfDebt must be the relationships' debt costs / debt (20 / 400 = 0.05) when costOfDebtParts is given, found 0.06",
    ]);
    expect(issues(wacc(0.05, { relationshipDebtCosts: -1 }))).toEqual([
      expect.stringContaining("contribution.discountRate.costOfDebtParts.relationshipDebtCosts"),
    ]);
  });
});
