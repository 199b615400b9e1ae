/// <reference types="custom-functions-runtime" />
/*
 * The add-in's worksheet functions, =UAA.NAME(...) (namespace in manifest.xml). Each is a thin
 * wrapper: Office's values in, a call into the worksheet registry
 * (src/core/worksheet/functions/registry.ts), Excel errors out. custom-functions-metadata-plugin
 * reads the JSDoc below into functions.json (the descriptions and parameter help Excel shows
 * while typing) and appends the CustomFunctions.associate(...) calls; only this file is read, so
 * every function is declared here, with the registry's names, arguments and help texts
 * (test/functions/registry-agreement.test.ts fails when the two differ).
 * (A plain comment, not JSDoc, so the generator does not take it for a description.)
 *
 * Every parameter is a range (`any[][]`): a single value arrives as a 1 x 1 range, and a range
 * where one value is expected gives one result per cell, which spills. Types are written out as
 * `unknown[][]` (the generator refuses type aliases).
 */
import { callFunction, callWithLatestRun } from "./call-registry";

/**
 * Margin variance: the segment's average margin minus the account's margin (positive = below its segment's benchmark).
 * @customfunction MARGINVARIANCE
 * @param {any[][]} current_margin_pct The account's margin as a fraction (0.154 for 15.4%), or a range of them.
 * @param {any[][]} segment_avg_margin_pct The weighted average margin of the account's segment, or a range of them.
 * @returns {any[][]} segment_avg_margin_pct - current_margin_pct.
 */
export function marginVariance(
  current_margin_pct: unknown[][],
  segment_avg_margin_pct: unknown[][]
): unknown[][] {
  return callFunction("MARGINVARIANCE", current_margin_pct, segment_avg_margin_pct);
}

/**
 * Suggested margin: halfway between the account's margin and its segment's average margin.
 * @customfunction SUGGESTEDMARGIN
 * @param {any[][]} current_margin_pct The account's margin as a fraction, or a range of them.
 * @param {any[][]} segment_avg_margin_pct The weighted average margin of the account's segment, or a range of them.
 * @returns {any[][]} (current_margin_pct + segment_avg_margin_pct) / 2.
 */
export function suggestedMargin(
  current_margin_pct: unknown[][],
  segment_avg_margin_pct: unknown[][]
): unknown[][] {
  return callFunction("SUGGESTEDMARGIN", current_margin_pct, segment_avg_margin_pct);
}

/**
 * Margin lift potential: the change to the suggested margin relative to the size of the current margin, positive when the margin rises (also for a negative margin). #DIV/0! when the current margin is 0.
 * @customfunction MARGINLIFTPCT
 * @param {any[][]} current_margin_pct The account's margin as a fraction, or a range of them.
 * @param {any[][]} segment_avg_margin_pct The weighted average margin of the account's segment, or a range of them.
 * @returns {any[][]} (suggested margin - current_margin_pct) / ABS(current_margin_pct).
 */
export function marginLiftPct(
  current_margin_pct: unknown[][],
  segment_avg_margin_pct: unknown[][]
): unknown[][] {
  return callFunction("MARGINLIFTPCT", current_margin_pct, segment_avg_margin_pct);
}

/**
 * Quarter margin uplift: the profit a quarter gains if the account moves to the suggested margin.
 * @customfunction QUARTERMARGINUPLIFT
 * @param {any[][]} current_margin_pct The account's margin as a fraction, or a range of them.
 * @param {any[][]} segment_avg_margin_pct The weighted average margin of the account's segment, or a range of them.
 * @param {any[][]} annual_revenue The account's revenue over the trailing 12 months, or a range of them.
 * @returns {any[][]} (suggested margin - current_margin_pct) * annual_revenue / 4.
 */
