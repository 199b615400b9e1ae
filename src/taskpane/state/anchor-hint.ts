/**
 * Old data and today's date: with the anchor date left at "today", a sheet whose last pricing
 * date lies before every window finds nothing. The pane offers the last pricing date instead.
 */
import type { AgentDocument } from "../../core/model/document";
import type { TransactionTable } from "../../core/model/transactions";
import { serialToIso } from "./cell-display";

/** The latest pricing date of the parsed rows as YYYY-MM-DD, or null without rows. */
export function latestPricingDate(table: TransactionTable): string | null {
  let latest = -Infinity;
  const dates = table.PricingDate;
  for (let i = 0; i < dates.length; i++) if (dates[i] > latest) latest = dates[i];
  return Number.isFinite(latest) ? serialToIso(Math.floor(latest)) : null;
}

/** Months from `from` to `to` (both YYYY-MM-DD), counting whole calendar months. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number);
  const [ty, tm, td] = to.split("-").map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/**
 * The date to suggest as anchor, or null when no suggestion is needed: only when the anchor is
 * "today" and the newest row is older than the shortest series window.
 */
export function suggestedAnchorDate(
  doc: AgentDocument,
  table: TransactionTable,
  todayIso: string
): string | null {
  if (doc.anchorDate !== null) return null;
  const latest = latestPricingDate(table);
  if (latest === null) return null;
  const windows = doc.series.flatMap((s) => (s.filters.window ? [s.filters.window.months] : []));
  if (windows.length === 0) return null;
  return monthsBetween(latest, todayIso) >= Math.min(...windows) ? latest : null;
}
