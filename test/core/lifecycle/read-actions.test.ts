import { actionComment, parseAssignee } from "../../../src/core/lifecycle/action-comment";
import { actionsSheetOn } from "../../../src/core/lifecycle/lifecycle-sheets";
import type { ActionRecord } from "../../../src/core/model/action-record";
import { actionsPatch } from "../../../src/core/lifecycle/actions-patch";
import { readActionsSheet } from "../../../src/core/lifecycle/read-actions";
import { reconcileActions } from "../../../src/core/lifecycle/reconcile-actions";
import { serialFromYmd } from "../../../src/core/model/excel-date";
import type { CellValue } from "../../../src/core/model/cells";
import { sheetCells, sheetFormats } from "./sheet-cells";

const day = (y: number, m: number, d: number) => serialFromYmd(y, m, d);

const RECORD: ActionRecord = {
  agent: "Agent",
  key: "CustomerId=CID-1",
  account: "CID-1",
  name: "Alpha Ltd",
  summary: "Fix CID-1",
  description: "Review pricing",
  assignee: "Ann Lee <ann@example.com>",
  dueDate: day(2025, 10, 28),
  expectedRevenue: 6.25,
  expectedProfit: 5,
  marginAtDetection: 0.1,
  revenueAtDetection: 1000,
  detected: day(2025, 10, 21),
  currentMargin: 0.1,
  currentRevenue: 1000,
  lastFlagged: day(2025, 10, 21),
  flagged: true,
  runChange: "Created",
  doneSeen: null,
  status: "Open",
  owner: "Bo",
  notes: "=not a formula",
  extra: { Region: "North", "Follow-up": day(2025, 11, 2) },
};

const table = {
  records: [RECORD],
  extraColumns: [
    { header: "Region", isDate: false },
    { header: "Follow-up", isDate: true },
  ],
};

describe("the Actions sheet written and read back", () => {
  it("round-trips every column, added ones included", () => {
    const sheet = actionsSheetOn(table, day(2025, 10, 21), "Run");
    expect(sheet.table.columns.slice(-2).map((c) => [c.header, c.format])).toEqual([
      ["Region", "text"],
      ["Follow-up", "date"],
    ]);
    // Title, two notes and a blank row above the header: the data row is the sheet's sixth (index 5).
    expect(readActionsSheet(sheetCells(sheet), { numberFormats: sheetFormats(sheet) })).toEqual({
      ...table,
      records: [{ ...RECORD, sheetRow: 5 }],
      // Where it was read: every column where the sheet put it.
      readLayout: {
        headerRow: 4,
        columns: sheet.table.columns.map((column, index) => ({ header: column.header, index })),
      },
    });
    // Without formats a serial in an added column cannot be told from a number: kept, as a number.
    const plain = readActionsSheet(sheetCells(sheet));
    expect(plain.extraColumns[1]).toEqual({ header: "Follow-up", isDate: false });
    expect(plain.records[0].extra["Follow-up"]).toBe(day(2025, 11, 2));
  });

  it("highlights open actions past their due date only", () => {
    const late = { ...RECORD, key: "CustomerId=CID-2", dueDate: day(2025, 10, 20) };
    const lateDone = { ...late, key: "CustomerId=CID-3", status: "Done" };
    const sheet = actionsSheetOn(
      { records: [RECORD, late, lateDone], extraColumns: [] },
      day(2025, 10, 21),
      "Run"
    );
    expect(sheet.table.highlights).toEqual([{ kind: "rows", rows: [1], style: "bad" }]);
    expect(sheet.title).toBe("Actions: 2 open, 1 overdue");
  });

  it("reads what a file reader gives: dates as JavaScript dates at UTC, typed ISO dates, moved columns, a header-less column", () => {
    const cells: CellValue[][] = [
      ["Actions: 1 open"],
      [],
      ["Key", "Notes", "Agent", "Status", "Due Date", "Detected", "", "Notes"],
      [
        "CustomerId=CID-1",
        "call",
        "Agent",
        "done",
        new Date(Date.UTC(2025, 10, 30)),
        "2025-10-21",
        "scribble",
        "second notes",
      ],
      [null, null, null, null, null, null, null, null],
      [null, "a row a user added", null, "Open", "next week", null, null, null],
    ];
    const read = readActionsSheet(cells);
    expect(read.extraColumns).toEqual([
      { header: "Column 7", isDate: false },
      { header: "Notes 2", isDate: false },
    ]);
    expect(read.records).toHaveLength(2);
    expect(read.records[0]).toMatchObject({
      key: "CustomerId=CID-1",
      agent: "Agent",
      status: "done",
      notes: "call",
      dueDate: day(2025, 11, 30),
      detected: day(2025, 10, 21),
      summary: null,
      extra: { "Column 7": "scribble", "Notes 2": "second notes" },
    });
    expect(read.records[1]).toMatchObject({
      key: "",
      agent: "",
      notes: "a row a user added",
      dueDate: "next week",
    });
  });

  it("reads an empty sheet as no actions", () => {
    expect(readActionsSheet([[], [null]])).toEqual({ records: [], extraColumns: [] });
  });
});

