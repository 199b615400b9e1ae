/**
 * Merges a run's planned actions into the team's work list (SPEC, "Action"): "A run does not
 * re-create an action that is still open, blocked, rejected or postponed; a Done action comes
 * back only once more than one schedule period has passed since its due date; a Postponed one
 * reopens when its due date has passed. What users type into the action list survives every
 * re-run."
 *
 * - Rows are matched by agent and key; when a key has several rows (a Done action that came
 *   back), the latest detected one is current and the older ones are history.
 * - Nothing a user typed is changed, with one exception the SPEC asks for: a Postponed action
 *   whose due date has passed gets the status Open (its notes, owner and dates stay).
 * - A Done action that comes back is a new row (the Done row stays, with its notes and realized
 *   impact); the new row starts Open, with the same owner.
 * - No row is ever removed: an account no longer flagged keeps its row, marked in Flagged.
 * - Rows of other agents, and rows users added without a key, are left exactly as they are.
 */
import type { ScheduleDefinition } from "../model/document";
import { serialFromYmd, ymdFromSerial } from "../model/excel-date";
import {
  statusOf,
  type ActionRecord,
  type ActionTable,
  type RunChange,
} from "../model/action-record";
import type { PlannedAction, SnapshotLookup } from "./planned-actions";
import { schedulePeriodAfter } from "./schedule";

export interface ReconcileContext {
  /** The agent document's name: rows are matched by agent and key. */
  readonly agent: string;
  readonly schedule: ScheduleDefinition;
  /** Date serial of the run's day (in the schedule's time zone). */
  readonly runDate: number;
  /** Each group's margin and revenue in this run. */
  readonly snapshot: SnapshotLookup;
}

export interface ActionChanges {
  /** Keys of actions created for groups never seen before. */
  readonly created: readonly string[];
  /** Done actions whose group is flagged again more than one period after their due date. */
  readonly recreated: readonly string[];
  /** Postponed actions whose due date has passed. */
  readonly reopened: readonly string[];
  /** Actions still open, blocked or postponed whose group is flagged again. */
  readonly kept: readonly string[];
  /** Current actions whose group this run did not flag. */
  readonly noLongerFlagged: readonly string[];
}

export interface Reconciled {
  readonly table: ActionTable;
  readonly changes: ActionChanges;
  /** Rows this run added (created and re-created), e.g. to notify their assignees. */
  readonly added: readonly ActionRecord[];
}

export function reconcileActions(
  previous: ActionTable,
  planned: readonly PlannedAction[],
  context: ReconcileContext
): Reconciled {
  const plannedByKey = new Map(planned.map((p) => [p.key, p]));
  const current = currentRows(previous.records, context.agent);
  const changes = {
    created: [] as string[],
    recreated: [] as string[],
    reopened: [] as string[],
    kept: [] as string[],
    noLongerFlagged: [] as string[],
  };
  const added: ActionRecord[] = [];

  const records = previous.records.map((record, index): ActionRecord => {
    if (record.agent !== context.agent || record.key === "") return record;
    const plan = plannedByKey.get(record.key);
    const refreshed = refresh(record, plan !== undefined, context);
    if (current.get(record.key) !== index) return { ...refreshed, runChange: "Unchanged" };
    if (!plan) changes.noLongerFlagged.push(record.key);

    const status = statusOf(record);
    if (
      status === "Postponed" &&
      typeof record.dueDate === "number" &&
      context.runDate > record.dueDate
    ) {
      changes.reopened.push(record.key);
      return { ...refreshed, status: "Open", runChange: "Reopened" };
    }
    if (status === "Done" && plan && doneMayReturn(record, context)) {
      changes.recreated.push(record.key);
      added.push({ ...created(plan, context, "Re-created"), owner: record.owner });
      return { ...refreshed, runChange: "Unchanged" };
    }
    const change: RunChange =
      plan && status !== "Done" && status !== "Rejected" ? "Kept" : "Unchanged";
    if (change === "Kept") changes.kept.push(record.key);
    return { ...refreshed, runChange: change };
  });

  for (const plan of planned) {
    if (current.has(plan.key)) continue;
    changes.created.push(plan.key);
    added.push(created(plan, context, "Created"));
  }
  return {
    table: { ...previous, records: [...records, ...added] },
    changes,
    added,
  };
}

/** Index of the current row of each key of the agent: the latest detected, then the lowest in the sheet. */
function currentRows(records: readonly ActionRecord[], agent: string): Map<string, number> {
  const current = new Map<string, number>();
  records.forEach((record, index) => {
    if (record.agent !== agent || record.key === "") return;
    const before = current.get(record.key);
    if (
      before === undefined ||
      (record.detected ?? -Infinity) >= (records[before].detected ?? -Infinity)
    )
      current.set(record.key, index);
  });
  return current;
}

/** The engine's own columns, as of this run; the team's columns untouched. */
function refresh(record: ActionRecord, flagged: boolean, context: ReconcileContext): ActionRecord {
  const now = context.snapshot(record.key);
  const done = statusOf(record) === "Done";
  return {
    ...record,
    // A cleared status reads as Open (statusOf); say so in the sheet too.
    status: record.status.trim() === "" ? "Open" : record.status,
    currentMargin: now?.margin ?? null,
    currentRevenue: now?.annualRevenue ?? null,
    flagged,
    lastFlagged: flagged ? context.runDate : record.lastFlagged,
    doneSeen: done ? (record.doneSeen ?? context.runDate) : null,
  };
}

/**
 * "More than one schedule period has passed since its due date": the run's day is after the due
 * date moved on by interval x period (EDATE-like for months). A due date a user replaced by text
 * falls back to the day the action was detected.
 */
function doneMayReturn(record: ActionRecord, context: ReconcileContext): boolean {
  const since = typeof record.dueDate === "number" ? record.dueDate : record.detected;
  if (since === null) return false;
  const { year, month, day } = ymdFromSerial(since);
  const end = schedulePeriodAfter(context.schedule, {
    year,
    month,
    day,
    hour: 0,
    minute: 0,
    second: 0,
  });
  return context.runDate > serialFromYmd(end.year, end.month, end.day);
}

function created(
  plan: PlannedAction,
  context: ReconcileContext,
  runChange: RunChange
): ActionRecord {
  const now = context.snapshot(plan.key);
  return {
    agent: context.agent,
    key: plan.key,
    account: plan.account,
    name: plan.name,
    summary: plan.summary,
    description: plan.description,
    assignee: plan.assignee === "" ? null : plan.assignee,
    dueDate: plan.dueDate,
    expectedRevenue: plan.expectedRevenue,
    expectedProfit: plan.expectedProfit,
    marginAtDetection: now?.margin ?? null,
    revenueAtDetection: now?.annualRevenue ?? null,
    detected: context.runDate,
    currentMargin: now?.margin ?? null,
    currentRevenue: now?.annualRevenue ?? null,
    lastFlagged: context.runDate,
    flagged: true,
    runChange,
    doneSeen: null,
    status: "Open",
    owner: null,
    notes: null,
    extra: {},
  };
}
