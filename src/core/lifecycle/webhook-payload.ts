/**
 * What a run's webhook receives when it creates actions (issue "Notification": "from the CLI an
 * e-mail ... or a webhook"): one JSON document per run, the new actions grouped per person, the
 * way the e-mails go (the account's owner, else the action's assignee). A webhook needs no
 * e-mail address, so a person known by name only is a group too, and actions nobody is named for
 * are listed apart: every new action is in the document once.
 */
import { ownerKey, type OwnerAssignment } from "../model/account-owner";
import type { ActionRecord } from "../model/action-record";
import { isoFromSerial } from "../model/excel-date";
import { parseAssignee } from "./action-comment";
import { actionOwner } from "./action-owners";

export interface WebhookAction {
  readonly key: string;
  readonly account: string;
  readonly name: string | null;
  readonly summary: string;
  /** YYYY-MM-DD, or what the due date cell holds when it is not a date. */
  readonly dueDate: string | null;
  readonly expectedRevenue: number | null;
  readonly expectedProfit: number | null;
}

export interface WebhookAssignee {
  readonly name: string;
  readonly email: string | null;
  readonly actions: readonly WebhookAction[];
}

export interface WebhookPayload {
  readonly event: "actions.created";
  readonly agent: string;
  readonly report: string;
  /** The number of new actions, all groups together. */
  readonly actionCount: number;
  readonly assignees: readonly WebhookAssignee[];
  /** New actions with neither an owner nor an assignee. */
  readonly unassigned: readonly WebhookAction[];
}

export function webhookPayload(
  added: readonly ActionRecord[],
  assignment: OwnerAssignment,
  context: { readonly agent: string; readonly report: string }
): WebhookPayload {
  const byPerson = new Map<
    string,
    { name: string; email: string | null; actions: WebhookAction[] }
  >();
  const unassigned: WebhookAction[] = [];
  for (const record of added) {
    const person = actionOwner(record, assignment) ?? parseAssignee(record.assignee);
    if (!person) {
      unassigned.push(webhookAction(record));
      continue;
    }
    // The same person by e-mail when there is one (case-insensitive), else by name.
    const id = person.email ? `mail:${ownerKey(person.email)}` : `name:${ownerKey(person.name)}`;
    const entry = byPerson.get(id) ?? { name: person.name, email: person.email, actions: [] };
    entry.actions.push(webhookAction(record));
    byPerson.set(id, entry);
  }
  return {
    event: "actions.created",
    agent: context.agent,
    report: context.report,
    actionCount: added.length,
    assignees: [...byPerson.values()],
    unassigned,
  };
}

function webhookAction(record: ActionRecord): WebhookAction {
  const due = record.dueDate;
  return {
    key: record.key,
    account: record.account,
    name: record.name,
    summary: String(record.summary ?? "New action"),
    dueDate: typeof due === "number" ? isoFromSerial(due) : due === null ? null : String(due),
    expectedRevenue: record.expectedRevenue,
    expectedProfit: record.expectedProfit,
  };
}
