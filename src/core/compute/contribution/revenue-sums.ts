/**
 * Each account's sales, gross margin and sales deductions, summed exactly over its analysed
 * transaction rows (SPEC, "Customer profit contribution"): sales deductions are the
 * CalculatedRebate plus the mapped discount columns (README, "Sales deductions").
 */
import { ExactSums } from "../../model/exact-sums";
import { numericSource } from "../../model/fields";
import type { TransactionTable } from "../../model/transactions";
import type { Accounts } from "./accounts";

export interface RevenueSums {
  readonly sales: ExactSums;
  readonly margin: ExactSums;
  readonly deductions: ExactSums;
}

export function revenueSums(
  table: TransactionTable,
  accounts: Accounts,
  deductionColumns: readonly string[]
): RevenueSums {
  const sales = new ExactSums(accounts.count);
  const margin = new ExactSums(accounts.count);
  const deductions = new ExactSums(accounts.count);
  const accountOfRow = accounts.accountOfRow;
  for (let r = 0; r < table.rowCount; r++) {
    const a = accountOfRow[r];
    if (a < 0) continue;
    sales.add(a, table.InvoicePrice[r]);
    margin.add(a, table.GrossMargin[r]);
    if (table.CalculatedRebate[r] !== 0) deductions.add(a, table.CalculatedRebate[r]);
  }
  for (const column of deductionColumns) {
    for (const term of numericSource(table, column, false).terms) {
      for (let r = 0; r < table.rowCount; r++) {
        const a = accountOfRow[r];
        const v = term.values[r];
        if (a >= 0 && v === v && v !== 0) deductions.add(a, term.sign * v);
      }
    }
  }
  return { sales, margin, deductions };
}
