/**
 * The join sheet's chart (add-in issue: "a scatter of accounts' revenue vs margin % against their
 * segment benchmark"): every account's margin against its annual revenue, and its segment's
 * average margin at the same revenue, so accounts below their benchmark stand out. A custom
 * agent's join without these measures gets its first money and percent columns, or no chart.
 */
import type { SheetChart, SheetColumn, SheetTable } from "../model/sheet";

export function joinCharts(table: SheetTable): SheetChart[] {
  if (table.rows.length === 0) return [];
  const x = pick(table.columns, "AnnualRevenue", "money");
  const y = pick(table.columns, "CurrentMarginPct", "percent");
  if (!x || !y) return [];
  const benchmark = table.columns.find(
    (column) => column.key === "SegmentAvgMarginPct" && column.key !== y.key
  );
  return [
    {
      kind: "scatter",
      title: benchmark
        ? `${y.header} and ${benchmark.header} against ${x.header}, every account`
        : `${y.header} against ${x.header}, every account`,
      x: x.key,
      y: benchmark ? [y.key, benchmark.key] : y.key,
    },
  ];
}

/** The column with this key, else the first of this format. */
export function pick(
  columns: readonly SheetColumn[],
  key: string,
  format: SheetColumn["format"]
): SheetColumn | undefined {
  return (
    columns.find((column) => column.key === key) ??
    columns.find((column) => column.format === format)
  );
}
