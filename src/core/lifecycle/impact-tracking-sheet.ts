/**
 * The Impact Tracking sheet: whether the work pays. Each Done action with its margin at detection
 * and now, and the realized profit change beside the profit impact expected of it; below, the
 * work list's expected impact by status.
 */
import { exactSum } from "../model/exact-sums";
import type { SheetDescription, SheetRow } from "../model/sheet";
import { ACTION_STATUSES, statusOf, type ActionRecord, type ActionTable } from "./action-record";
import { doneActions, realizedImpact } from "./realized-impact";
import { plural } from "../model/plural";

export function impactTrackingSheet(table: ActionTable, agent: string): SheetDescription {
  const done = doneActions(table.records, agent);
  const rows = done.map((record): SheetRow => {
    const realized = realizedImpact(record);
    return {
      Account: record.account,
      Name: record.name,
      Summary: record.summary,
      Owner: record.owner,
      DueDate: record.dueDate,
      DoneSeen: record.doneSeen,
      MarginAtDetection: record.marginAtDetection,
      CurrentMargin: record.currentMargin,
      MarginChange: realized.marginChange,
      CurrentRevenue: record.currentRevenue,
      RealizedProfit: realized.profitChange,
      ExpectedProfit: record.expectedProfit,
      ExpectedRevenue: record.expectedRevenue,
    };
  });
  const total = (values: (number | null)[]) =>
    exactSum(values.filter((v): v is number => v !== null));
  const realizedTotal = total(done.map((r) => realizedImpact(r).profitChange));
  const expectedTotal = total(done.map((r) => r.expectedProfit));
  return {
    name: "Impact Tracking",
    title: `Realized impact of ${plural(done.length, "done action")}: ${money(realizedTotal)} profit per quarter (expected ${money(expectedTotal)})`,
    notes: [
      "Realized profit change = (current margin - margin at detection) x current annual revenue / 4: the margin points gained on a quarter of today's revenue, comparable with the expected quarterly profit impact.",
      "Margins are as of the latest run; an account without rows in the latest window shows blank.",
    ],
    table: {
      name: "ImpactTracking",
      columns: [
        { key: "Account", header: "Account", format: "text" },
        { key: "Name", header: "Account Name", format: "text", width: 22 },
        { key: "Summary", header: "Summary", format: "text", width: 36 },
        { key: "Owner", header: "Owner", format: "text" },
        { key: "DueDate", header: "Due Date", format: "date" },
        { key: "DoneSeen", header: "Done Seen", format: "date" },
        { key: "MarginAtDetection", header: "Margin at Detection", format: "percent" },
        { key: "CurrentMargin", header: "Current Margin", format: "percent" },
        { key: "MarginChange", header: "Margin Change", format: "percent" },
        { key: "CurrentRevenue", header: "Current Annual Revenue", format: "money" },
        { key: "RealizedProfit", header: "Realized Profit Change (quarter)", format: "money" },
        { key: "ExpectedProfit", header: "Expected Profit Impact", format: "money" },
        { key: "ExpectedRevenue", header: "Expected Revenue Impact", format: "money" },
      ],
      rows,
      totals: {
        Account: "Total",
        RealizedProfit: realizedTotal,
        ExpectedProfit: expectedTotal,
        ExpectedRevenue: total(done.map((r) => r.expectedRevenue)),
      },
      highlights: [
        { kind: "negative", column: "MarginChange", style: "bad" },
        { kind: "greaterThan", column: "MarginChange", value: 0, style: "good" },
      ],
    },
    blocks: [
      {
        title: "Work list by status",
        columns: [
          { key: "Status", header: "Status", format: "text" },
          { key: "Actions", header: "Actions", format: "integer" },
          { key: "ExpectedRevenue", header: "Expected Revenue Impact", format: "money" },
          { key: "ExpectedProfit", header: "Expected Profit Impact", format: "money" },
        ],
        rows: byStatus(table.records, agent),
      },
    ],
  };
}

/** Current work by status, the SPEC's statuses in order, then "Other" for statuses typed otherwise. */
function byStatus(records: readonly ActionRecord[], agent: string): SheetRow[] {
  const mine = records.filter((r) => r.agent === agent && r.key !== "");
  const groups: { label: string; rows: ActionRecord[] }[] = [
    ...ACTION_STATUSES.map((status) => ({
      label: status as string,
      rows: mine.filter((r) => statusOf(r) === status),
    })),
    { label: "Other", rows: mine.filter((r) => statusOf(r) === null) },
  ];
  return groups
    .filter((g) => g.label !== "Other" || g.rows.length > 0)
    .map((g) => ({
      Status: g.label,
      Actions: g.rows.length,
      ExpectedRevenue: exactSum(
        g.rows.map((r) => r.expectedRevenue).filter((v): v is number => v !== null)
      ),
      ExpectedProfit: exactSum(
        g.rows.map((r) => r.expectedProfit).filter((v): v is number => v !== null)
      ),
    }));
}

function money(value: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
