/**
 * The Customer Costs table: per customer its direct order and direct customer costs (deducted in
 * customer profit contribution I, seed 001 diagram 3), payment-ineffective costs (added back in the cash flow, e.g. depreciation) and
 * investment payments (deducted in the cash flow), SPEC, "Customer profit contribution". Any of
 * the four columns may be missing (0); a blank cell is 0. Several rows per customer add up.
 * Skipped and reported: blank customer, unreadable numbers, negative amounts.
 */
import { tableParser, type ParsedTable } from "./read-table";
import type { RowReader } from "./row-reader";
import { CUSTOMER_COSTS_SPEC } from "./table-fields";

export interface CustomerCost {
  readonly row: number;
  readonly customerId: string;
  readonly directOrderCosts: number;
  readonly directCosts: number;
  readonly paymentIneffectiveCosts: number;
  readonly investmentPayments: number;
}

export type ParsedCustomerCosts = ParsedTable<"costs", CustomerCost>;

/** An amount of 0 or more; blank or unmapped is 0. */
function amount(row: RowReader, field: string): number {
  const value = row.number(field, 0);
  if (value < 0) row.skip("negativeCosts", field, "an amount of 0 or more");
  return value;
}

/** The amounts are read in field order, so that a row's first problem is the one reported. */
function readCustomerCost(row: RowReader): CustomerCost {
  return {
    row: row.rowNumber,
    customerId: row.key("CustomerId", "a customer id"),
    directOrderCosts: amount(row, "DirectOrderCosts"),
    directCosts: amount(row, "DirectCustomerCosts"),
    paymentIneffectiveCosts: amount(row, "PaymentIneffectiveCosts"),
    investmentPayments: amount(row, "InvestmentPayments"),
  };
}

export const parseCustomerCosts = tableParser(CUSTOMER_COSTS_SPEC, "costs", () => readCustomerCost);
