/**
 * Who owns which account, as the command line finds it: the owners table (a sheet of the input
 * workbook, or `<name>.csv` beside a CSV input), the transaction sheet's owner column (in the
 * result), the assignees of the action list. The default sheet may be missing; a named one not.
 */
import { assignOwners, assigneesByAccount, readOwnersTable } from "../../core/agent/lifecycle";
import type { OwnersTable } from "../../core/agent/lifecycle";
import type { OwnerAssignment } from "../../core/model/account-owner";
import type { ActionTable } from "../../core/model/action-record";
import { AgentInputError } from "../../core/model/errors";
import type { AgentResult } from "../../core/model/result";
import type { RowBlock } from "../../core/model/cells";
import type { SourceSheet } from "../../core/model/source";

export const DEFAULT_OWNERS_SHEET = "Owners";

export async function loadOwnersTable(
  loadSheet: (name: string) => Promise<SourceSheet>,
  sheetName: string | undefined
): Promise<OwnersTable | null> {
  let sheet: SourceSheet;
  try {
    sheet = await loadSheet(sheetName ?? DEFAULT_OWNERS_SHEET);
  } catch (error) {
    if (sheetName === undefined && error instanceof AgentInputError) return null;
    throw error;
  }
  const blocks: RowBlock[] = [];
  for await (const block of sheet.blocks) blocks.push(block);
  return readOwnersTable({ name: sheet.name, headers: sheet.headers, blocks });
}

export function ownersOf(
  result: AgentResult,
  table: OwnersTable | null,
  actions: ActionTable
): OwnerAssignment {
  const flagged = new Set(result.flagged.map((row) => String(row.CustomerId)));
  const assignment = assignOwners({
    accounts: result.join.map((row) => ({
      customerId: String(row.CustomerId),
      customerName: row.CustomerName === null ? null : String(row.CustomerName ?? ""),
      flagged: flagged.has(String(row.CustomerId)),
    })),
    table: table?.rows,
    column: result.accountOwners ? new Map(Object.entries(result.accountOwners)) : undefined,
    assignees: assigneesByAccount(actions),
  });
  return { ...assignment, warnings: [...(table?.warnings ?? []), ...assignment.warnings] };
}
