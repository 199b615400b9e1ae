import type { AgentDocument } from "../../src/core/model/document";
import { serialFromYmd } from "../../src/core/model/excel-date";
import { HIGHLIGHT_COLORS } from "../../src/core/model/sheet";
import { MENTIONS_UNSUPPORTED } from "../../src/excel/host-support";
import {
  recordFailedRunInWorkbook,
  recordRunInWorkbook,
  type RecordOptions,
} from "../../src/excel/lifecycle";
import { readLifecycleFromWorkbook } from "../../src/excel/lifecycle-read";
import { STARTUP_UNSUPPORTED } from "../../src/excel/startup-behavior";
import { FakeExcel, type FakeContext, type FakeSheet } from "./fake-excel";
import {
  agent,
  changedCells,
  installOffice,
  removeOffice,
  resultOf,
  snapshot,
  tableRows,
  WEEK_1,
  WEEK_2,
  ZONE,
  type OfficeCalls,
} from "./lifecycle-fixtures";

/**
 * Recording runs in the workbook through the Excel fake: the team's Actions sheet is patched in
 * place, the Run Log appended, new actions notified by @mention comments where Excel can.
 *
 * Actions sheet layout (0-based): title row 0, notes rows 1-2, blank row 3, header row 4, data
 * from row 5. Columns: Status 0, Owner 1, Due Date 2, Account 3, ..., Notes 7, Current Margin 11,
 * This Run 16, Last Flagged 18, Done Seen 19, Agent 20, Key 21.
 */
const WEEK_1_AT = new Date("2025-10-21T07:00:00Z");
const WEEK_2_AT = new Date("2025-10-28T07:00:00Z");
const day = (y: number, m: number, d: number) => serialFromYmd(y, m, d);
const COL = { status: 0, owner: 1, due: 2, account: 3, notes: 7, margin: 11, thisRun: 16 };
const COL_LAST_FLAGGED = 18;
const COL_DONE_SEEN = 19;
const COL_KEY = 21;

let excel: FakeExcel;
let office: OfficeCalls;
beforeEach(() => {
  excel = new FakeExcel().install();
  excel.workbook.addSheet("Sales", [["Customer Id"], ["A"]]);
  office = installOffice(["ExcelApi 1.11", "SharedRuntime 1.1"]);
});
afterEach(removeOffice);

function options(doc: AgentDocument, at: Date, extra: Partial<RecordOptions> = {}): RecordOptions {
  return { doc, trigger: "manual", at, fallbackTimeZone: ZONE, ...extra };
}

async function run(lines = WEEK_1, at = WEEK_1_AT, doc = agent()) {
  return recordRunInWorkbook(resultOf(lines, doc, at), options(doc, at));
}

/** Runs `hook` right after the n-th Excel.run from now (e.g. 1: after the lifecycle was read). */
function afterExcelRun(n: number, hook: () => void): void {
  const excelGlobal = (globalThis as unknown as { Excel: { run: RunBatch } }).Excel;
  const original = excelGlobal.run;
  let count = 0;
  excelGlobal.run = async (batch) => {
    const result = await original(batch);
    if (++count === n) hook();
    return result;
  };
}
type RunBatch = <T>(batch: (context: FakeContext) => Promise<T>) => Promise<T>;

/** The team works the list: A done, C postponed to Nov 15, a Region column, a row of their own. */
function teamEdits(sheet: FakeSheet): void {
  sheet.setCell(5, COL.status, "Done");
  sheet.setCell(5, COL.owner, "Bo");
  sheet.setCell(5, COL.notes, "New price list sent");
  sheet.setCell(6, COL.status, "Postponed");
  sheet.setCell(6, COL.due, day(2025, 11, 15));
  sheet.setCell(6, COL.notes, "After the budget round");
  sheet.setCell(4, 22, "Region");
  sheet.setCell(5, 22, "North");
  sheet.setCell(6, 22, "South");
  sheet.setCell(7, COL.status, "Open");
  sheet.setCell(7, COL.account, "Z");
  sheet.setCell(7, COL.notes, "Call them about the contract");
}

