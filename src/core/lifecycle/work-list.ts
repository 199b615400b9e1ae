/**
 * What the work list holds as of a run: which actions are open and overdue, how many an agent
 * has, and the expected impact by status. The Actions and Impact Tracking sheets show it, the
 * task pane and the command line count it; all of them ask here.
 */
import {
  ACTION_STATUSES,
  statusOf,
  type ActionRecord,
  type ActionTable,
} from "../model/action-record";
import { exactSum } from "../model/exact-sums";
import type { ActionsSheetFacts } from "../report/lifecycle/actions-sheet";
import type { StatusGroup } from "../report/lifecycle/impact-tracking-sheet";

/** Open actions past their due date: they are highlighted (a blank status counts as Open). */
export function isOverdue(record: ActionRecord, runDate: number): boolean {
  return (
    statusOf(record) === "Open" && typeof record.dueDate === "number" && record.dueDate < runDate
  );
}

/** The agent's own actions (rows users added by hand have no key and belong to nobody). */
export function agentActions(records: readonly ActionRecord[], agent: string): ActionRecord[] {
  return records.filter((record) => record.agent === agent && record.key !== "");
}

export interface WorkListCounts {
  readonly total: number;
  readonly open: number;
}

/** How many actions the agent has, and how many of them are open. */
export function workListCounts(records: readonly ActionRecord[], agent: string): WorkListCounts {
  const mine = agentActions(records, agent);
  return { total: mine.length, open: mine.filter((r) => statusOf(r) === "Open").length };
}

/** How many of the agent's actions are open past their due date on the run's day. */
export function overdueCount(
  records: readonly ActionRecord[],
  agent: string,
  runDate: number
): number {
  return agentActions(records, agent).filter((r) => isOverdue(r, runDate)).length;
}

/** The Actions sheet's counts over the whole list (every agent's rows, and rows users added). */
export function actionsSheetFacts(
  table: ActionTable,
  runDate: number,
  runLabel: string
): ActionsSheetFacts {
  const open = table.records.filter((record) => record.key !== "" && statusOf(record) === "Open");
  return {
    runLabel,
    overdueRows: table.records.flatMap((record, index) =>
      isOverdue(record, runDate) ? [index] : []
    ),
    open: open.length,
    openExpectedRevenue: sumOf(open.map((r) => r.expectedRevenue)),
    openExpectedProfit: sumOf(open.map((r) => r.expectedProfit)),
  };
}

/** The agent's work by status, the SPEC's statuses in order, then "Other" for statuses typed otherwise. */
export function statusGroups(records: readonly ActionRecord[], agent: string): StatusGroup[] {
  const mine = agentActions(records, agent);
  const groups: { status: string; rows: ActionRecord[] }[] = [
    ...ACTION_STATUSES.map((status) => ({
      status: status as string,
      rows: mine.filter((r) => statusOf(r) === status),
    })),
    { status: "Other", rows: mine.filter((r) => statusOf(r) === null) },
  ];
  return groups
    .filter((g) => g.status !== "Other" || g.rows.length > 0)
    .map((g) => ({
      status: g.status,
      actions: g.rows.length,
      expectedRevenue: sumOf(g.rows.map((r) => r.expectedRevenue)),
      expectedProfit: sumOf(g.rows.map((r) => r.expectedProfit)),
    }));
}

function sumOf(values: readonly (number | null)[]): number {
  return exactSum(values.filter((v): v is number => v !== null));
}
