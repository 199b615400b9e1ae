/**
 * What a run proposes, in the terms the work list needs: the actions the engine planned (top K
 * groups, SPEC "Action") with their expected impact per type, and each group's margin and
 * revenue as of this run (to record at detection and to measure what was realized later).
 */
import type { AgentDocument } from "../model/document";
import type { AgentResult } from "../model/result";
import type { ResultRow } from "../model/result-row";
import { expectedKey } from "../compute/impact/impact";
import { exactSum } from "../model/exact-sums";
import { serialFromIsoDate } from "../read/anchor";

export interface PlannedAction {
  /** `<level>=<value>`, the engine's ActionKey. */
  readonly key: string;
  readonly account: string;
  readonly name: string | null;
  readonly summary: string;
  readonly description: string;
  readonly assignee: string;
  /** Date serial. */
  readonly dueDate: number | null;
  readonly expectedRevenue: number | null;
  readonly expectedProfit: number | null;
}

export interface AccountSnapshot {
  /** The group's margin (revenue-weighted over its accounts when it has several). */
  readonly margin: number | null;
  readonly annualRevenue: number | null;
}

export type SnapshotLookup = (key: string) => AccountSnapshot | undefined;

/** Splits an action key into its level and value: `CustomerId=CID-1` -> [CustomerId, CID-1]. */
export function splitActionKey(key: string): { level: string; value: string } {
  const at = key.indexOf("=");
  return at < 0 ? { level: "", value: key } : { level: key.slice(0, at), value: key.slice(at + 1) };
}

export function plannedActions(result: AgentResult, doc: AgentDocument): PlannedAction[] {
  return result.actions.map((row) => {
    const key = String(row.ActionKey ?? "");
    const { level, value } = splitActionKey(key);
    const members = result.flagged.filter((f) => String(f[level] ?? "") === value);
    const expectedOf = (type: "Revenue" | "Profit") => {
      const values = doc.impact
        .filter((m) => m.type === type)
        .flatMap((m) => members.map((f) => f[expectedKey(m.measure)]))
        .filter((v): v is number => typeof v === "number");
      return values.length > 0 ? exactSum(values) : null;
    };
    // A name only for a group that is one account (a segment with one flagged account is not).
    const accounts = result.join.filter((row) => String(row[level] ?? "") === value).length;
    const name =
      members.length === 1 &&
      accounts <= 1 &&
      typeof members[0].CustomerName === "string" &&
      level !== "CustomerName"
        ? members[0].CustomerName
        : null;
    return {
      key,
      account: value,
      name,
      summary: String(row.Summary ?? ""),
      description: String(row.Description ?? ""),
      assignee: String(row.Assignee ?? ""),
      dueDate: typeof row.DueDate === "string" ? serialFromIsoDate(row.DueDate) : null,
      expectedRevenue: expectedOf("Revenue"),
      expectedProfit: expectedOf("Profit"),
    };
  });
}

/**
 * Each group's margin and annual revenue in this run, over all its accounts in the join (flagged
 * or not, so an account that recovered is still measured). Margin is CurrentMarginPct
 * (AvgMarginPct for a document without a join of that name), revenue AnnualRevenue (else Revenue).
 */
export function accountSnapshots(result: AgentResult): SnapshotLookup {
  const rows = result.join.length > 0 ? result.join : result.flagged;
  // One index per group-by level: a long action list must not scan every account per action.
  const byLevel = new Map<string, Map<string, ResultRow[]>>();
  const groupsOf = (level: string) => {
    let groups = byLevel.get(level);
    if (!groups) {
      groups = new Map();
      for (const row of rows) {
        if (!(level in row)) continue;
        const value = String(row[level] ?? "");
        const members = groups.get(value);
        if (members) members.push(row);
        else groups.set(value, [row]);
      }
      byLevel.set(level, groups);
    }
    return groups;
  };
  const cache = new Map<string, AccountSnapshot | undefined>();
  return (key) => {
    if (!cache.has(key)) {
      const { level, value } = splitActionKey(key);
      const members = groupsOf(level).get(value);
      cache.set(key, members ? snapshotOf(members) : undefined);
    }
    return cache.get(key);
  };
}

function snapshotOf(rows: readonly ResultRow[]): AccountSnapshot {
  const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
  const marginOf = (row: ResultRow) => num(row.CurrentMarginPct) ?? num(row.AvgMarginPct);
  const revenueOf = (row: ResultRow) => num(row.AnnualRevenue) ?? num(row.Revenue);
  const revenues = rows.map(revenueOf).filter((v): v is number => v !== null);
  const annualRevenue = revenues.length > 0 ? exactSum(revenues) : null;
  if (rows.length === 1) return { margin: marginOf(rows[0]), annualRevenue };
  let weighted = 0;
  let weight = 0;
  for (const row of rows) {
    const margin = marginOf(row);
    const revenue = revenueOf(row);
    if (margin === null || revenue === null) continue;
    weighted += margin * revenue;
    weight += revenue;
  }
  return { margin: weight !== 0 ? weighted / weight : null, annualRevenue };
}