describe("the first run creates the lifecycle sheets", () => {
  test("Actions, Impact Tracking, Run Log and Agent Status, owned, with the run's rows", async () => {
    const recorded = await run();
    expect(recorded.outcome).toBe("Completed");
    expect(excel.workbook.sheetNames()).toEqual([
      "Sales",
      "Actions",
      "Impact Tracking",
      "Run Log",
      "Agent Status",
    ]);
    expect(excel.workbook.sheets.slice(1).every((s) => s.isOwned())).toBe(true);
    const actions = excel.workbook.sheet("Actions");
    expect(actions.value(0, 0)).toBe("Actions: 2 open, 0 overdue");
    expect(
      tableRows(actions, "Key").map((r) => [r.Status, r.Account, r["Due Date"], r.Assignee, r.Key])
    ).toEqual([
      ["Open", "A", day(2025, 10, 28), "Ann Lee <ann@example.com>", "CustomerId=A"],
      ["Open", "C", day(2025, 10, 28), "Ann Lee <ann@example.com>", "CustomerId=C"],
    ]);
    expect(
      tableRows(excel.workbook.sheet("Run Log"), "UTC").map((r) => [
        r.Trigger,
        r["Rows Read"],
        r.Flagged,
        r.Created,
        r.Outcome,
        r.UTC,
      ])
    ).toEqual([["manual", 3, 2, 2, "Completed", "2025-10-21T07:00:00.000Z"]]);
    expect(recorded.sheets).toEqual({
      actions: "Actions",
      impactTracking: "Impact Tracking",
      runLog: "Run Log",
      agentStatus: "Agent Status",
    });
    // Read, whole sheets, patch: three Excel.run calls; then, for opening with the workbook, the
    // agents in the settings (none stored here: the shelf, then the single-agent key). The run's
    // own lifecycle is not read again.
    expect(excel.runs).toBe(5);
  });

  test("overdue open actions get a live conditional format from the layout, not a fill that would go stale", async () => {
    const doc = agent();
    // Due the day before: a dueInDays of -1 makes both new actions overdue at once.
    const overdue = { ...doc, action: { ...doc.action, dueInDays: -1 } };
    await run(WEEK_1, WEEK_1_AT, overdue);
    const actions = excel.workbook.sheet("Actions");
    expect(actions.value(0, 0)).toBe("Actions: 2 open, 2 overdue");
    expect(actions.conditionalFormats).toEqual([
      {
        rect: { sheet: "Actions", row: 5, col: 0, rows: 1_048_576 - 5, cols: 22 },
        type: "Custom",
        record: {
          custom: {
            rule: { formula: '=AND(OR(TRIM($A6)="Open",TRIM($A6)=""),ISNUMBER($C6),$C6<TODAY())' },
            format: { fill: { color: "#FFC7CE" }, font: { color: "#9C0006" } },
          },
        },
      },
    ]);
    const fills = actions.formats.filter((f) => (f.record.fill as { color?: string })?.color);
    expect(fills).toEqual([]);
  });

  test("the Status column offers the SPEC's statuses as a drop-down on every action row", async () => {
    await run();
    const [validation] = excel.workbook.sheet("Actions").dataValidations;
    expect({ ...validation.rect, sheet: "" }).toEqual({
      sheet: "",
      row: 5,
      col: 0,
      rows: 2,
      cols: 1,
    });
    expect(validation.record.rule).toEqual({
      list: { inCellDropDown: true, source: "Open,Done,Blocked,Rejected,Postponed" },
    });
    expect(validation.record.errorAlert).toMatchObject({ showAlert: false });
  });
});

