import { planPatch, commentsToAdd } from "../../../../src/core/lifecycle/patch/patch-plan";
import { planRecord, type RecordPlan } from "../../../../src/core/lifecycle/patch/record-plan";
import { workbookRecord } from "../../../../src/core/lifecycle/patch/record-result";
import type { StoredLifecycle } from "../../../../src/core/lifecycle/patch/stored-lifecycle";
import { EMPTY_LIFECYCLE, readLifecycle } from "../../../../src/core/lifecycle/workbook-lifecycle";
import type { AgentDocument } from "../../../../src/core/model/document";
import type { SheetDescription } from "../../../../src/core/model/sheet";
import { accountLine, KEY_AND_TAIL, resultOf } from "../../../helpers/accounts";
import { presetDocument } from "../../../helpers/agent";
import { sheetCells } from "../sheet-cells";

/**
 * What a host keeping the lifecycle in an open workbook writes for a run, planned before any
 * write. Week 1 flags A and C (KEY_AND_TAIL); week 2 adds D (5% in Key).
 */
const doc: AgentDocument = (() => {
  const d = presetDocument("2025-10-21");
  return {
    ...d,
    action: { ...d.action, assignee: "Ann Lee <ann@example.com>" },
    schedule: { start: "2025-10-01T09:00", period: "day", interval: 1 },
  };
})();
const WEEK_1_AT = new Date("2025-10-21T07:00:00Z");
const WEEK_2_AT = new Date("2025-10-28T07:00:00Z");
const WEEK_2 = [...KEY_AND_TAIL, accountLine("D", "Key", 1000, 50)];
const NONE: StoredLifecycle = {
  lifecycle: EMPTY_LIFECYCLE,
  timeZone: "UTC",
  sheets: { actions: null, runLog: null, agentStatus: null },
};
/** Where a writer that lays out title, notes, a blank row and the header puts the table. */
const place = (d: SheetDescription) => {
  const headerRow = (d.notes?.length ?? 0) + 2;
  return { headerRow, firstDataRow: headerRow + 1 };
};
const names = (sheets: readonly SheetDescription[]) => sheets.map((s) => s.name);

function recordPlan(stored: StoredLifecycle, at: Date, lines = KEY_AND_TAIL): RecordPlan {
  const plan = planRecord(
    stored,
    { doc, trigger: "manual", at },
    { result: resultOf(lines, doc, at) }
  );
  if (plan.kind !== "record") throw new Error("test: superseded");
  return plan;
}

/** The store as a host reads it back after writing the plan's sheets. */
function storedAfter(plan: RecordPlan): StoredLifecycle {
  const { actions, runLog, agentStatus } = plan.recorded.sheets;
  const cells = {
    actions: sheetCells(actions),
    runLog: sheetCells(runLog),
    agentStatus: sheetCells(agentStatus),
  };
  const read = readLifecycle(cells, "UTC");
  return {
    ...read,
    sheets: {
      actions: { name: "Actions", cells: cells.actions },
      runLog: { name: "Run Log", cells: cells.runLog },
      agentStatus: { name: "Agent Status", cells: cells.agentStatus },
    },
  };
}

describe("the first run in a workbook without lifecycle sheets", () => {
  const plan = recordPlan(NONE, WEEK_1_AT);
  const written = [
    { name: "Actions", sheet: "Actions (2)", notice: "Your sheet 'Actions' was kept." },
    { name: "Impact Tracking", sheet: "Impact Tracking", notice: null },
    { name: "Run Log", sheet: "Run Log", notice: null },
    { name: "Agent Status", sheet: "Agent Status", notice: null },
  ];
  const patch = planPatch(plan, written, place);

  it("writes the four sheets whole, in workbook order; the overdue fill becomes a live rule", () => {
    expect(names(plan.whole)).toEqual(["Actions", "Impact Tracking", "Run Log", "Agent Status"]);
    expect(plan.runLogAfterPatch).toBeNull();
    expect(plan.whole[0].table.highlights).toEqual([]);
    expect(patch.patches).toEqual([]);
    expect(patch.highlights).toEqual([
      {
        sheetName: "Actions (2)",
        firstRow: 5,
        width: plan.recorded.sheets.actions.table.columns.length,
        formula: '=AND(OR(TRIM($A6)="Open",TRIM($A6)=""),ISNUMBER($C6),$C6<TODAY())',
        style: "bad",
      },
    ]);
  });

  it("comments on each new action's Account cell, at the row the writer puts it", () => {
    expect(
      patch.comments.map(({ record, comment }) => [record.key, comment.at, comment.col])
    ).toEqual([
      ["CustomerId=A", { row: 5 }, 3],
      ["CustomerId=C", { row: 6 }, 3],
    ]);
    expect(commentsToAdd(patch, { supported: false, reason: "no mentions" })).toEqual([]);
    expect(commentsToAdd(patch, { supported: true })).toHaveLength(2);
  });

  it("the record says where everything went and what to tell the user", () => {
    const record = workbookRecord(plan, {
      written,
      patch,
      support: { supported: true },
      commentsWritten: { commentRows: [5, 6], commentsError: null },
    });
    expect(record).toMatchObject({
      outcome: "Completed",
      sheets: {
        actions: "Actions (2)",
        impactTracking: "Impact Tracking",
        runLog: "Run Log",
        agentStatus: "Agent Status",
      },
      notices: ["Your sheet 'Actions' was kept."],
      timeZone: "UTC",
      message:
        "2 flagged; actions: 2 created, 0 re-created, 0 reopened, 0 kept, 0 no longer flagged.",
    });
    expect(record.comments).toEqual({
      kind: "added",
      comments: [
        {
          key: "CustomerId=A",
          account: "A",
          cell: "'Actions (2)'!D6",
          mentioned: ["ann@example.com"],
        },
        {
          key: "CustomerId=C",
          account: "C",
          cell: "'Actions (2)'!D7",
          mentioned: ["ann@example.com"],
        },
      ],
    });
  });
});

