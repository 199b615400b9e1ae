/**
 * Driver quantities counted from the transaction sheet's analysed rows (issue: "number of lines,
 * number of distinct pricing dates as orders, and any mapped column such as Orders, Deliveries,
 * Returns"). Orders are distinct pricing days: times of day on the same date are one order.
 */
import { ExactSums } from "../../model/exact-sums";
import { numericSource } from "../../model/fields";
import type { TransactionTable } from "../../model/transactions";
import type { Accounts } from "./accounts";
import type { DerivedDriver } from "../../model/contribution-definition";

/** Quantity of the driver per account. */
export function deriveDriver(
  table: TransactionTable,
  accounts: Accounts,
  driver: DerivedDriver
): ExactSums {
  const sums = new ExactSums(accounts.count);
  const accountOfRow = accounts.accountOfRow;
  switch (driver.from) {
    case "lines":
      for (let r = 0; r < table.rowCount; r++)
        if (accountOfRow[r] >= 0) sums.add(accountOfRow[r], 1);
      return sums;
    case "orders": {
      // One key per analysed row, account x day; sorted, each run of equal keys is one order.
      // Days are below 3e6 (Excel's last date is 2958465). Sorting beats a Set of a million keys.
      const keys = new Float64Array(table.rowCount);
      let count = 0;
      for (let r = 0; r < table.rowCount; r++) {
        const a = accountOfRow[r];
        if (a >= 0) keys[count++] = a * 3_000_000 + Math.floor(table.PricingDate[r]);
      }
      const sorted = keys.subarray(0, count).sort();
      for (let k = 0; k < count; k++) {
        if (k === 0 || sorted[k] !== sorted[k - 1]) sums.add(Math.floor(sorted[k] / 3_000_000), 1);
      }
      return sums;
    }
    case "column": {
      for (const term of numericSource(table, driver.column, false).terms) {
        for (let r = 0; r < table.rowCount; r++) {
          const a = accountOfRow[r];
          const v = term.values[r];
          if (a >= 0 && v === v && v !== 0) sums.add(a, term.sign * v);
        }
      }
      return sums;
    }
  }
}