describe("a re-run keeps what the team typed", () => {
  test("only the engine's changed cells, the title and notes, and the new row are written", async () => {
    await run();
    const actions = excel.workbook.sheet("Actions");
    teamEdits(actions);
    const before = snapshot(actions);

    const second = await run(WEEK_2, WEEK_2_AT);

    expect(second.changes).toEqual({
      created: ["CustomerId=D"],
      recreated: [],
      reopened: [],
      kept: ["CustomerId=C"],
      noLongerFlagged: [],
    });
    // A (Done): This Run, Last Flagged, Done Seen. C: Current Margin -10% -> -20%, This Run, Last Flagged.
    // D: a new row under the team's own row 7. Title and first note: new counts and run (the
    // second note, the open actions' expected impact, reads the same: D's equals A's of week 1).
    expect(changedCells(before, snapshot(actions))).toEqual([
      "0,0",
      "1,0",
      `5,${COL.thisRun}`,
      `5,${COL_LAST_FLAGGED}`,
      `5,${COL_DONE_SEEN}`,
      `6,${COL.margin}`,
      `6,${COL.thisRun}`,
      `6,${COL_LAST_FLAGGED}`,
      ...Array.from({ length: 22 }, (_, c) => `8,${c}`),
    ]);
    const rows = tableRows(actions, "Key");
    expect(
      rows.map((r) => [r.Status, r.Owner, r.Account, r.Notes, r.Region, r["This Run"], r.Key])
    ).toEqual([
      ["Done", "Bo", "A", "New price list sent", "North", "Unchanged", "CustomerId=A"],
      ["Postponed", "", "C", "After the budget round", "South", "Kept", "CustomerId=C"],
      ["Open", "", "Z", "Call them about the contract", "", "", ""],
      ["Open", "", "D", "", "", "Created", "CustomerId=D"],
    ]);
    expect(rows[1]["Due Date"]).toBe(day(2025, 11, 15));
    expect(rows[1]["Current Margin"]).toBe(-0.2);
    expect(rows[0]["Done Seen"]).toBe(day(2025, 10, 28));
    expect(actions.value(0, 0)).toBe("Actions: 1 open, 0 overdue");
    expect(actions.value(2, 0)).toBe("Expected impact of open actions: revenue 6.25, profit 5.00.");
    // Text stays text in the new row; dates carry the date format.
    expect(actions.cell(8, COL.account)?.format).toBe("@");
    expect(actions.cell(8, COL.due)?.format).toBe("yyyy-mm-dd");
    // The live rule was added once, when the sheet was created.
    expect(actions.conditionalFormats).toHaveLength(1);
  });

  test("new rows become the table's rows when the table reaches the end of the list", async () => {
    await run();
    const actions = excel.workbook.sheet("Actions");
    expect(actions.tables.map((t) => [t.row, t.rows])).toEqual([[4, 3]]);
    await run(WEEK_2, WEEK_2_AT);
    // Header and A, C, then D added to the table at row 7.
    expect(actions.tables.map((t) => [t.row, t.rows])).toEqual([[4, 4]]);
    expect(actions.value(7, COL_KEY)).toBe("CustomerId=D");
    const validated = actions.dataValidations.slice(1);
    expect(validated.map((v) => v.rect)).toEqual([
      { sheet: "Actions", row: 7, col: 0, rows: 1, cols: 1 },
    ]);
    expect(validated[0].record.calls).toEqual([{ name: "clear", args: [] }]);
    expect(validated[0].record.rule).toEqual({
      list: { inCellDropDown: true, source: "Open,Done,Blocked,Rejected,Postponed" },
    });
  });

  test("an edit made while the run is being recorded is not written over", async () => {
    await run();
    const actions = excel.workbook.sheet("Actions");
    // Right after the run read the sheet, a co-author fills in an owner.
    afterExcelRun(1, () => actions.setCell(6, COL.owner, "Cy"));
    await run(WEEK_2, WEEK_2_AT);
    expect(actions.value(6, COL.owner)).toBe("Cy");
    expect(actions.value(6, COL.thisRun)).toBe("Kept");
  });

  test("rows sorted while the run is being recorded: read again, and each cell lands on its own row", async () => {
    await run();
    const actions = excel.workbook.sheet("Actions");
    actions.setCell(5, COL.status, "Done");
    // Right after the run read the sheet, someone sorts the list: C above A.
    afterExcelRun(1, () => {
      const a = actions.values(5, 0, 1, 22)[0];
      const c = actions.values(6, 0, 1, 22)[0];
      c.forEach((v, col) => actions.setCell(5, col, v));
      a.forEach((v, col) => actions.setCell(6, col, v));
    });
    await run(WEEK_2, WEEK_2_AT);
    const rows = tableRows(actions, "Key");
    expect(
      rows.map((r) => [r.Key, r.Status, r["Current Margin"], r["This Run"], r["Done Seen"]])
    ).toEqual([
      ["CustomerId=C", "Open", -0.2, "Kept", ""],
      ["CustomerId=A", "Done", 0.1, "Unchanged", day(2025, 10, 28)],
      ["CustomerId=D", "Open", 0.05, "Created", ""],
    ]);
  });

  test("when Excel refuses to add rows to the table (a team's filter), the rows go below it", async () => {
    await run();
    excel.faults.push({ kind: "tableRows.add", times: 1 });
    const second = await run(WEEK_2, WEEK_2_AT);
    const actions = excel.workbook.sheet("Actions");
    expect(actions.tables.map((t) => [t.row, t.rows])).toEqual([[4, 3]]);
    expect([actions.value(7, COL.account), actions.value(7, COL_KEY)]).toEqual([
      "D",
      "CustomerId=D",
    ]);
    expect(actions.value(6, COL.thisRun)).toBe("Kept");
    expect(second.comments).toMatchObject({ kind: "added", comments: [{ cell: "'Actions'!D8" }] });
    expect(tableRows(excel.workbook.sheet("Run Log"), "UTC")).toHaveLength(2);
  });

  test("a Run Log the team deleted is created after the patch, so a redone patch never logs the run twice", async () => {
    await run();
    const runLogAt = excel.workbook.sheets.indexOf(excel.workbook.sheet("Run Log"));
    excel.workbook.sheets.splice(runLogAt, 1);
    const actions = excel.workbook.sheet("Actions");
    // Someone sorts the list right after it was read: the patch is refused and the run redone.
    afterExcelRun(1, () => {
      const a = actions.values(5, 0, 1, 22)[0];
      const c = actions.values(6, 0, 1, 22)[0];
      c.forEach((v, col) => actions.setCell(5, col, v));
      a.forEach((v, col) => actions.setCell(6, col, v));
    });
    const second = await run(WEEK_2, WEEK_2_AT);
    expect(second.sheets.runLog).toBe("Run Log");
    expect(tableRows(excel.workbook.sheet("Run Log"), "UTC").map((r) => r.UTC)).toEqual([
      "2025-10-28T07:00:00.000Z",
    ]);
  });

  test("a user's own sheet called Actions is never read or written: the add-in keeps its list in 'Actions (2)'", async () => {
    const mine = excel.workbook.addSheet("Actions", [["My to-do list"], ["Buy milk"]]);
    const untouched = snapshot(mine);
    const first = await run();
    expect(first.notices).toEqual([
      "A sheet named 'Actions' that the add-in did not create is in the workbook, so it was left alone and the results were written to 'Actions (2)'.",
    ]);
    expect(first.sheets.actions).toBe("Actions (2)");
    const second = await run(WEEK_2, WEEK_2_AT);
    expect(second.sheets.actions).toBe("Actions (2)");
    expect(tableRows(excel.workbook.sheet("Actions (2)"), "Key").map((r) => r.Key)).toEqual([
      "CustomerId=A",
      "CustomerId=C",
      "CustomerId=D",
    ]);
    expect(snapshot(mine)).toEqual(untouched);
  });
});

