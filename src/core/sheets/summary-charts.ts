/**
 * The report's headline charts, on the summary sheet: the flagged accounts worth most as bars
 * and every account's margin against its revenue as a scatter. Charts whose columns a custom
 * agent does not have are simply left out.
 */
import type { AgentDocument } from "../agent/document";
import { tableName } from "./columns";
import type { SheetChart, SheetColumn, SheetDescription } from "./sheet";

/** Table name of the flagged-accounts sheet (src/core/sheets/flagged-sheet.ts). */
const FLAGGED_TABLE = "FlaggedAccounts";
const TOP_BARS = 10;

export function withSummaryCharts(
  sheets: readonly SheetDescription[],
  doc: AgentDocument
): SheetDescription[] {
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
  const joinName = tableName(doc.join.label);
  const join = sheets.find((sheet) => sheet.table.name === joinName)?.table;
  if (join && join.rows.length > 0) {
    const x = pick(join.columns, "AnnualRevenue", "money");
    const y = pick(join.columns, "CurrentMarginPct", "percent");
    if (x && y)
      charts.push({
        kind: "scatter",
        table: joinName,
        title: `${y.header} against ${x.header}, every account`,
        x: x.key,
        y: y.key,
      });
  }
  if (charts.length === 0) return [...sheets];
  return sheets.map((sheet, index) => (index === 0 ? { ...sheet, charts } : sheet));
}

/** The column with this key, else the first of this format. */
function pick(
  columns: readonly SheetColumn[],
  key: string,
  format: SheetColumn["format"]
): SheetColumn | undefined {
  return (
    columns.find((column) => column.key === key) ??
    columns.find((column) => column.format === format)
  );
}
