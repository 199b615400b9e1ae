/**
 * The add-in's worksheet functions on Excel's terms, Office-free: every argument is a range
 * (rows of cells; a single value is 1 x 1) and every result a range of numbers, text, blanks ("")
 * and errors. src/functions/functions.ts only maps Office's values in and out; the sample
 * workbook's Formulas sheet computes its saved values here. Two kinds of argument:
 * - one value per account or process (a margin, a revenue, a rate): a range gives one result per
 *   cell (elementwise.ts), and a blank gives a blank, as the engine's blanks;
 * - a set of values (all_revenues, margins, cash_flows): a range of any shape, blanks ignored.
 * A problem with the whole call (ranges that do not fit together) is a 1 x 1 error.
 */
import { indexMargins, type KeyedLines, type MarginIndex } from "./weighted-margin";
import { readNumber, readNumbers, type Grid, type ResultCell, type ResultGrid } from "./cells";
import { elementwise, placeIn, type NamedGrid } from "./elementwise";
import {
  costOfEquity,
  customerValue,
  processCostRate,
  unusedCapacityCost,
  weightedCostOfCapital,
} from "./contribution-measures";
import {
  marginLiftPotentialPct,
  marginVariance,
  quarterMarginUplift,
  quarterRevenueUplift,
  suggestedMarginPct,
} from "./join-measures";
import { isMeasureError, type MeasureError } from "./measure-error";
import { rankRevenues } from "./revenue-rank";
import type { AgentResultIndex } from "./agent-results";

function whole(result: ResultGrid | MeasureError): ResultGrid {
  return isMeasureError(result) ? [[result]] : result;
}

/** One number per argument, null when any is blank, or the first argument's error (left to right). */
function numbersOf(
  cells: readonly unknown[],
  placeOf: (argument: number) => string
): number[] | null | MeasureError {
  const out: number[] = new Array<number>(cells.length);
  let blank = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell === "number" && cell - cell === 0) {
      out[i] = cell;
      continue;
    }
    const value = readNumber(cell, placeOf(i));
    if (isMeasureError(value)) return value;
    if (value === null) blank = true;
    else out[i] = value;
  }
  return blank ? null : out;
}

/** A function of one number per argument, applied cell by cell. */
function perValue(
  args: readonly NamedGrid[],
  f: (values: number[]) => number | MeasureError
): ResultGrid {
  return whole(
    elementwise(args, (cells, row, column) => {
      const values = numbersOf(cells, (i) => placeIn(args[i], row, column));
      if (values === null) return "";
      return isMeasureError(values) ? values : f(values);
    })
  );
}

/** The Join Series measures' arguments, one value each per account, named as in Excel. */
function joinArguments(current: Grid, segment: Grid, annualRevenue?: Grid): NamedGrid[] {
  const margins: NamedGrid[] = [
    { name: "current_margin_pct", grid: current },
    { name: "segment_avg_margin_pct", grid: segment },
  ];
  return annualRevenue === undefined
    ? margins
    : [...margins, { name: "annual_revenue", grid: annualRevenue }];
}

export function marginVarianceCells(current: Grid, segment: Grid): ResultGrid {
  return perValue(joinArguments(current, segment), ([c, s]) => marginVariance(c, s));
}

export function suggestedMarginCells(current: Grid, segment: Grid): ResultGrid {
  return perValue(joinArguments(current, segment), ([c, s]) => suggestedMarginPct(c, s));
}

export function marginLiftCells(current: Grid, segment: Grid): ResultGrid {
  return perValue(joinArguments(current, segment), ([c, s]) => marginLiftPotentialPct(c, s));
}

export function quarterMarginUpliftCells(
  current: Grid,
  segment: Grid,
  annualRevenue: Grid
): ResultGrid {
  return perValue(joinArguments(current, segment, annualRevenue), ([c, s, r]) =>
    quarterMarginUplift(c, s, r)
  );
}

export function quarterRevenueUpliftCells(
  current: Grid,
  segment: Grid,
  annualRevenue: Grid
): ResultGrid {
  return perValue(joinArguments(current, segment, annualRevenue), ([c, s, r]) =>
    quarterRevenueUplift(c, s, r)
  );
}

/** REVENUERANK(revenue, all_revenues): one sort for however many revenues are ranked. */
export function revenueRankCells(revenue: Grid, allRevenues: Grid): ResultGrid {
  const all = readNumbers(allRevenues, "all_revenues");
  if (isMeasureError(all)) return [[all]];
  const ranking = rankRevenues(all);
  return perValue([{ name: "revenue", grid: revenue }], ([r]) => ranking.rankOf(r));
}