describe("comments that notify the assignees of new actions", () => {
  test("with ExcelApi 1.11, each new action's Account cell gets a comment @mentioning the assignee", async () => {
    const first = await run();
    const second = await run(WEEK_2, WEEK_2_AT);
    const content = (due: string) => ({
      richContent: `<at id="0">Ann Lee</at> new action for you: Customer with High Revenue and Low Margin, due ${due}. See the Actions sheet.`,
      mentions: [{ id: 0, name: "Ann Lee", email: "ann@example.com" }],
    });
    expect(excel.workbook.comments).toEqual([
      {
        cell: { sheet: "Actions", row: 5, col: 3, rows: 1, cols: 1 },
        content: content("2025-10-28"),
        contentType: "Mention",
      },
      {
        cell: { sheet: "Actions", row: 6, col: 3, rows: 1, cols: 1 },
        content: content("2025-10-28"),
        contentType: "Mention",
      },
      {
        cell: { sheet: "Actions", row: 7, col: 3, rows: 1, cols: 1 },
        content: content("2025-11-04"),
        contentType: "Mention",
      },
    ]);
    expect(first.comments).toEqual({
      kind: "added",
      comments: [
        { key: "CustomerId=A", account: "A", cell: "'Actions'!D6", mentioned: ["ann@example.com"] },
        { key: "CustomerId=C", account: "C", cell: "'Actions'!D7", mentioned: ["ann@example.com"] },
      ],
    });
    expect(second.comments).toEqual({
      kind: "added",
      comments: [
        { key: "CustomerId=D", account: "D", cell: "'Actions'!D8", mentioned: ["ann@example.com"] },
      ],
    });
  });

  test("an assignee given by name, not email, gets a plain comment (Excel mentions by email only)", async () => {
    await run(WEEK_1, WEEK_1_AT, agent({ assignee: "Ann Lee" }));
    expect(excel.workbook.comments[0]).toEqual({
      cell: { sheet: "Actions", row: 5, col: 3, rows: 1, cols: 1 },
      content:
        "Ann Lee: new action: Customer with High Revenue and Low Margin, due 2025-10-28. See the Actions sheet.",
      contentType: "Plain",
    });
  });

  test("without ExcelApi 1.11 nothing is attempted and the outcome says assignees were not notified", async () => {
    office = installOffice(["SharedRuntime 1.1"]);
    const recorded = await run();
    expect(recorded.comments).toEqual({
      kind: "unsupported",
      reason: MENTIONS_UNSUPPORTED,
      actions: 2,
    });
    expect(excel.workbook.comments).toEqual([]);
    expect(office.asked).toContain("ExcelApi 1.11");
    // The run itself is recorded as usual.
    expect(tableRows(excel.workbook.sheet("Run Log"), "UTC")).toHaveLength(1);
  });

  test("a run that adds no action has nothing to notify", async () => {
    await run();
    const again = await run(WEEK_1, new Date("2025-10-22T07:00:00Z"));
    expect(again.comments).toEqual({ kind: "none" });
    expect(excel.workbook.comments).toHaveLength(2);
  });

  test("comments Excel refuses are reported; the run is still recorded", async () => {
    excel.faults.push({ kind: "comments.add" });
    const recorded = await run();
    expect(recorded.comments).toEqual({
      kind: "failed",
      message:
        "Excel did not add the comments that notify assignees of new actions: test fault at comments.add",
      actions: 2,
    });
    expect(tableRows(excel.workbook.sheet("Run Log"), "UTC").map((r) => r.Outcome)).toEqual([
      "Completed",
    ]);
  });

  test("outside Office (no Office namespace) both extras report why they did not happen", async () => {
    removeOffice();
    const recorded = await run();
    expect(recorded.comments).toEqual({
      kind: "unsupported",
      reason: MENTIONS_UNSUPPORTED,
      actions: 2,
    });
    expect(recorded.startup).toEqual({
      kind: "unsupported",
      behavior: "None",
      reason: STARTUP_UNSUPPORTED,
    });
  });
});

