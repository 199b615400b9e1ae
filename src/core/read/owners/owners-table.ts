/**
 * The owners table: a sheet of the workbook listing each account's owner (CustomerId -> owner
 * name, e-mail). Rows that cannot be used are reported by row number, never silently dropped
 * (SPEC, "Nothing is silently dropped"); an e-mail that is not one is reported and left out.
 */
import type { AccountOwner } from "../../model/account-owner";
import type { CellValue, RowBlock } from "../../model/cells";
import { AgentInputError } from "../../model/errors";
import { listHeaders, sheetColumns } from "../mapping/header-label";
import { matchHeaders } from "../mapping/match-headers";
import { isBlankRow, keyText } from "../transactions/cell-text";
import { OWNER_EMAIL_FIELD, OWNER_FIELD, OWNER_TABLE_CUSTOMER_FIELD } from "./owner-fields";

export interface OwnersSheet {
  readonly name: string;
  /** Where the table is, for messages: "Sheet 'Owners'" (default) or "File 'owners.csv'". */
  readonly place?: string;
  readonly headers: readonly CellValue[];
  readonly blocks: readonly RowBlock[];
}

export interface OwnerRow {
  /** Sheet row number (1-based). */
  readonly row: number;
  readonly customerId: string;
  readonly owner: AccountOwner;
}

export interface OwnersTable {
  readonly sheet: string;
  readonly rows: readonly OwnerRow[];
  readonly warnings: readonly string[];
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

export function readOwnersTable(sheet: OwnersSheet): OwnersTable {
  const { columns } = sheetColumns(sheet.headers);
  const { matches, missing } = matchHeaders(
    [OWNER_TABLE_CUSTOMER_FIELD, { ...OWNER_FIELD, required: true }, OWNER_EMAIL_FIELD],
    columns,
    {},
    { overrideError: (problem) => new AgentInputError(`Owners table: ${problem.kind}.`) }
  );
  const place = sheet.place ?? `Sheet '${sheet.name}'`;
  if (missing.length > 0)
    throw new AgentInputError(
      `${place} (the owners table) needs a customer id column and an owner column; ` +
        `${missing.join(" and ")} not found. Headers found: ${listHeaders(columns)}.`
    );
  const at = (field: string) => matches.get(field as "CustomerId")?.column ?? -1;
  const [idAt, ownerAt, emailAt] = [at("CustomerId"), at("AccountOwner"), at("Email")];
  const header = (index: number) => `column ${columns.find((c) => c.index === index)?.name}`;
  const rows: OwnerRow[] = [];
  const warnings: string[] = [];
  for (const block of sheet.blocks) {
    block.rows.forEach((cells, i) => {
      const row = block.firstRowNumber + i;
      if (isBlankRow(cells)) return;
      const customerId = keyText(cells[idAt]);
      const name = keyText(cells[ownerAt]);
      const where = `${place} row ${row}`;
      if (customerId === "")
        return warnings.push(`${where}, ${header(idAt)}: no customer id; the row is skipped.`);
      if (name === "")
        return warnings.push(
          `${where}, ${header(ownerAt)}: ${customerId} has no owner name; the row is skipped.`
        );
      const email = emailAt < 0 ? "" : keyText(cells[emailAt]);
      if (email !== "" && !EMAIL.test(email))
        warnings.push(
          `${where}, ${header(emailAt)}: "${email}" is not an e-mail address; ${name} gets no e-mail.`
        );
      rows.push({ row, customerId, owner: { name, email: EMAIL.test(email) ? email : null } });
    });
  }
  return { sheet: sheet.name, rows, warnings };
}
