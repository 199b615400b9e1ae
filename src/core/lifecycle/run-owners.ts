/**
 * Who owns which account after a run, as every host finds it (written once: the command line
 * and the pane both prepare owners' workbooks): the owners table, the transaction sheet's owner
 * column (in the result), then the assignees of the action list. docs/decisions.md, "Account
 * owners" and "Two owners for one account".
 */
import type { OwnerAssignment } from "../model/account-owner";
import type { ActionTable } from "../model/action-record";
import type { AgentResult } from "../model/result";
import { assignOwners } from "../read/owners/assign-owners";
import type { OwnersTable } from "../read/owners/owners-table";
import { assigneesByAccount } from "./action-owners";

export function ownersOfRun(
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
    columnOthers: result.accountOtherOwners
      ? new Map(Object.entries(result.accountOtherOwners))
      : undefined,
    assignees: assigneesByAccount(actions),
  });
  return { ...assignment, warnings: [...(table?.warnings ?? []), ...assignment.warnings] };
}