function marginCells(lines: KeyedLines, key: Grid, keyName: string): ResultGrid {
  const index: MarginIndex | MeasureError = indexMargins(lines);
  if (isMeasureError(index)) return [[index]];
  return whole(elementwise([{ name: keyName, grid: key }], ([k]) => index.marginOf(k)));
}

/** SEGMENTMARGIN(margins, revenues, segments, segment): Series 2's AvgMarginPct over the lines given. */
export function segmentMarginCells(
  margins: Grid,
  revenues: Grid,
  segments: Grid,
  segment: Grid
): ResultGrid {
  return marginCells(
    {
      margins,
      revenues,
      keys: segments,
      names: { margins: "margins", revenues: "revenues", keys: "segments" },
      noun: "segment",
    },
    segment,
    "segment"
  );
}

/** ACCOUNTMARGIN(margins, revenues, customer_ids, customer_id): Series 1's AvgMarginPct of one account. */
export function accountMarginCells(
  margins: Grid,
  revenues: Grid,
  customerIds: Grid,
  customerId: Grid
): ResultGrid {
  return marginCells(
    {
      margins,
      revenues,
      keys: customerIds,
      names: { margins: "margins", revenues: "revenues", keys: "customer_ids" },
      noun: "account",
    },
    customerId,
    "customer_id"
  );
}

export function processCostRateCells(
  processCosts: Grid,
  processQuantity: Grid,
  maxQuantity?: Grid | null
): ResultGrid {
  const args: NamedGrid[] = [
    { name: "process_costs", grid: processCosts },
    { name: "process_quantity", grid: processQuantity },
  ];
  if (maxQuantity === undefined || maxQuantity === null)
    return perValue(args, ([costs, quantity]) => processCostRate(costs, quantity));
  // A blank maximum is a process without one, as in the Activities table.
  return whole(
    elementwise([...args, { name: "max_quantity", grid: maxQuantity }], (cells, row, column) => {
      const values = numbersOf(cells.slice(0, 2), (i) => placeIn(args[i], row, column));
      if (values === null) return "";
      if (isMeasureError(values)) return values;
      const max = readNumber(
        cells[2],
        placeIn({ name: "max_quantity", grid: maxQuantity }, row, column)
      );
      return isMeasureError(max) ? max : processCostRate(values[0], values[1], max);
    })
  );
}

export function unusedCapacityCostCells(
  processCosts: Grid,
  processQuantity: Grid,
  maxQuantity: Grid
): ResultGrid {
  return perValue(
    [
      { name: "process_costs", grid: processCosts },
      { name: "process_quantity", grid: processQuantity },
      { name: "max_quantity", grid: maxQuantity },
    ],
    ([costs, quantity, max]) => unusedCapacityCost(costs, quantity, max)
  );
}

export function costOfEquityCells(riskFree: Grid, beta: Grid, marketReturn: Grid): ResultGrid {
  return perValue(
    [
      { name: "risk_free", grid: riskFree },
      { name: "beta", grid: beta },
      { name: "market_return", grid: marketReturn },
    ],
    ([rf, b, rm]) => costOfEquity(rf, b, rm)
  );
}

export function waccCells(
  equity: Grid,
  debt: Grid,
  costOfEquityRate: Grid,
  costOfDebt: Grid,
  taxRate: Grid
): ResultGrid {
  return perValue(
    [
      { name: "equity", grid: equity },
      { name: "debt", grid: debt },
      { name: "cost_of_equity", grid: costOfEquityRate },
      { name: "cost_of_debt", grid: costOfDebt },
      { name: "tax_rate", grid: taxRate },
    ],
    ([e, d, re, rd, t]) => weightedCostOfCapital(e, d, re, rd, t)
  );
}

/** CUSTOMERVALUE(rate, cash_flows): cash flows row by row, the first at t = 0; a range of rates spills. */
export function customerValueCells(rate: Grid, cashFlows: Grid): ResultGrid {
  const flows = readNumbers(cashFlows, "cash_flows");
  if (isMeasureError(flows)) return [[flows]];
  return perValue([{ name: "rate", grid: rate }], ([i]) => customerValue(i, flows));
}

/** AGENTRESULT(customer_id, measure): a column of ids against a row of measures gives a table. */
export function agentResultCells(
  index: AgentResultIndex | MeasureError,
  customerId: Grid,
  measure: Grid
): ResultGrid {
  if (isMeasureError(index)) return [[index]];
  return whole(
    elementwise(
      [
        { name: "customer_id", grid: customerId },
        { name: "measure", grid: measure },
      ],
      ([id, m]): ResultCell => index.lookup(id, m)
    )
  );
}
