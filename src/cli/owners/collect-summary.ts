/** What a collect did and did not do, one item a line (core/lifecycle/collect-report.ts words it). */
import { collectReport, type CollectOutcome } from "../../core/agent/lifecycle";
import { plural } from "../../core/model/plural";

export function collectSummary(outcome: CollectOutcome, files: number, report: string): string {
  const words = collectReport(outcome);
  const lines = [
    `Collected ${plural(files, "workbook")} into '${report}': ${plural(outcome.updates.length, "change")} taken, ` +
      `${plural(outcome.conflicts.length, "conflict")} left as they were.`,
  ];
  const block = (heading: string, items: readonly string[]) => {
    if (heading !== "" && items.length > 0) lines.push(heading);
    for (const item of items) lines.push(`  ${item}`);
  };
  block("", words.changes);
  block("Conflicts (not applied; settle them in the report):", words.conflicts);
  block("Rows added in returned workbooks (not applied):", words.added);
  block("Rows deleted from returned workbooks (not applied):", words.deleted);
  block("Keys the report does not have (not applied):", words.unknown);
  return `${lines.join("\n")}\n`;
}