export function quarterMarginUplift(
  current_margin_pct: unknown[][],
  segment_avg_margin_pct: unknown[][],
  annual_revenue: unknown[][]
): unknown[][] {
  return callFunction(
    "QUARTERMARGINUPLIFT",
    current_margin_pct,
    segment_avg_margin_pct,
    annual_revenue
  );
}

/**
 * Quarter revenue uplift: the agent's default, the same as the quarter margin uplift (as in the seed's example).
 * @customfunction QUARTERREVENUEUPLIFT
 * @param {any[][]} current_margin_pct The account's margin as a fraction, or a range of them.
 * @param {any[][]} segment_avg_margin_pct The weighted average margin of the account's segment, or a range of them.
 * @param {any[][]} annual_revenue The account's revenue over the trailing 12 months, or a range of them.
 * @returns {any[][]} (suggested margin - current_margin_pct) * annual_revenue / 4.
 */
export function quarterRevenueUplift(
  current_margin_pct: unknown[][],
  segment_avg_margin_pct: unknown[][],
  annual_revenue: unknown[][]
): unknown[][] {
  return callFunction(
    "QUARTERREVENUEUPLIFT",
    current_margin_pct,
    segment_avg_margin_pct,
    annual_revenue
  );
}

/**
 * Revenue rank: the percent rank of a revenue among all revenues, 0 for the smallest and 1 for the largest; ties share the lower rank.
 * @customfunction REVENUERANK
 * @param {any[][]} revenue The account's revenue (one of all_revenues), or a range of them.
 * @param {any[][]} all_revenues Every account's revenue, a range of any shape; blank cells are ignored.
 * @returns {any[][]} (number of revenues below) / (count - 1), as SQL's PERCENT_RANK.
 */
export function revenueRank(revenue: unknown[][], all_revenues: unknown[][]): unknown[][] {
  return callFunction("REVENUERANK", revenue, all_revenues);
}

/**
 * Segment margin: the revenue-weighted margin of one segment's lines, sum of margins / sum of revenues.
 * @customfunction SEGMENTMARGIN
 * @param {any[][]} margins The gross margin of each line.
 * @param {any[][]} revenues The invoice price (revenue) of each line, a range the size of margins.
 * @param {any[][]} segments The segment of each line, a range the size of margins.
 * @param {any[][]} segment The segment to compute, or a range of segments.
 * @returns {any[][]} The segment's weighted margin as a fraction.
 */
export function segmentMargin(
  margins: unknown[][],
  revenues: unknown[][],
  segments: unknown[][],
  segment: unknown[][]
): unknown[][] {
  return callFunction("SEGMENTMARGIN", margins, revenues, segments, segment);
}

/**
 * Account margin: the revenue-weighted margin of one account's lines, sum of margins / sum of revenues.
 * @customfunction ACCOUNTMARGIN
 * @param {any[][]} margins The gross margin of each line.
 * @param {any[][]} revenues The invoice price (revenue) of each line, a range the size of margins.
 * @param {any[][]} customer_ids The customer id of each line, a range the size of margins.
 * @param {any[][]} customer_id The account to compute, or a range of accounts.
 * @returns {any[][]} The account's weighted margin as a fraction.
 */
export function accountMargin(
  margins: unknown[][],
  revenues: unknown[][],
  customer_ids: unknown[][],
  customer_id: unknown[][]
): unknown[][] {
  return callFunction("ACCOUNTMARGIN", margins, revenues, customer_ids, customer_id);
}

/**
 * Process cost rate: process costs per unit of the cost driver (7,605,000 / 650,000 = 11.70).
 * @customfunction PROCESSCOSTRATE
 * @param {any[][]} process_costs The costs of the process, or a range of them.
 * @param {any[][]} process_quantity The process quantity actually performed, or a range of them.
 * @param {any[][]} [max_quantity] Optional: the maximum (capacity) quantity; the rate is then over the capacity.
 * @returns {any[][]} process_costs / process_quantity (or / max_quantity).
 */
