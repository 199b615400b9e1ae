/**
 * The report's headline chart, on the summary sheet: the flagged accounts worth most, as bars.
 * The other charts stand beside the tables they draw (the join's margin scatter, the whale curve,
 * the contribution waterfall), so no chart is drawn twice. Left out when a custom agent's flagged
 * table has no name or money column.
 */
import { pick } from "./join-charts";
import type { SheetChart, SheetDescription } from "../model/sheet";

/** Table name of the flagged-accounts sheet (src/core/sheets/flagged-sheet.ts). */
const FLAGGED_TABLE = "FlaggedAccounts";
const TOP_BARS = 10;

export function withSummaryCharts(sheets: readonly SheetDescription[]): SheetDescription[] {
  const charts: SheetChart[] = [];
  const flagged = sheets.find((sheet) => sheet.table.name === FLAGGED_TABLE)?.table;
  if (flagged && flagged.rows.length > 0) {
    const category = pick(flagged.columns, "CustomerName", "text");
    // Flagged rows come ordered by the first impact measure's expected impact, its first money column.
    const value = flagged.columns.find((column) => column.format === "money");
    if (category && value) {
      const shown = Math.min(TOP_BARS, flagged.rows.length);
      charts.push({
        kind: "bar",
        table: FLAGGED_TABLE,
        title: `Top ${shown} flagged accounts: ${value.header}`,
        category: category.key,
        value: value.key,
        topN: shown,
      });
    }
  }
  if (charts.length === 0) return [...sheets];
  return sheets.map((sheet, index) => (index === 0 ? { ...sheet, charts } : sheet));
}
