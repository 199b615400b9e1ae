/**
 * Who looks after an account: the sales lead a workbook of their own accounts is prepared for
 * (docs/decisions.md, "Account owners"). An owner is known by name; the e-mail is where a
 * notification goes, when the owners table gives one.
 */

export interface AccountOwner {
  readonly name: string;
  readonly email: string | null;
}

/** Where an account's owner came from, strongest first (docs/decisions.md, "Account owners"). */
export type OwnerSource = "owners table" | "owner column" | "action assignee";

export interface OwnedAccount {
  readonly customerId: string;
  readonly owner: AccountOwner;
  readonly source: OwnerSource;
}

/** An account the agent analysed for which no source names an owner. */
export interface UnownedAccount {
  readonly customerId: string;
  readonly customerName: string | null;
  readonly flagged: boolean;
}

export interface OwnerAssignment {
  /** Every owner named by a source, in the order first met; owners without accounts included. */
  readonly owners: readonly AccountOwner[];
  /** CustomerId -> its owner. */
  readonly byAccount: ReadonlyMap<string, OwnedAccount>;
  /** Accounts no source gives an owner, for the finance user (never silently dropped). */
  readonly unowned: readonly UnownedAccount[];
  /** Plain-language notes: rows of the owners table that could not be used, disagreeing sources. */
  readonly warnings: readonly string[];
}

/** Owners are matched ignoring case and surrounding spaces ("maria lopez " is Maria Lopez). */
export function ownerKey(name: string): string {
  return name.trim().toLowerCase();
}
