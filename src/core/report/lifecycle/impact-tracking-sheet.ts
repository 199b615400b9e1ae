/**
 * The Impact Tracking sheet: whether the work pays. Each Done action with its margin at detection
 * and now, and the realized profit change beside the profit impact expected of it; below, the
 * work list's expected impact by status. The lifecycle measures what was realized
 * (lifecycle/realized-impact.ts) and groups the work list; the sheet lays it out and totals it.
 */
import type { ActionRecord } from "../../model/action-record";
import { exactSum } from "../../model/exact-sums";
import type { SheetDescription, SheetRow } from "../../model/sheet";
import { moneyText } from "./money-text";
import { LIFECYCLE_SHEETS } from "./sheet-names";
import { plural } from "../../model/plural";

export interface DoneAction {
  readonly record: ActionRecord;
  /** Current margin - margin at detection (a fraction). */
  readonly marginChange: number | null;
  /** Realized profit change per quarter. */
  readonly profitChange: number | null;
}

/** Actions of one status (a SPEC status, or "Other" for statuses typed otherwise). */
export interface StatusGroup {
  readonly status: string;
  readonly actions: number;
  readonly expectedRevenue: number;
  readonly expectedProfit: number;
}

export interface ImpactTrackingFacts {
  readonly done: readonly DoneAction[];
  readonly byStatus: readonly StatusGroup[];
}

export function impactTrackingSheet(facts: ImpactTrackingFacts): SheetDescription {
  const { done } = facts;
  const total = (values: (number | null)[]) =>
    exactSum(values.filter((v): v is number => v !== null));
  const realizedTotal = total(done.map((d) => d.profitChange));
  const expectedTotal = total(done.map((d) => d.record.expectedProfit));
  return {
    name: LIFECYCLE_SHEETS.impactTracking,
    title: `Realized impact of ${plural(done.length, "done action")}: ${moneyText(realizedTotal)} profit per quarter (expected ${moneyText(expectedTotal)})`,
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
      rows: done.map(doneRow),
      totals: {
        Account: "Total",
        RealizedProfit: realizedTotal,
        ExpectedProfit: expectedTotal,
        ExpectedRevenue: total(done.map((d) => d.record.expectedRevenue)),
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
        rows: facts.byStatus.map((group) => ({
          Status: group.status,
          Actions: group.actions,
          ExpectedRevenue: group.expectedRevenue,
          ExpectedProfit: group.expectedProfit,
        })),
      },
    ],
  };
}

function doneRow({ record, marginChange, profitChange }: DoneAction): SheetRow {
  return {
    Account: record.account,
    Name: record.name,
    Summary: record.summary,
    Owner: record.owner,
    DueDate: record.dueDate,
    DoneSeen: record.doneSeen,
    MarginAtDetection: record.marginAtDetection,
    CurrentMargin: record.currentMargin,
    MarginChange: marginChange,
    CurrentRevenue: record.currentRevenue,
    RealizedProfit: profitChange,
    ExpectedProfit: record.expectedProfit,
    ExpectedRevenue: record.expectedRevenue,
  };
}
