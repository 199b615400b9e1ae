/** What a collect did and did not do, in the finance user's words, one item a line. */
import type { CollectOutcome, CollectedField } from "../../core/agent/lifecycle";
import type { SheetValue } from "../../core/model/sheet";
import { plural } from "../../core/model/plural";

const FIELD_LABEL: Record<CollectedField, string> = {
  status: "Status",
  notes: "Notes",
  dueDate: "Due Date",
};

export function collectSummary(outcome: CollectOutcome, files: number, report: string): string {
  const lines = [
    `Collected ${plural(files, "workbook")} into '${report}': ${plural(outcome.updates.length, "change")} taken, ` +
      `${plural(outcome.conflicts.length, "conflict")} left as they were.`,
  ];
  for (const u of outcome.updates)
    lines.push(
      `  ${u.key} ${FIELD_LABEL[u.field]}: ${shown(u.from, u.field)} -> ${shown(u.to, u.field)} (${u.file})`
    );
  if (outcome.conflicts.length > 0)
    lines.push("Conflicts (not applied; settle them in the report):");
  for (const c of outcome.conflicts)
    lines.push(
      `  ${c.key} ${FIELD_LABEL[c.field]}, ${c.reason}: report ${shown(c.master, c.field)}; ` +
        c.returned.map((r) => `${r.file} ${shown(r.value, c.field)}`).join("; ")
    );
  if (outcome.added.length > 0) lines.push("Rows added in returned workbooks (not applied):");
  for (const a of outcome.added) lines.push(`  ${a.file}: ${a.summary}`);
  if (outcome.deleted.length > 0) lines.push("Rows deleted from returned workbooks (not applied):");
  for (const d of outcome.deleted) lines.push(`  ${d.file}: ${d.key}`);
  if (outcome.unknown.length > 0) lines.push("Keys the report does not have (not applied):");
  for (const k of outcome.unknown) lines.push(`  ${k.file}: ${k.key}`);
  return `${lines.join("\n")}\n`;
}

function shown(value: SheetValue, field: CollectedField): string {
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
