/**
 * Actions and owners: the assignee of an account's action is the weakest source of its owner,
 * and each action goes to the owner of its account (an action grouped by another level, such as
 * a segment, to its assignee when that is a known owner). docs/decisions.md, "Account owners".
 */
import { ownerKey, type AccountOwner, type OwnerAssignment } from "../model/account-owner";
import type { ActionRecord, ActionTable } from "../model/action-record";
import { parseAssignee } from "./action-comment";

const ACCOUNT_KEY = "CustomerId=";

/** CustomerId -> the assignee of its action, for actions grouped by account. */
export function assigneesByAccount(table: ActionTable): Map<string, AccountOwner> {
  const found = new Map<string, AccountOwner>();
  for (const record of table.records) {
    const assignee = parseAssignee(record.assignee);
    if (!assignee || !record.key.startsWith(ACCOUNT_KEY)) continue;
    const account = record.key.slice(ACCOUNT_KEY.length);
    if (!found.has(account)) found.set(account, assignee);
  }
  return found;
}

/** The owner an action goes to, or null (rows users added, groups without a known owner). */
export function actionOwner(
  record: ActionRecord,
  assignment: OwnerAssignment
): AccountOwner | null {
  if (record.key === "") return null;
  if (record.key.startsWith(ACCOUNT_KEY))
    return assignment.byAccount.get(record.key.slice(ACCOUNT_KEY.length))?.owner ?? null;
  const assignee = parseAssignee(record.assignee);
  if (!assignee) return null;
  return (
    assignment.owners.find(
      (owner) =>
        ownerKey(owner.name) === ownerKey(assignee.name) ||
        (assignee.email !== null && owner.email?.toLowerCase() === assignee.email.toLowerCase())
    ) ?? null
  );
}
