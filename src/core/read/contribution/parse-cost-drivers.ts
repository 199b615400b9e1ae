/**
 * The Cost Drivers table: how much of each driver a customer used in the period (customer,
 * driver, quantity). Several rows for the same customer and driver add up (one row per month,
 * say). Skipped and reported: blank customer or driver, unreadable or blank quantity, negative
 * quantity. Whether the customer and the driver are known is checked later, against the
 * transaction sheet and the activities (computeContribution), and reported there with the rows.
 */
import { tableParser, type ParsedTable } from "./read-table";
import type { RowReader } from "./row-reader";
import { COST_DRIVERS_SPEC } from "./table-fields";

export interface DriverUse {
  readonly row: number;
  readonly customerId: string;
  readonly costDriver: string;
  readonly quantity: number;
}

export type ParsedCostDrivers = ParsedTable<"uses", DriverUse>;

function readDriverUse(row: RowReader): DriverUse {
  const customerId = row.key("CustomerId", "a customer id");
  const costDriver = row.key("CostDriver", "a cost driver name");
  const quantity = row.number("DriverQuantity");
  if (quantity < 0) row.skip("negativeQuantity", "DriverQuantity", "a quantity of 0 or more");
  return { row: row.rowNumber, customerId, costDriver, quantity };
}

export const parseCostDrivers = tableParser(COST_DRIVERS_SPEC, "uses", () => readDriverUse);