describe("patching the Actions sheet in place (co-authoring)", () => {
  it("writes only the engine's cells that changed, and appends new rows", () => {
    const sheet = actionsSheetOn(
      {
        records: [{ ...RECORD, status: "Postponed", dueDate: day(2025, 10, 25) }],
        extraColumns: table.extraColumns,
      },
      day(2025, 10, 21),
      "Run"
    );
    const before = readActionsSheet(sheetCells(sheet), { numberFormats: sheetFormats(sheet) });
    const planned = [
      {
        key: "CustomerId=CID-1",
        account: "CID-1",
        name: "Alpha Ltd",
        summary: "s",
        description: "d",
        assignee: "",
        dueDate: day(2025, 11, 4),
        expectedRevenue: 1,
        expectedProfit: 1,
      },
      {
        key: "CustomerId=CID-2",
        account: "CID-2",
        name: null,
        summary: "New",
        description: "d",
        assignee: "",
        dueDate: day(2025, 11, 4),
        expectedRevenue: 2,
        expectedProfit: 1,
      },
    ];
    const snapshot = () => ({ margin: 0.12, annualRevenue: 1000 });
    const after = reconcileActions(before, planned, {
      agent: "Agent",
      schedule: { start: "2025-10-21T09:00", period: "week", interval: 1 },
      runDate: day(2025, 10, 28),
      snapshot,
    }).table;
    const patch = actionsPatch(before, after);
    // CID-1 was postponed to Oct 25: reopened; its current margin, last flagged date and run change are refreshed.
    expect(patch.updates.map((u) => [u.sheetRow, u.header, u.value])).toEqual([
      [5, "Status", "Open"],
      [5, "Current Margin", 0.12],
      [5, "This Run", "Reopened"],
      [5, "Last Flagged", day(2025, 10, 28)],
    ]);
    expect(patch.appended).toHaveLength(1);
    expect(patch.appended[0]).toMatchObject({
      Status: "Open",
      Account: "CID-2",
      Summary: "New",
      Key: "CustomerId=CID-2",
      Region: null,
      "This Run": "Created",
    });
  });
});

describe("the comment that notifies an assignee", () => {
  it("mentions an assignee given by email (with or without a name)", () => {
    expect(parseAssignee("Ann Lee <ann@example.com>")).toEqual({
      name: "Ann Lee",
      email: "ann@example.com",
    });
    expect(parseAssignee(" bo@example.com ")).toEqual({ name: "bo", email: "bo@example.com" });
    expect(parseAssignee("Cy")).toEqual({ name: "Cy", email: null });
    expect(parseAssignee(null)).toBeNull();
    expect(actionComment({ ...RECORD, summary: "Margin <5% on CID-1" }, "2025-10-28")).toEqual({
      richContent:
        '<at id="0">Ann Lee</at> new action for you: Margin \u20395% on CID-1, due 2025-10-28. See the Actions sheet.',
      mentions: [{ id: 0, name: "Ann Lee", email: "ann@example.com" }],
      plainText:
        "@Ann Lee new action for you: Margin <5% on CID-1, due 2025-10-28. See the Actions sheet.",
    });
  });

  it("writes a plain comment when the assignee has no email, or there is none", () => {
    expect(actionComment({ ...RECORD, assignee: "Cy" }, "2025-10-28")).toEqual({
      richContent: "Cy: new action: Fix CID-1, due 2025-10-28. See the Actions sheet.",
      mentions: [],
      plainText: "Cy: new action: Fix CID-1, due 2025-10-28. See the Actions sheet.",
    });
    expect(actionComment({ ...RECORD, assignee: null }, "").plainText).toBe(
      "New action: Fix CID-1. See the Actions sheet."
    );
  });
});
