/**
 * The profit-contribution measures of customer profit contribution accounting as functions of plain numbers, computed by the
 * engine's own code in src/core/contribution/ (activity charges, CAPM, WACC, the exact decimal
 * arithmetic of customer value), so the worksheet functions give the numbers the Activity Rates
 * and Customer Profit Contribution sheets show. Inputs the engine refuses are errors here:
 * #DIV/0! for a zero quantity or capital, #NUM! for a value no real process or rate has.
 */
import type Decimal from "decimal.js";
import { singleStage } from "../compute/contribution/two-stage";
import { chargeActivity, type ActivityCharges } from "../compute/contribution/activity-charges";
import { capmCostOfEquity, wacc as engineWacc } from "../compute/contribution/discount-rate";
import { Exact, toNumber } from "../model/exact-decimal";
import type { Activity } from "../read/contribution/parse-activities";
import {
  divisionByZero,
  finiteResult,
  invalidNumber,
  invalidValue,
  type MeasureError,
} from "./measure-error";

function activity(
  processCosts: number,
  actualQuantity: number,
  maxQuantity: number | null
): Activity | MeasureError {
  if (processCosts < 0) return invalidNumber(`The process costs are negative (${processCosts}).`);
  if (actualQuantity === 0)
    return divisionByZero("The process quantity is 0: no cost rate exists.");
  if (actualQuantity < 0)
    return invalidNumber(`The process quantity is negative (${actualQuantity}).`);
  if (maxQuantity !== null && maxQuantity < actualQuantity) {
    return invalidNumber(
      `The maximum quantity (${maxQuantity}) is below the quantity performed (${actualQuantity}).`
    );
  }
  return {
    row: 0,
    process: "",
    costDriver: "",
    processCosts,
    actualQuantity,
    maxQuantity,
    unusedCapacityCausal: false,
    level: "customer",
    segment: null,
    mainProcess: null,
    neutralCosts: 0,
    productivity: null,
  };
}

/** One process charged as the engine charges a line of the Activities table. */
function charged(
  processCosts: number,
  processQuantity: number,
  maxQuantity: number | null
): ActivityCharges["summary"] | MeasureError {
  const a = activity(processCosts, processQuantity, maxQuantity);
  return "kind" in a ? a : chargeActivity(singleStage(a), []).summary;
}

/**
 * Process cost rate = process costs / process quantity (the worked example: 7,605,000 / 650,000 =
 * 11.70). With a maximum quantity the rate is over the capacity, as the engine charges it.
 */
export function processCostRate(
  processCosts: number,
  processQuantity: number,
  maxQuantity: number | null = null
): number | MeasureError {
  const charge = charged(processCosts, processQuantity, maxQuantity);
  return "kind" in charge ? charge : finiteResult(charge.rate, "The process cost rate");
}

/** Unused capacity = rate x (maximum quantity - actual quantity), rate over the maximum (SPEC). */
export function unusedCapacityCost(
  processCosts: number,
  processQuantity: number,
  maxQuantity: number
): number | MeasureError {
  const charge = charged(processCosts, processQuantity, maxQuantity);
  if ("kind" in charge) return charge;
  return finiteResult(charge.unusedCapacityCost, "The unused capacity cost");
}

/** CAPM: risk-free rate + beta x (market return - risk-free rate) (SPEC: cost of equity by CAPM, WACC). */
export function costOfEquity(
  riskFree: number,
  beta: number,
  marketReturn: number
): number | MeasureError {
  return finiteResult(capmCostOfEquity(riskFree, beta, marketReturn), "The cost of equity");
}

/** WACC = E/(D+E) x r_e + D/(D+E) x r_d x (1 - tax). */
export function weightedCostOfCapital(
  equity: number,
  debt: number,
  costOfEquityRate: number,
  costOfDebt: number,
  taxRate: number
): number | MeasureError {
  const capital = equity + debt;
  if (capital === 0)
    return divisionByZero("Equity plus debt is 0: WACC weighs the rates by capital.");
  if (!(capital > 0)) return invalidNumber(`Equity plus debt is negative (${capital}).`);
  return finiteResult(engineWacc(equity, debt, costOfEquityRate, costOfDebt, taxRate), "The WACC");
}

/**
 * Customer value = sum over t of cash flow_t x (1 + i)^-t, t = 0..n (SPEC, Customer profit contribution): the
 * first cash flow is t = 0, undiscounted. Exact to 50 digits, as the engine's customer value.
 */
export function customerValue(rate: number, cashFlows: readonly number[]): number | MeasureError {
  if (!(rate > -1)) return invalidNumber(`The rate must be above -100%, found ${rate}.`);
  if (cashFlows.length === 0)
    return invalidValue("cash_flows has no numbers: give the cash flows of t = 0, 1, 2, ...");
  const step = new Exact(1).div(new Exact(1).plus(rate));
  let value: Decimal = new Exact(0);
  let discount: Decimal = new Exact(1);
  for (const cashFlow of cashFlows) {
    if (cashFlow !== 0) value = value.plus(discount.times(cashFlow));
    discount = discount.times(step);
  }
  return finiteResult(toNumber(value), "The customer value");
}
