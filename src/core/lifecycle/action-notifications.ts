/**
 * The e-mails a run sends when it creates actions (SPEC, "Action": assignee; issue
 * "Notification"): one message per person with an e-mail address, listing their new actions.
 * The person is the account's owner, else the action's assignee. Actions whose person has no
 * e-mail address are returned apart, to be said, not silently skipped.
 */
import { ownerKey, type AccountOwner, type OwnerAssignment } from "../model/account-owner";
import type { ActionRecord } from "../model/action-record";
import { isoFromSerial } from "../model/excel-date";
import { parseAssignee } from "./action-comment";
import { actionOwner } from "./action-owners";

export interface ActionMail {
  readonly to: AccountOwner & { readonly email: string };
  readonly subject: string;
  readonly text: string;
  readonly keys: readonly string[];
}

export interface Notifications {
  readonly mails: readonly ActionMail[];
  /** New actions nobody with an e-mail address can be told of: key and the person (or null). */
  readonly unreachable: readonly { readonly key: string; readonly who: string | null }[];
}

export function actionNotifications(
  added: readonly ActionRecord[],
  assignment: OwnerAssignment,
  context: { readonly agent: string; readonly report: string }
): Notifications {
  const byPerson = new Map<
    string,
    { to: AccountOwner & { email: string }; records: ActionRecord[] }
  >();
  const unreachable: { key: string; who: string | null }[] = [];
  for (const record of added) {
    const person = actionOwner(record, assignment) ?? parseAssignee(record.assignee);
    if (!person?.email) {
      unreachable.push({ key: record.key, who: person?.name ?? null });
      continue;
    }
    const id = ownerKey(person.email);
    const entry = byPerson.get(id) ?? { to: { ...person, email: person.email }, records: [] };
    entry.records.push(record);
    byPerson.set(id, entry);
  }
  const mails = [...byPerson.values()].map(({ to, records }) => ({
    to,
    subject: `${context.agent}: ${records.length} new action${records.length === 1 ? "" : "s"} for you`,
    text: mailText(to.name, records, context.report),
    keys: records.map((record) => record.key),
  }));
  return { mails, unreachable };
}

function mailText(name: string, records: readonly ActionRecord[], report: string): string {
  const lines = records.map((record) => {
    const due = typeof record.dueDate === "number" ? `, due ${isoFromSerial(record.dueDate)}` : "";
    const who = record.name ? `${record.name} (${record.account})` : record.account;
    return `- ${who}: ${String(record.summary ?? "New action")}${due}`;
  });
  return [
    `Hello ${name},`,
    "",
    "The agent's latest run created these actions for you:",
    ...lines,
    "",
    `They are in the Actions sheet of ${report}: set their Status and Notes there.`,
  ].join("\n");
}
