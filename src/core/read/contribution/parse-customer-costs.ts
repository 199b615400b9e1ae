/**
 * The Customer Costs table: per customer its direct order and direct customer costs (deducted in
 * customer profit contribution I, seed 001 diagram 3), payment-ineffective costs (added back in
 * the cash flow: non-cash material and personnel costs, depreciation and other, seed 001 diagram
 * 4) and investment payments (deducted in the cash flow), SPEC, "Customer profit contribution".
 * Optionally the customer's own customer value settings: expected relationship duration (years),
 * growth, and days sales outstanding (negative = prepayment); blank = the global settings.
 * Any amount column may be missing (0); a blank cell is 0. Several rows per customer add up.
 * Skipped and reported: blank customer, unreadable numbers, negative amounts. Kept and reported:
 * a duration that is not a whole number of years from 0 to 100, a growth outside -100%..100%
 * (both: the global setting instead), days sales outstanding beyond a year either way (none).
 */
import { tableParser, type ParsedTable } from "./read-table";
import type { RowReader } from "./row-reader";
import { CUSTOMER_COSTS_SPEC } from "./table-fields";

export interface CustomerCost {
  readonly row: number;
  readonly customerId: string;
  readonly directOrderCosts: number;
  readonly directCosts: number;
  /** Other payment-ineffective costs (the column "Payment-Ineffective Costs"). */
  readonly paymentIneffectiveCosts: number;
  readonly nonCashMaterialCosts: number;
  readonly nonCashPersonnelCosts: number;
  readonly depreciation: number;
  readonly investmentPayments: number;
  /** The customer's own settings; null = the global one. */
  readonly horizonYears: number | null;
  readonly growthRate: number | null;
  readonly dsoDays: number | null;
}

export type ParsedCustomerCosts = ParsedTable<"costs", CustomerCost>;

/** An amount of 0 or more; blank or unmapped is 0. */
function amount(row: RowReader, field: string): number {
  const value = row.number(field, 0);
  if (value < 0) row.skip("negativeCosts", field, "an amount of 0 or more");
  return value;
}

const MAX_HORIZON_YEARS = 100;

function horizonYears(row: RowReader): number | null {
  const years = row.number("HorizonYears", null);
  if (years === null || (Number.isInteger(years) && years >= 0 && years <= MAX_HORIZON_YEARS))
    return years;
  row.report("badHorizon", "HorizonYears", "a whole number of years from 0 to 100");
  return null;
}

/** Days sales outstanding: a year of credit or of prepayment at most; blank = none. */
function dsoDays(row: RowReader): number | null {
  const days = row.number("DaysSalesOutstanding", null);
  if (days === null || (days >= -365 && days <= 365)) return days;
  row.report("badDays", "DaysSalesOutstanding", "days from -365 (prepayment) to 365 (credit)");
  return null;
}

/** The amounts are read in field order, so that a row's first problem is the one reported. */
function readCustomerCost(row: RowReader): CustomerCost {
  return {
    row: row.rowNumber,
    customerId: row.key("CustomerId", "a customer id"),
    directOrderCosts: amount(row, "DirectOrderCosts"),
    directCosts: amount(row, "DirectCustomerCosts"),
    paymentIneffectiveCosts: amount(row, "PaymentIneffectiveCosts"),
    nonCashMaterialCosts: amount(row, "NonCashMaterialCosts"),
    nonCashPersonnelCosts: amount(row, "NonCashPersonnelCosts"),
    depreciation: amount(row, "Depreciation"),
    investmentPayments: amount(row, "InvestmentPayments"),
    horizonYears: horizonYears(row),
    growthRate: row.fraction("GrowthRate", "badRate"),
    dsoDays: dsoDays(row),
  };
}

export const parseCustomerCosts = tableParser(CUSTOMER_COSTS_SPEC, "costs", () => readCustomerCost);
