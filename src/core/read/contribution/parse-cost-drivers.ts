/**
 * The Cost Drivers table: how much of each driver a customer used in the period (customer,
 * driver, quantity). Several rows for the same customer and driver add up (one row per month,
 * say). Skipped and reported: blank customer or driver, unreadable or blank quantity, negative
 * quantity. Whether the customer and the driver are known is checked later, against the
 * transaction sheet and the activities (computeContribution), and reported there with the rows.
 */
import type { FieldMappingDefinition } from "../../model/fields";
import { IssueLog } from "./issue-log";
import { plural } from "../../model/plural";
import type { ContributionIssue, ContributionTableReport } from "../../model/contribution-quality";
import { dataRows, RowReader, SKIP, type ContributionSheet } from "./row-reader";
import { COST_DRIVERS_SPEC } from "./table-fields";
import { mapTableFields } from "./table-mapping";

export interface DriverUse {
  readonly row: number;
  readonly customerId: string;
  readonly costDriver: string;
  readonly quantity: number;
}

export interface ParsedCostDrivers {
  readonly uses: readonly DriverUse[];
  readonly report: ContributionTableReport;
  /** Field -> the sheet column holding it, for the rows reported after matching. */
  readonly columnOf: Readonly<Record<string, string>>;
}

export function parseCostDrivers(
  sheet: ContributionSheet,
  mapping: FieldMappingDefinition
): ParsedCostDrivers {
  const fields = mapTableFields(COST_DRIVERS_SPEC, sheet.name, sheet.headers, mapping);
  const log = new IssueLog<ContributionIssue>();
  const reader = new RowReader(fields, log);
  const counter = { rowsRead: 0 };
  const uses: DriverUse[] = [];

  for (const { row, rowNumber } of dataRows(sheet, log, counter)) {
    const customerId = reader.key(row, rowNumber, "CustomerId", "a customer id");
    if (customerId === SKIP) continue;
    const costDriver = reader.key(row, rowNumber, "CostDriver", "a cost driver name");
    if (costDriver === SKIP) continue;
    const quantity = reader.number(row, rowNumber, "DriverQuantity");
    if (quantity === SKIP || quantity === null) continue;
    if (quantity < 0) {
      reader.report(
        "negativeQuantity",
        rowNumber,
        "DriverQuantity",
        reader.cell(row, "DriverQuantity"),
        "a quantity of 0 or more"
      );
      continue;
    }
    uses.push({ row: rowNumber, customerId, costDriver, quantity });
  }

  const warnings = [...fields.warnings];
  if (counter.rowsRead === 0)
    warnings.push(`Sheet '${sheet.name}' has no driver quantities below its header.`);
  else if (uses.length === 0) {
    warnings.push(
      `None of the ${plural(counter.rowsRead, "row")} of sheet '${sheet.name}' is a usable driver quantity; see the problems.`
    );
  }
  return {
    uses,
    columnOf: Object.fromEntries([...fields.fields].map(([name, match]) => [name, match.header])),
    report: {
      table: "costDrivers",
      sheet: sheet.name,
      rowsRead: counter.rowsRead,
      rowsUsable: uses.length,
      issues: log.report(),
      warnings,
    },
  };
}