export function processCostRate(
  process_costs: unknown[][],
  process_quantity: unknown[][],
  max_quantity?: unknown[][]
): unknown[][] {
  return callFunction("PROCESSCOSTRATE", process_costs, process_quantity, max_quantity);
}

/**
 * Unused capacity cost: the process costs of capacity not used, rate over the maximum x (maximum - actual quantity).
 * @customfunction UNUSEDCAPACITYCOST
 * @param {any[][]} process_costs The costs of the process, or a range of them.
 * @param {any[][]} process_quantity The process quantity actually performed, or a range of them.
 * @param {any[][]} max_quantity The maximum (capacity) quantity, at least process_quantity, or a range of them.
 * @returns {any[][]} process_costs x (max_quantity - process_quantity) / max_quantity.
 */
export function unusedCapacityCost(
  process_costs: unknown[][],
  process_quantity: unknown[][],
  max_quantity: unknown[][]
): unknown[][] {
  return callFunction("UNUSEDCAPACITYCOST", process_costs, process_quantity, max_quantity);
}

/**
 * Cost of equity by CAPM: risk-free rate + beta x (market return - risk-free rate).
 * @customfunction COSTOFEQUITY
 * @param {any[][]} risk_free The risk-free interest rate as a fraction (0.03 for 3%).
 * @param {any[][]} beta The equity beta.
 * @param {any[][]} market_return The expected market return as a fraction.
 * @returns {any[][]} The cost of equity as a fraction.
 */
export function costOfEquity(
  risk_free: unknown[][],
  beta: unknown[][],
  market_return: unknown[][]
): unknown[][] {
  return callFunction("COSTOFEQUITY", risk_free, beta, market_return);
}

/**
 * WACC: the weighted average cost of capital, E/(D+E) x cost of equity + D/(D+E) x cost of debt x (1 - tax rate).
 * @customfunction WACC
 * @param {any[][]} equity The equity capital (market value).
 * @param {any[][]} debt The debt capital.
 * @param {any[][]} cost_of_equity The cost of equity as a fraction (see UAA.COSTOFEQUITY).
 * @param {any[][]} cost_of_debt The interest rate on debt as a fraction, before tax.
 * @param {any[][]} tax_rate The tax rate as a fraction; debt interest is tax-deductible.
 * @returns {any[][]} The WACC as a fraction.
 */
export function wacc(
  equity: unknown[][],
  debt: unknown[][],
  cost_of_equity: unknown[][],
  cost_of_debt: unknown[][],
  tax_rate: unknown[][]
): unknown[][] {
  return callFunction("WACC", equity, debt, cost_of_equity, cost_of_debt, tax_rate);
}

/**
 * Customer value: the net present value of an account's cash flows; the first is t = 0 and is not discounted.
 * @customfunction CUSTOMERVALUE
 * @param {any[][]} rate The discount rate per period as a fraction, e.g. the WACC.
 * @param {any[][]} cash_flows The cash flows of t = 0, 1, 2, ... read row by row; blank cells are skipped (write 0 for a period without cash flow).
 * @returns {any[][]} The sum of cash flow(t) x (1 + rate)^-t.
 */
export function customerValue(rate: unknown[][], cash_flows: unknown[][]): unknown[][] {
  return callFunction("CUSTOMERVALUE", rate, cash_flows);
}

/**
 * The agent's result for an account: a measure of the latest run's Join Series, such as "MarginVariance" or "Flagged".
 * @customfunction AGENTRESULT
 * @param {any[][]} customer_id The account's customer id, or a range of them.
 * @param {any[][]} measure The measure's name or label, e.g. "CurrentMarginPct" or "Current Margin %", or a range of them.
 * @returns {Promise<any[][]>} The value the agent computed in its latest run.
 */
export async function agentResult(
  customer_id: unknown[][],
  measure: unknown[][]
): Promise<unknown[][]> {
  return callWithLatestRun("AGENTRESULT", customer_id, measure);
}
