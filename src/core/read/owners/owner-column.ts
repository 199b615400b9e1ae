/**
 * The transaction sheet's optional owner column (AccountOwner: "Account Owner", "Sales Rep",
 * ...), detected like the other fields among the columns the field mapping leaves free, and
 * each account's owner read from it (docs/decisions.md, "Account owners").
 */
import type { CellValue } from "../../model/cells";
import type { FieldMappingDefinition } from "../../model/fields";
import type { TransactionTable } from "../../model/transactions";
import { AgentInputError } from "../../model/errors";
import { mapFields } from "../mapping/field-mapping";
import { matchHeaders } from "../mapping/match-headers";
import { BLANK_TEXT } from "../transactions/extra-columns";
import { OWNER_FIELD } from "./owner-fields";
import { ownerKey } from "../../model/account-owner";

/** The header of the owner column, or null when the sheet has none. */
export function detectOwnerColumn(
  headers: readonly CellValue[],
  mapping: FieldMappingDefinition
): string | null {
  let free;
  try {
    free = mapFields(headers, mapping).unmapped;
  } catch (error) {
    // The run reports a sheet it cannot map in its own words; without a mapping there is no owner.
    if (error instanceof AgentInputError) return null;
    throw error;
  }
  const { matches } = matchHeaders(
    [OWNER_FIELD],
    free,
    {},
    {
      overrideError: () => new AgentInputError("The owner column cannot be overridden."),
    }
  );
  return matches.get("AccountOwner")?.header ?? null;
}

export interface ColumnOwners {
  /** CustomerId -> owner (the first owner named on its lines). */
  readonly owners: ReadonlyMap<string, string>;
  /** CustomerId -> the other owners its lines name, for accounts whose lines disagree. */
  readonly others: ReadonlyMap<string, readonly string[]>;
}

/** Each account's owner from its lines; an account whose lines name two owners keeps the first. */
export function ownersFromColumn(table: TransactionTable, label: string): ColumnOwners {
  const column = table.extra.get(label);
  const owners = new Map<string, string>();
  const conflicts = new Map<string, Set<string>>();
  if (!column || column.kind !== "dictionary") return { owners, others: new Map() };
  for (let row = 0; row < table.rowCount; row++) {
    const owner = column.values[column.codes[row]].trim();
    if (owner === "" || owner === BLANK_TEXT) continue;
    const id = table.CustomerId.values[table.CustomerId.codes[row]];
    const first = owners.get(id);
    if (first === undefined) owners.set(id, owner);
    else if (ownerKey(first) !== ownerKey(owner))
      (conflicts.get(id) ?? conflicts.set(id, new Set()).get(id)!).add(owner);
  }
  return { owners, others: new Map([...conflicts].map(([id, set]) => [id, [...set]])) };
}
