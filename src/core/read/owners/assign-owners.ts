/**
 * Each analysed account's owner, from the strongest source that names one: the owners table,
 * then the transaction sheet's owner column, then the assignee of the account's action
 * (docs/decisions.md, "Account owners"). Accounts no source names are listed, not dropped.
 */
import {
  ownerKey,
  type AccountOwner,
  type OwnedAccount,
  type OwnerAssignment,
  type OwnerSource,
  type UnownedAccount,
} from "../../model/account-owner";
import type { OwnerRow } from "./owners-table";

export interface AnalysedAccount {
  readonly customerId: string;
  readonly customerName: string | null;
  readonly flagged: boolean;
}

export interface OwnerSources {
  /** Every account of the run (the join's rows), in the report's order. */
  readonly accounts: readonly AnalysedAccount[];
  readonly table?: readonly OwnerRow[];
  /** CustomerId -> the owner column's text on the account's lines. */
  readonly column?: ReadonlyMap<string, string>;
  /** CustomerId -> the other owners the column names on its lines (the first is kept). */
  readonly columnOthers?: ReadonlyMap<string, readonly string[]>;
  /** CustomerId -> the assignee of the account's action (`Ann Lee <ann@x.com>` or a name). */
  readonly assignees?: ReadonlyMap<string, AccountOwner>;
}

export function assignOwners(sources: OwnerSources): OwnerAssignment {
  const owners = new Map<string, AccountOwner>();
  const warnings: string[] = [];
  const meet = (owner: AccountOwner): AccountOwner => {
    const known = owners.get(ownerKey(owner.name));
    if (!known) owners.set(ownerKey(owner.name), owner);
    else if (!known.email && owner.email) owners.set(ownerKey(owner.name), { ...known, ...owner });
    return owners.get(ownerKey(owner.name))!;
  };
  const names = new Map(sources.accounts.map((a) => [a.customerId, a.customerName]));
  const fromTable = tableOwners(sources.table ?? [], names, warnings);
  for (const owner of fromTable.values()) meet(owner);

  const byAccount = new Map<string, OwnedAccount>();
  const unowned: UnownedAccount[] = [];
  for (const account of sources.accounts) {
    const found = ownerOf(account.customerId, fromTable, sources);
    const other = sources.column?.get(account.customerId)?.trim();
    const later = sources.columnOthers?.get(account.customerId) ?? [];
    if (found?.source === "owner column" && later.length > 0)
      warnings.push(
        `${accountText(account.customerId, names)} has ${later.length + 1} owners in the owner column: ${[found.owner.name, ...later].join(", ")}; ${found.owner.name} is kept (the first line wins).`
      );
    if (found?.source === "owners table" && other && ownerKey(other) !== ownerKey(found.owner.name))
      warnings.push(
        `${accountText(account.customerId, names)} has two owners: ${found.owner.name} in the owners table and ${other} in the owner column; ${found.owner.name} is kept (the owners table wins).`
      );
    if (found) {
      byAccount.set(account.customerId, {
        customerId: account.customerId,
        owner: meet(found.owner),
        source: found.source,
      });
    } else unowned.push(account);
  }
  const finalOwners = [...owners.values()];
  const resolved = new Map(
    [...byAccount].map(([id, owned]) => [
      id,
      { ...owned, owner: owners.get(ownerKey(owned.owner.name))! },
    ])
  );
  return { owners: finalOwners, byAccount: resolved, unowned, warnings };
}

/** The table's owner per account; an account listed twice keeps its first row's owner. */
function tableOwners(
  rows: readonly OwnerRow[],
  names: ReadonlyMap<string, string | null>,
  warnings: string[]
): Map<string, AccountOwner> {
  const found = new Map<string, AccountOwner>();
  const firstRow = new Map<string, number>();
  for (const { row, customerId, owner } of rows) {
    const earlier = found.get(customerId);
    if (!earlier) {
      found.set(customerId, owner);
      firstRow.set(customerId, row);
    } else if (ownerKey(earlier.name) !== ownerKey(owner.name))
      warnings.push(
        `${accountText(customerId, names)} has two owners in the owners table: ${earlier.name} (row ${firstRow.get(customerId)}) and ${owner.name} (row ${row}); ${earlier.name} is kept (the first row wins).`
      );
  }
  return found;
}

function ownerOf(
  customerId: string,
  fromTable: ReadonlyMap<string, AccountOwner>,
  sources: OwnerSources
): { owner: AccountOwner; source: OwnerSource } | null {
  const listed = fromTable.get(customerId);
  if (listed) return { owner: listed, source: "owners table" };
  const column = sources.column?.get(customerId)?.trim();
  if (column) return { owner: { name: column, email: null }, source: "owner column" };
  const assignee = sources.assignees?.get(customerId);
  if (assignee) return { owner: assignee, source: "action assignee" };
  return null;
}

/** "C-1001 (Acme Ltd)", or the id alone when the run does not know the account's name. */
function accountText(customerId: string, names: ReadonlyMap<string, string | null>): string {
  const name = names.get(customerId);
  return name ? `${customerId} (${name})` : customerId;
}
