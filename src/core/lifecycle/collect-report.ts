/**
 * What a collect did and did not do, in the finance user's words, one item a line, for every
 * host (the command line prints them, the pane lists them): the changes taken, the conflicts
 * left as they were, and the rows added, deleted or unknown (reported, never applied).
 */
import type { SheetValue } from "../model/sheet";
import type { CollectOutcome } from "./collect-returns";
import type { CollectedField } from "./collected-fields";

export const FIELD_LABEL: Readonly<Record<CollectedField, string>> = {
  status: "Status",
  notes: "Notes",
  dueDate: "Due Date",
};

export interface CollectReport {
  readonly changes: readonly string[];
  readonly conflicts: readonly string[];
  readonly added: readonly string[];
  readonly deleted: readonly string[];
  readonly unknown: readonly string[];
}

export function collectReport(outcome: CollectOutcome): CollectReport {
  return {
    changes: outcome.updates.map(
      (u) =>
        `${u.key} ${FIELD_LABEL[u.field]}: ${shownValue(u.from, u.field)} -> ${shownValue(u.to, u.field)} (${u.file})`
    ),
    conflicts: outcome.conflicts.map(
      (c) =>
        `${c.key} ${FIELD_LABEL[c.field]}, ${c.reason}: report ${shownValue(c.master, c.field)}; ` +
        c.returned.map((r) => `${r.file} ${shownValue(r.value, c.field)}`).join("; ")
    ),
    added: outcome.added.map((a) => `${a.file}: ${a.summary}`),
    deleted: outcome.deleted.map((d) => `${d.file}: ${d.key}`),
    unknown: outcome.unknown.map((k) => `${k.file}: ${k.key}`),
  };
}

export function shownValue(value: SheetValue, field: CollectedField): string {
  if (value === null || value === "") return "(blank)";
  if (field === "dueDate" && typeof value === "number") return isoDate(value);
  return `"${String(value)}"`;
}

/** A due date serial as YYYY-MM-DD (1900 date system, serials after 1900-03-01). */
function isoDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}
