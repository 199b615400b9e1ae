/**
 * The cost of capital (CAPM, WACC) and the customer value of the customer profit contribution
 * (SPEC, "Customer profit contribution") as worksheet functions, computed by the engine's own
 * discount-rate and exact-decimal code (contribution-measures.ts).
 */
import { readNumbers, type Grid, type ResultGrid } from "../cells";
import { costOfEquity, customerValue, weightedCostOfCapital } from "../contribution-measures";
import { isMeasureError } from "../measure-error";
import { named, perValue, perValueFunction } from "./per-value";
import type { ArgumentsFunction, WorksheetParameter } from "./worksheet-function";

const CUSTOMER_VALUE_PARAMETERS: readonly WorksheetParameter[] = [
  {
    name: "rate",
    type: "number",
    help: "The discount rate per period as a fraction, e.g. the WACC.",
  },
  {
    name: "cash_flows",
    type: "numbers",
    help: "The cash flows of t = 0, 1, 2, ... read row by row; blank cells are skipped (write 0 for a period without cash flow).",
  },
];

/** Cash flows row by row, the first at t = 0; a range of rates spills. */
function customerValueCells(rate: Grid, cashFlows: Grid): ResultGrid {
  const [rates, flowsGrid] = named(CUSTOMER_VALUE_PARAMETERS, [rate, cashFlows]);
  const flows = readNumbers(flowsGrid.grid, flowsGrid.name);
  if (isMeasureError(flows)) return [[flows]];
  return perValue([rates], ([i]) => customerValue(i, flows));
}

export const CAPITAL_FUNCTIONS = {
  COSTOFEQUITY: perValueFunction({
    description:
      "Cost of equity by CAPM: risk-free rate + beta x (market return - risk-free rate).",
    parameters: [
      {
        name: "risk_free",
        type: "number",
        help: "The risk-free interest rate as a fraction (0.03 for 3%).",
      },
      { name: "beta", type: "number", help: "The equity beta." },
      { name: "market_return", type: "number", help: "The expected market return as a fraction." },
    ],
    result: { kind: "percent", help: "The cost of equity as a fraction." },
    each: ([riskFree, beta, marketReturn]) => costOfEquity(riskFree, beta, marketReturn),
  }),
  WACC: perValueFunction({
    description:
      "WACC: the weighted average cost of capital, E/(D+E) x cost of equity + D/(D+E) x cost of debt x (1 - tax rate).",
    parameters: [
      { name: "equity", type: "number", help: "The equity capital (market value)." },
      { name: "debt", type: "number", help: "The debt capital." },
      {
        name: "cost_of_equity",
        type: "number",
        help: "The cost of equity as a fraction (see UAA.COSTOFEQUITY).",
      },
      {
        name: "cost_of_debt",
        type: "number",
        help: "The interest rate on debt as a fraction, before tax.",
      },
      {
        name: "tax_rate",
        type: "number",
        help: "The tax rate as a fraction; debt interest is tax-deductible.",
      },
    ],
    result: { kind: "percent", help: "The WACC as a fraction." },
    each: ([equity, debt, equityRate, debtRate, taxRate]) =>
      weightedCostOfCapital(equity, debt, equityRate, debtRate, taxRate),
  }),
  CUSTOMERVALUE: {
    description:
      "Customer value: the net present value of an account's cash flows; the first is t = 0 and is not discounted.",
    parameters: CUSTOMER_VALUE_PARAMETERS,
    result: { kind: "money", help: "The sum of cash flow(t) x (1 + rate)^-t." },
    method: customerValueCells,
  },
} satisfies Record<string, ArgumentsFunction>;
