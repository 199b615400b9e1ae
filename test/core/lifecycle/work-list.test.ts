import {
  actionsSheetFacts,
  isOverdue,
  overdueCount,
  statusGroups,
  workListCounts,
} from "../../../src/core/lifecycle/work-list";
import type { ActionRecord } from "../../../src/core/model/action-record";
import { serialFromYmd } from "../../../src/core/model/excel-date";

const day = (m: number, d: number) => serialFromYmd(2025, m, d);
const RUN_DATE = day(10, 21);

function action(
  key: string,
  status: string,
  dueDate: ActionRecord["dueDate"],
  expected: [number | null, number | null],
  agent = "Agent"
): ActionRecord {
  return {
    agent,
    key,
    account: key,
    name: null,
    summary: null,
    description: null,
    assignee: null,
    dueDate,
    expectedRevenue: expected[0],
    expectedProfit: expected[1],
    marginAtDetection: null,
    revenueAtDetection: null,
    detected: null,
    currentMargin: null,
    currentRevenue: null,
    lastFlagged: null,
    flagged: true,
    runChange: "Kept",
    doneSeen: null,
    status,
    owner: null,
    notes: null,
    extra: {},
  };
}

const RECORDS: ActionRecord[] = [
  action("CustomerId=A", "Open", day(10, 20), [100.1, 40.05]),
  action("CustomerId=B", " ", day(10, 28), [200.2, 80.1]),
  action("CustomerId=C", "Done", day(10, 1), [50, 20]),
  action("CustomerId=D", "blocked", "next week", [null, 10]),
  action("CustomerId=E", "waiting", day(10, 1), [1, 1]),
  // Another agent's action, and a row a user added by hand: never this agent's.
  action("CustomerId=A", "Open", day(10, 1), [7, 7], "Other agent"),
  action("", "Open", day(10, 1), [3, 3], ""),
];

describe("the work list as of a run", () => {
  it("an open action is overdue once its due date is before the run's day (blank status is Open)", () => {
    expect(RECORDS.map((r) => isOverdue(r, RUN_DATE))).toEqual([
      true,
      false,
      false,
      false,
      false,
      true,
      true,
    ]);
    expect(isOverdue(RECORDS[1], day(10, 29))).toBe(true);
  });

  it("counts the agent's own actions only", () => {
    expect(workListCounts(RECORDS, "Agent")).toEqual({ total: 5, open: 2 });
    expect(overdueCount(RECORDS, "Agent", RUN_DATE)).toBe(1);
    expect(overdueCount(RECORDS, "Agent", day(10, 29))).toBe(2);
  });

  it("the Actions sheet counts over the whole list: open rows with a key, every overdue row", () => {
    expect(actionsSheetFacts({ records: RECORDS, extraColumns: [] }, RUN_DATE, "Run")).toEqual({
      runLabel: "Run",
      overdueRows: [0, 5, 6],
      open: 3,
      openExpectedRevenue: 307.3,
      openExpectedProfit: 127.15,
    });
  });

  it("the agent's work by status: the SPEC's statuses in order, then Other when any", () => {
    expect(statusGroups(RECORDS, "Agent")).toEqual([
      { status: "Open", actions: 2, expectedRevenue: 300.3, expectedProfit: 120.15 },
      { status: "Done", actions: 1, expectedRevenue: 50, expectedProfit: 20 },
      { status: "Blocked", actions: 1, expectedRevenue: 0, expectedProfit: 10 },
      { status: "Rejected", actions: 0, expectedRevenue: 0, expectedProfit: 0 },
      { status: "Postponed", actions: 0, expectedRevenue: 0, expectedProfit: 0 },
      { status: "Other", actions: 1, expectedRevenue: 1, expectedProfit: 1 },
    ]);
    expect(statusGroups(RECORDS.slice(0, 2), "Agent").map((g) => g.status)).toEqual([
      "Open",
      "Done",
      "Blocked",
      "Rejected",
      "Postponed",
    ]);
  });
});
