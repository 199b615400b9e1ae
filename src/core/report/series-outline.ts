import type { SubtotalLevel } from "../model/result";
import type { ResultRow } from "../model/result-row";
import type { RowOutline, SheetRow } from "../model/sheet";

/**
 * A series' rows as an Excel outline (seed 000, "Summary Table" with a grouping hierarchy): the
 * detail rows of each value of an outer level, then that value's subtotal row, labelled as
 * Excel's Data > Subtotal labels it ("Retail Total"), its inner levels blank. Groups are ordered
 * largest first by their subtotal of the series' sort measure, as the detail rows are; ties keep
 * the detail rows' order.
 */
export function outlinedRows(
  detail: readonly ResultRow[],
  subtotals: readonly SubtotalLevel[],
  sortKey: string | null
): { rows: SheetRow[]; outline: RowOutline } {
  const rows: SheetRow[] = [];
  const rowLevels: number[] = [];
  const summaryRows: number[] = [];
  const depth = subtotals.length;
  const keyOf = (row: ResultRow, levels: readonly string[]) =>
    levels.map((l) => String(row[l] ?? "")).join("\u0000");
  const byKey = subtotals.map((s) => new Map(s.rows.map((r) => [keyOf(r, s.levels), r])));
  const size = (row: ResultRow | undefined) => {
    const v = sortKey && row ? row[sortKey] : null;
    return typeof v === "number" ? v : 0;
  };

  const emit = (group: readonly ResultRow[], k: number): void => {
    if (k === depth) {
      for (const row of group) {
        rows.push(row);
        rowLevels.push(depth);
      }
      return;
    }
    const { levels } = subtotals[k];
    const members = new Map<string, ResultRow[]>();
    for (const row of group) {
      const key = keyOf(row, levels);
      const list = members.get(key);
      if (list) list.push(row);
      else members.set(key, [row]);
    }
    const ordered = [...members].sort(([a], [b]) => size(byKey[k].get(b)) - size(byKey[k].get(a)));
    for (const [key, list] of ordered) {
      emit(list, k + 1);
      const subtotal = byKey[k].get(key) ?? {};
      const label = levels[k];
      // The subtotal row holds the outer levels only, so the inner level cells stay empty.
      summaryRows.push(rows.length);
      rows.push({ ...subtotal, [label]: `${String(subtotal[label] ?? "")} Total` });
      rowLevels.push(k);
    }
  };
  emit(detail, 0);
  return { rows, outline: { rowLevels, summaryRows } };
}
