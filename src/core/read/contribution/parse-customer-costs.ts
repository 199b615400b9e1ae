/**
 * The Customer Costs table: per customer its direct customer costs (deducted in customer profit
 * contribution I), payment-ineffective costs (added back in the cash flow, e.g. depreciation) and
 * investment payments (deducted in the cash flow), seed 001, diagrams 3 and 4. Any of the three
 * columns may be missing (0); a blank cell is 0. Several rows per customer add up.
 * Skipped and reported: blank customer, unreadable numbers, negative amounts.
 */
import type { FieldMappingDefinition } from "../../model/fields";
import { IssueLog } from "./issue-log";
import { plural } from "../../model/plural";
import type { ContributionIssue, ContributionTableReport } from "../../model/contribution-quality";
import { dataRows, RowReader, SKIP, type ContributionSheet } from "./row-reader";
import { CUSTOMER_COSTS_SPEC } from "./table-fields";
import { mapTableFields } from "./table-mapping";

export interface CustomerCost {
  readonly row: number;
  readonly customerId: string;
  readonly directCosts: number;
  readonly paymentIneffectiveCosts: number;
  readonly investmentPayments: number;
}

export interface ParsedCustomerCosts {
  readonly costs: readonly CustomerCost[];
  readonly report: ContributionTableReport;
  /** Field -> the sheet column holding it, for the rows reported after matching. */
  readonly columnOf: Readonly<Record<string, string>>;
}

const AMOUNT_FIELDS = [
  "DirectCustomerCosts",
  "PaymentIneffectiveCosts",
  "InvestmentPayments",
] as const;

export function parseCustomerCosts(
  sheet: ContributionSheet,
  mapping: FieldMappingDefinition
): ParsedCustomerCosts {
  const fields = mapTableFields(CUSTOMER_COSTS_SPEC, sheet.name, sheet.headers, mapping);
  const log = new IssueLog<ContributionIssue>();
  const reader = new RowReader(fields, log);
  const counter = { rowsRead: 0 };
  const costs: CustomerCost[] = [];

  rows: for (const { row, rowNumber } of dataRows(sheet, log, counter)) {
    const customerId = reader.key(row, rowNumber, "CustomerId", "a customer id");
    if (customerId === SKIP) continue;
    const amounts: number[] = [];
    for (const field of AMOUNT_FIELDS) {
      const value = reader.number(row, rowNumber, field, 0);
      if (value === SKIP) continue rows;
      if (value !== null && value < 0) {
        reader.report(
          "negativeCosts",
          rowNumber,
          field,
          reader.cell(row, field),
          "an amount of 0 or more"
        );
        continue rows;
      }
      amounts.push(value ?? 0);
    }
    const [directCosts, paymentIneffectiveCosts, investmentPayments] = amounts;
    costs.push({
      row: rowNumber,
      customerId,
      directCosts,
      paymentIneffectiveCosts,
      investmentPayments,
    });
  }

  const warnings = [...fields.warnings];
  if (counter.rowsRead === 0)
    warnings.push(`Sheet '${sheet.name}' has no customer costs below its header.`);
  else if (costs.length === 0) {
    warnings.push(
      `None of the ${plural(counter.rowsRead, "row")} of sheet '${sheet.name}' is usable; see the problems.`
    );
  }
  return {
    costs,
    columnOf: Object.fromEntries([...fields.fields].map(([name, match]) => [name, match.header])),
    report: {
      table: "customerCosts",
      sheet: sheet.name,
      rowsRead: counter.rowsRead,
      rowsUsable: costs.length,
      issues: log.report(),
      warnings,
    },
  };
}
