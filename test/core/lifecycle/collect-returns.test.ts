import { collectReturns } from "../../../src/core/lifecycle/collect-returns";
import type { ActionRecord, ActionTable } from "../../../src/core/model/action-record";
import type { SheetValue } from "../../../src/core/model/sheet";

function record(key: string, fields: Partial<ActionRecord> = {}, sheetRow = 5): ActionRecord {
  return {
    agent: "Agent",
    key,
    account: key.replace("CustomerId=", ""),
    name: null,
    summary: "Review pricing",
    description: null,
    assignee: null,
    dueDate: 46000,
    expectedRevenue: null,
    expectedProfit: null,
    marginAtDetection: null,
    revenueAtDetection: null,
    detected: null,
    currentMargin: null,
    currentRevenue: null,
    lastFlagged: null,
    flagged: true,
    runChange: "Created",
    doneSeen: null,
    status: "Open",
    owner: null,
    notes: null,
    extra: {},
    sheetRow,
    ...fields,
  };
}

const table = (...records: ActionRecord[]): ActionTable => ({ records, extraColumns: [] });
const sent = (status: string, notes: SheetValue = null, dueDate: SheetValue = 46000) =>
  ({ status, notes, dueDate }) as const;

test("retyped values are no edits: 'done ' is Done, a due date at another time of day is the same day", () => {
  const master = table(record("CustomerId=C1", { status: "Done" }));
  const outcome = collectReturns(master, [
    {
      file: "a.xlsx",
      actions: table(record("CustomerId=C1", { status: "done ", dueDate: 46000.75 })),
      sent: null,
    },
  ]);
  expect(outcome.updates).toEqual([]);
  expect(outcome.conflicts).toEqual([]);
});

test("a master changed since the workbook was sent wins nothing silently: it is a conflict", () => {
  const master = table(record("CustomerId=C1", { status: "Blocked" }, 7));
  const returned = {
    file: "a.xlsx",
    actions: table(record("CustomerId=C1", { status: "Done", notes: "called" })),
    sent: new Map([["CustomerId=C1", sent("Open")]]),
  };
  const outcome = collectReturns(master, [returned]);
  expect(outcome.conflicts).toEqual([
    {
      key: "CustomerId=C1",
      field: "status",
      master: "Blocked",
      returned: [{ file: "a.xlsx", value: "Done" }],
      reason: "changed in the master too since the workbooks were prepared",
    },
  ]);
  // The note was not touched in the master: it is taken.
  expect(outcome.updates).toEqual([
    { key: "CustomerId=C1", field: "notes", from: null, to: "called", file: "a.xlsx", sheetRow: 7 },
  ]);
});

test("an owner who left a field as sent does not undo the master's later change", () => {
  const master = table(record("CustomerId=C1", { status: "Blocked" }));
  const outcome = collectReturns(master, [
    {
      file: "a.xlsx",
      actions: table(record("CustomerId=C1", { status: "Open" })),
      sent: new Map([["CustomerId=C1", sent("Open")]]),
    },
  ]);
  expect(outcome.updates).toEqual([]);
  expect(outcome.conflicts).toEqual([]);
});

test("two workbooks making the same edit agree; keys the master lacks are reported", () => {
  const master = table(record("CustomerId=C1"));
  const edited = table(record("CustomerId=C1", { status: "Done" }), record("CustomerId=C9"));
  const outcome = collectReturns(master, [
    { file: "a.xlsx", actions: edited, sent: null },
    { file: "b.xlsx", actions: edited, sent: null },
  ]);
  expect(outcome.updates.map((u) => [u.key, u.field, u.to])).toEqual([
    ["CustomerId=C1", "status", "Done"],
  ]);
  expect(outcome.unknown).toEqual([
    { file: "a.xlsx", key: "CustomerId=C9" },
    { file: "b.xlsx", key: "CustomerId=C9" },
  ]);
});