describe("a failed run", () => {
  test("adds one highlighted Run Log row and changes nothing else", async () => {
    await run();
    const before = new Map(excel.workbook.sheets.map((s) => [s.name, snapshot(s)]));
    const comments = excel.workbook.comments.length;
    const startupCalls = office.startup.length;
    const doc = agent();
    const scheduledFor = new Date("2025-10-22T09:00:00Z");
    const at = new Date("2025-10-22T09:05:00Z");

    const failed = await recordFailedRunInWorkbook(
      "There is no sheet named 'Sales' in this workbook.",
      options(doc, at, { trigger: "schedule", scheduledFor })
    );

    expect(failed.outcome).toBe("Failed");
    expect(failed.message).toBe(
      "The run failed and was logged: There is no sheet named 'Sales' in this workbook."
    );
    expect(failed.startup).toBeNull();
    expect(failed.comments).toEqual({ kind: "none" });
    for (const sheet of excel.workbook.sheets) {
      const changed = changedCells(before.get(sheet.name)!, snapshot(sheet));
      if (sheet.name !== "Run Log") expect([sheet.name, changed]).toEqual([sheet.name, []]);
      // Run Log (title, one note, blank, header at row 3): its title and the new row 5.
      else expect(changed).toEqual(["0,0", ...Array.from({ length: 17 }, (_, c) => `5,${c}`)]);
    }
    const runLog = excel.workbook.sheet("Run Log");
    expect(runLog.value(0, 0)).toBe("Run log: 2 runs");
    const last = tableRows(runLog, "UTC")[1];
    expect([last.Trigger, last.Outcome, last.Message, last["Rows Read"], last.UTC]).toEqual([
      "schedule",
      "Failed",
      "There is no sheet named 'Sales' in this workbook.",
      "",
      "2025-10-22T09:05:00.000Z",
    ]);
    expect(last["Scheduled For"]).toBeCloseTo(day(2025, 10, 22) + 9 / 24, 9);
    expect(runLog.formatsAt(5, 0, 1, 17)).toEqual([
      { fill: { color: HIGHLIGHT_COLORS.bad.fill }, font: { color: HIGHLIGHT_COLORS.bad.font } },
    ]);
    expect(excel.workbook.comments).toHaveLength(comments);
    expect(office.startup).toHaveLength(startupCalls);
    // A failed run does not count as the last run.
    const read = await readLifecycleFromWorkbook(ZONE);
    expect(read.lifecycle.runLog.map((e) => e.outcome)).toEqual(["Completed", "Failed"]);
  });

  test("as the very first run, creates only the Run Log", async () => {
    const doc = agent();
    await recordFailedRunInWorkbook("Column 'Invoice Price' is missing.", options(doc, WEEK_1_AT));
    expect(excel.workbook.sheetNames()).toEqual(["Sales", "Run Log"]);
    expect(tableRows(excel.workbook.sheet("Run Log"), "UTC").map((r) => r.Outcome)).toEqual([
      "Failed",
    ]);
  });
});