describe("a later run patches the sheets the team kept", () => {
  const first = storedAfter(recordPlan(NONE, WEEK_1_AT));
  const plan = recordPlan(first, WEEK_2_AT, WEEK_2);
  const patch = planPatch(plan, [], place);

  it("rewrites only Impact Tracking and Agent Status; Actions and Run Log are patched in place", () => {
    expect(names(plan.whole)).toEqual(["Impact Tracking", "Agent Status"]);
    expect(plan.runLogAfterPatch).toBeNull();
    expect(patch.patches.map((p) => [p.sheetName, p.add?.count])).toEqual([
      ["Actions", 1],
      ["Run Log", 1],
    ]);
    expect(patch.highlights).toEqual([]);
    // The new action D is the first row added under the table.
    expect(patch.comments.map(({ record, comment }) => [record.key, comment.at])).toEqual([
      ["CustomerId=D", { added: 0 }],
    ]);
  });

  it("the Actions patch checks the Key column it read, row for row", () => {
    const actions = patch.patches[0];
    expect(actions.verify?.keys.slice(4)).toEqual(["Key", "CustomerId=A", "CustomerId=C"]);
  });
});

describe("which sheets wait for the patch", () => {
  const first = storedAfter(recordPlan(NONE, WEEK_1_AT));

  it("a completed run with the Actions sheet but no Run Log writes the new Run Log last", () => {
    const plan = recordPlan({ ...first, sheets: { ...first.sheets, runLog: null } }, WEEK_2_AT);
    expect(names(plan.whole)).toEqual(["Impact Tracking", "Agent Status"]);
    expect(plan.runLogAfterPatch?.name).toBe("Run Log");
  });

  it("a failed run writes only its Run Log row", () => {
    const failed = planRecord(
      NONE,
      { doc, trigger: "manual", at: WEEK_1_AT },
      { failure: "No sheet" }
    );
    if (failed.kind !== "record") throw new Error("test: superseded");
    expect(names(failed.whole)).toEqual(["Run Log"]);
    expect(failed.recorded.entry).toMatchObject({ outcome: "Failed", message: "No sheet" });
    const record = workbookRecord(failed, {
      written: [{ name: "Run Log", sheet: "Run Log", notice: null }],
      patch: planPatch(failed, [], place),
      support: { supported: true },
      commentsWritten: { commentRows: [], commentsError: null },
    });
    expect(record).toMatchObject({
      outcome: "Failed",
      comments: { kind: "none" },
      sheets: { actions: null, impactTracking: null, runLog: "Run Log", agentStatus: null },
      message: "The run failed and was logged: No sheet",
    });
  });

  it("a scheduled run someone else recorded first is not recorded", () => {
    const plan = planRecord(
      first,
      { doc, trigger: "schedule", at: WEEK_2_AT, expectLastRunAt: null },
      { failure: "" }
    );
    expect(plan).toMatchObject({
      kind: "superseded",
      record: {
        outcome: "Superseded",
        sheets: { actions: "Actions", runLog: "Run Log", agentStatus: "Agent Status" },
        message:
          "Someone else with this workbook open ran the agent first; this run was not recorded.",
      },
    });
  });
});
