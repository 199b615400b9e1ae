import { dueAgents, opensWithWorkbook } from "../../../src/core/lifecycle/shelf-schedule";
import {
  EMPTY_LIFECYCLE,
  type WorkbookLifecycle,
} from "../../../src/core/lifecycle/workbook-lifecycle";
import type { AgentDocument } from "../../../src/core/model/document";
import type { RunLogEntry } from "../../../src/core/model/run-log-entry";
import { agentDoc, approved } from "../../helpers/scheduled-agents";

/**
 * Every agent of a workbook on open (issue 11, several agents): which are due and in what order,
 * and whether the workbook opens the add-in. Times are UTC; each expectation is worked out from
 * the schedules below by hand.
 */
const ZONE = "UTC";
const NOW = new Date("2025-10-21T10:00:00Z");

function ran(lifecycle: WorkbookLifecycle, doc: AgentDocument, at: string): WorkbookLifecycle {
  const entry: RunLogEntry = {
    at,
    agent: doc.name,
    trigger: "schedule",
    scheduledFor: null,
    rowsRead: null,
    accounts: null,
    flagged: null,
    created: null,
    recreated: null,
    reopened: null,
    kept: null,
    expectedRevenue: null,
    expectedProfit: null,
    realizedProfit: null,
    outcome: "Completed",
    message: "",
  };
  return { ...lifecycle, runLog: [...lifecycle.runLog, entry] };
}

// Daily at 09:00, last run yesterday at 09:01: due today 09:00, on time.
const margin = agentDoc("Margin", { start: "2025-10-01T09:00", period: "day", interval: 1 });
// Daily at 07:00, last run on the 18th: the 19th and 20th were missed, one catch-up for the 21st.
const trend = agentDoc("Trend", { start: "2025-10-01T07:00", period: "day", interval: 1 });
// Never submitted: never due, whatever its schedule.
const draft = agentDoc("Draft", { start: "2025-10-01T05:00", period: "day", interval: 1 });
// A single run on the 1st, done: Active, but nothing left to run.
const once = agentDoc("Once", { start: "2025-10-01T09:00", period: "day", interval: 0 });

const shelf = () => [
  {
    id: "agent-1",
    doc: margin,
    timeZone: ZONE,
    lifecycle: ran(approved(margin), margin, "2025-10-20T09:01:00.000Z"),
  },
  {
    id: "agent-2",
    doc: trend,
    timeZone: ZONE,
    lifecycle: ran(approved(trend), trend, "2025-10-18T07:05:00.000Z"),
  },
  { id: "agent-3", doc: draft, timeZone: ZONE, lifecycle: EMPTY_LIFECYCLE },
  {
    id: "agent-4",
    doc: once,
    timeZone: ZONE,
    lifecycle: ran(approved(once), once, "2025-10-01T09:05:00.000Z"),
  },
];

describe("dueAgents: every agent of the workbook, not only the open one", () => {
  it("names each due agent with its due time, last run and next run, the longest-waiting first", () => {
    const due = dueAgents(shelf(), "agent-1", { now: NOW });
    expect(due.map((d) => [d.id, d.open, d.trigger])).toEqual([
      ["agent-2", false, "catch-up"],
      ["agent-1", true, "schedule"],
    ]);
    expect(due[0]).toMatchObject({
      name: "Trend",
      scheduledFor: new Date("2025-10-21T07:00:00Z"),
      lastRunAt: new Date("2025-10-18T07:05:00Z"),
      nextAt: new Date("2025-10-22T07:00:00Z"),
    });
    expect(due.map((d) => d.text)).toEqual([
      "'Trend' is due: scheduled for 2025-10-21 07:00 (UTC); 2 earlier scheduled runs were missed and caught up once. Last run: 2025-10-18 07:05 (UTC). Next run: 2025-10-22 07:00 (UTC).",
      "'Margin' is due: scheduled for 2025-10-21 09:00 (UTC). Last run: 2025-10-20 09:01 (UTC). Next run: 2025-10-22 09:00 (UTC).",
    ]);
  });

  it("two agents due at the same time keep the shelf's order", () => {
    const sameTime = agentDoc("Same", margin.schedule);
    const agents = [
      { id: "agent-9", doc: sameTime, timeZone: ZONE, lifecycle: approved(sameTime) },
      ...shelf().slice(0, 1),
    ];
    expect(dueAgents(agents, null, { now: NOW }).map((d) => d.id)).toEqual(["agent-9", "agent-1"]);
  });

  it("a time held for one agent (its run failed in this session) holds only that agent", () => {
    const held = new Map([["agent-2", new Set(["2025-10-21T07:00:00.000Z"])]]);
    expect(dueAgents(shelf(), "agent-1", { now: NOW, held }).map((d) => d.id)).toEqual(["agent-1"]);
  });

  it("once both ran today, none is due", () => {
    const agents = shelf().map((a) => ({
      ...a,
      lifecycle: ran(a.lifecycle, a.doc, "2025-10-21T09:30:00.000Z"),
    }));
    expect(dueAgents(agents, "agent-1", { now: NOW })).toEqual([]);
  });
});

describe("opensWithWorkbook: on while any agent needs its schedule checked on open", () => {
  it("on for the two Active agents with runs to come, naming them", () => {
    expect(opensWithWorkbook(shelf(), NOW)).toEqual({ opens: true, agents: ["Margin", "Trend"] });
  });

  it("off when only a draft and a finished single run are left (the others deleted)", () => {
    expect(opensWithWorkbook(shelf().slice(2), NOW)).toEqual({ opens: false, agents: [] });
  });

  it("an agent whose definition changed since approval (unscheduled) no longer counts", () => {
    const [first, second, ...rest] = shelf();
    const unscheduled = {
      ...second,
      doc: { ...trend, schedule: { ...trend.schedule, interval: 0 } },
    };
    expect(opensWithWorkbook([first, unscheduled, ...rest], NOW)).toEqual({
      opens: true,
      agents: ["Margin"],
    });
    expect(opensWithWorkbook([unscheduled, ...rest], NOW).opens).toBe(false);
  });
});
