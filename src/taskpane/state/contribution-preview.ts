/**
 * The Profit Contribution step's preview of a computed contribution (SPEC, Customer profit contribution): which accounts
 * earn most and least after the cost to serve, how many lose money, the whale curve's peak, and
 * what in the input tables found no account (so nothing is lost silently, SPEC).
 */
import {
  CONTRIBUTION_ISSUE_LABEL,
  CONTRIBUTION_TABLE_LABEL,
  type ContributionIssue,
} from "../../core/model/contribution-quality";
import type { UnmatchedEntry, WhalePoint } from "../../core/model/contribution-result";
import type { ContributionReport } from "../../core/model/contribution-report";

export const PREVIEW_ACCOUNTS = 5;

export interface UnmatchedGroup {
  readonly table: string;
  readonly reason: UnmatchedEntry["reason"];
  readonly label: string;
  /** Customers (and drivers) in the group. */
  readonly entries: number;
  /** Money left out: driver quantities at the activities' rates, or the customer costs. */
  readonly amount: number;
  /** The first few, e.g. "CID-0999 (Deliveries)". */
  readonly examples: readonly string[];
}

export interface TableIssueView {
  readonly label: string;
  readonly count: number;
  readonly rows: string;
}

export interface TableQualityView {
  readonly table: string;
  readonly sheet: string;
  readonly rowsRead: number;
  readonly rowsUsable: number;
  readonly issues: readonly TableIssueView[];
  readonly warnings: readonly string[];
}

export interface ContributionPreviewView {
  readonly accounts: number;
  readonly totalCPII: number;
  readonly belowZero: number;
  /** Most profitable first. */
  readonly top: readonly WhalePoint[];
  /** Least profitable first. */
  readonly bottom: readonly WhalePoint[];
  /** The whale curve's peak (share of the total CP II, the accounts up to it); null when the total is not above 0. */
  readonly peak: { readonly share: number; readonly accounts: number } | null;
  readonly discountRate: number;
  readonly unmatched: readonly UnmatchedGroup[];
  readonly tables: readonly TableQualityView[];
  readonly warnings: readonly string[];
}

const ROWS_SHOWN = 20;

function rowList(rows: readonly number[], truncated: boolean): string {
  const shown = rows.slice(0, ROWS_SHOWN).join(", ");
  return rows.length > ROWS_SHOWN || truncated ? `${shown}, …` : shown;
}

function unmatchedGroups(entries: readonly UnmatchedEntry[]): UnmatchedGroup[] {
  const groups = new Map<
    string,
    { table: string; reason: UnmatchedEntry["reason"]; entries: UnmatchedEntry[] }
  >();
  for (const entry of entries) {
    const key = `${entry.table}:${entry.reason}`;
    const group = groups.get(key) ?? {
      table: CONTRIBUTION_TABLE_LABEL[entry.table],
      reason: entry.reason,
      entries: [],
    };
    group.entries.push(entry);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({
    table: g.table,
    reason: g.reason,
    label: CONTRIBUTION_ISSUE_LABEL[g.reason],
    entries: g.entries.length,
    amount: g.entries.reduce((sum, e) => sum + e.amount, 0),
    examples: g.entries
      .slice(0, 3)
      .map((e) => (e.costDriver ? `${e.customerId} (${e.costDriver})` : e.customerId)),
  }));
}

export function contributionPreview(report: ContributionReport): ContributionPreviewView {
  const points = report.whale.points;
  return {
    accounts: report.accountCount,
    totalCPII: report.whale.totalCPII,
    belowZero: points.filter((p) => p.cpii < 0).length,
    top: points.slice(0, PREVIEW_ACCOUNTS),
    bottom: points.slice(Math.max(PREVIEW_ACCOUNTS, points.length - PREVIEW_ACCOUNTS)).reverse(),
    peak:
      report.whale.peakShare === null
        ? null
        : { share: report.whale.peakShare, accounts: report.whale.peakAccounts },
    discountRate: report.customerValue.rate,
    unmatched: unmatchedGroups(report.unmatched),
    tables: report.quality.map((q) => ({
      table: CONTRIBUTION_TABLE_LABEL[q.table],
      sheet: q.sheet,
      rowsRead: q.rowsRead,
      rowsUsable: q.rowsUsable,
      issues: (
        Object.entries(q.issues) as [
          ContributionIssue,
          NonNullable<(typeof q.issues)[ContributionIssue]>,
        ][]
      ).map(([issue, count]) => ({
        label: CONTRIBUTION_ISSUE_LABEL[issue],
        count: count.count,
        rows: rowList(count.rows, count.rowsTruncated),
      })),
      warnings: q.warnings,
    })),
    warnings: report.warnings,
  };
}
