/**
 * The accounts of a contribution run: each CustomerId with at least one line among the analysed
 * rows (the series' window and filters), numbered in order of first appearance. Name and segment
 * are those of the account's first line, as a series grouped by CustomerId shows them.
 */
import type { TransactionTable } from "../../model/transactions";

export interface Accounts {
  readonly count: number;
  readonly customerId: readonly string[];
  readonly customerName: readonly string[];
  readonly customerSegment: readonly string[];
  /** Account of each transaction row; -1 for rows not analysed. */
  readonly accountOfRow: Int32Array;
  /** CustomerId -> account. */
  readonly byId: ReadonlyMap<string, number>;
  /** Lower-cased CustomerId -> account, for ids typed in another case in the input tables. */
  readonly byLowerId: ReadonlyMap<string, number>;
  /** Every CustomerId of the sheet, analysed or not, lower-cased. */
  readonly inSheet: ReadonlySet<string>;
}

export function accountsOf(table: TransactionTable, rows: Uint8Array): Accounts {
  const ids = table.CustomerId;
  const accountOfCode = new Int32Array(ids.values.length).fill(-1);
  const accountOfRow = new Int32Array(table.rowCount).fill(-1);
  const customerId: string[] = [];
  const customerName: string[] = [];
  const customerSegment: string[] = [];
  for (let r = 0; r < table.rowCount; r++) {
    if (rows[r] !== 1) continue;
    const code = ids.codes[r];
    let account = accountOfCode[code];
    if (account < 0) {
      account = customerId.length;
      accountOfCode[code] = account;
      customerId.push(ids.values[code]);
      customerName.push(table.CustomerName.values[table.CustomerName.codes[r]]);
      customerSegment.push(table.CustomerSegment.values[table.CustomerSegment.codes[r]]);
    }
    accountOfRow[r] = account;
  }
  const byId = new Map(customerId.map((id, a) => [id, a]));
  const byLowerId = new Map<string, number>();
  customerId.forEach((id, a) => {
    if (!byLowerId.has(id.toLowerCase())) byLowerId.set(id.toLowerCase(), a);
  });
  return {
    count: customerId.length,
    customerId,
    customerName,
    customerSegment,
    accountOfRow,
    byId,
    byLowerId,
    inSheet: new Set(ids.values.map((v) => v.toLowerCase())),
  };
}

/** The account of a customer id typed in an input table: exact first, then ignoring case. */
export function findAccount(accounts: Accounts, id: string): number {
  return accounts.byId.get(id) ?? accounts.byLowerId.get(id.toLowerCase()) ?? -1;
}
