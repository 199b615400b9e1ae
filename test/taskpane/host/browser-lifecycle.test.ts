import ExcelJS from "exceljs";
import type { AgentDocument } from "../../../src/core/model/document";
import { ApprovalError } from "../../../src/core/lifecycle/approval";
import { AgentInputError, CancelledError } from "../../../src/core/model/errors";
import type { SheetDescription } from "../../../src/core/model/sheet";
import { buildResultSheets } from "../../../src/core/report/result-sheets";
import { BrowserHost } from "../../../src/taskpane/host/browser-host";
import { BrowserLifecycle, KEPT_IN_THE_REPORT } from "../../../src/taskpane/host/browser-lifecycle";
import type { PerformRun } from "../../../src/taskpane/host/host";
import { readLifecycleCells } from "../../../src/taskpane/host/previous-report";
import { renderReport } from "../../../src/xlsx/render-workbook";
import { agent, resultOf, WEEK_1, WEEK_2 } from "../../excel/lifecycle-fixtures";

/**
 * Outside Excel the report is the store (as for the command line): a run's download carries the
 * Actions, Run Log and Agent Status sheets, and uploading it before the next run carries on the
 * team's edits. The agent (fixtures) flags A and C in week 1, A, C and D in week 2.
 */
const ZONE = "UTC";
let clock: Date;
let doc: AgentDocument;

beforeEach(() => {
  clock = new Date("2025-10-21T10:00:00Z");
  doc = agent();
});

function lifecycle(): BrowserLifecycle {
  return new BrowserLifecycle(readLifecycleCells, () => clock, ZONE);
}

function upload(name: string, bytes: Uint8Array): File {
  return {
    name,
    arrayBuffer: async () =>
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  } as unknown as File;
}

/** A run as the pane performs it, keeping the report it would offer for download. */
function perform(lines = WEEK_1, report: { sheets?: SheetDescription[] } = {}): PerformRun {
  return async (add) => {
    const result = resultOf(lines, doc, clock);
    const resultSheets = buildResultSheets(result, doc);
    report.sheets = add ? add(result, resultSheets) : resultSheets;
    return { result, delivered: { sheets: report.sheets.map((s) => s.name), notices: [] } };
  };
}

async function workbookOf(sheets: readonly SheetDescription[]): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await renderReport(sheets)) as unknown as ExcelJS.Buffer);
  return book;
}

/** Rows of the Actions table as header -> text. */
function actionRows(book: ExcelJS.Workbook): Record<string, string>[] {
  const sheet = book.getWorksheet("Actions")!;
  let headerRow = 0;
  sheet.eachRow((row, r) => {
    if (!headerRow && row.values && (row.values as unknown[]).includes("Key")) headerRow = r;
  });
  const headers = (sheet.getRow(headerRow).values as unknown[]).map((v) => String(v ?? ""));
  const rows: Record<string, string>[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (!row.hasValues) continue;
    rows.push(
      Object.fromEntries(headers.map((h, c) => [h, row.getCell(c).text]).filter(([h]) => h !== ""))
    );
  }
  return rows;
}

test("a run's report carries the lifecycle sheets: Actions and Impact Tracking after Impact, Run Log and Agent Status last", async () => {
  const report: { sheets?: SheetDescription[] } = {};
  const outcome = await lifecycle().runManually(doc, perform(WEEK_1, report));
  expect(outcome.kind).toBe("ran");
  const names = report.sheets!.map((s) => s.name);
  expect(names.slice(names.indexOf("Impact"), names.indexOf("Impact") + 3)).toEqual([
    "Impact",
    "Actions",
    "Impact Tracking",
  ]);
  expect(names.slice(-2)).toEqual(["Run Log", "Agent Status"]);
  expect(outcome.record.changes).toMatchObject({
    created: ["CustomerId=A", "CustomerId=C"],
    kept: [],
  });
  expect(outcome.record.view).toMatchObject({
    actions: { total: 2, open: 2 },
    continuedFrom: null,
  });
});

test("the team's edits to the downloaded report survive the next run, and the counts say what happened", async () => {
  const first: { sheets?: SheetDescription[] } = {};
  await lifecycle().runManually(doc, perform(WEEK_1, first));
  const book = await workbookOf(first.sheets!);
  // The team: A is done (with a note), C is blocked (with an owner), and a column of their own.
  const sheet = book.getWorksheet("Actions")!;
  let headerRow = 0;
  sheet.eachRow((row, r) => {
    if (!headerRow && (row.values as unknown[]).includes("Key")) headerRow = r;
  });
  const header = (name: string) => (sheet.getRow(headerRow).values as unknown[]).indexOf(name);
  const rowOf = (account: string) => {
    for (let r = headerRow + 1; r <= sheet.rowCount; r++)
      if (sheet.getRow(r).getCell(header("Account")).text === account) return sheet.getRow(r);
    throw new Error(`no row for ${account}`);
  };
  const extra = sheet.getRow(headerRow).cellCount + 1;
  sheet.getRow(headerRow).getCell(extra).value = "Region";
  rowOf("A").getCell(header("Status")).value = "Done";
  rowOf("A").getCell(header("Notes")).value = "Price list raised 3%";
  rowOf("A").getCell(extra).value = "North";
  rowOf("C").getCell(header("Status")).value = "Blocked";
  rowOf("C").getCell(header("Owner")).value = "Bo Berg";
  const edited = new Uint8Array(await book.xlsx.writeBuffer());

  const next = lifecycle();
  const view = await next.continueFrom(upload("last week.xlsx", edited), doc);
  expect(view).toMatchObject({ continuedFrom: "last week.xlsx", actions: { total: 2, open: 0 } });
  expect(view.runLog).toHaveLength(1);

  clock = new Date("2025-10-28T10:00:00Z");
  const second: { sheets?: SheetDescription[] } = {};
  const outcome = await next.runManually(doc, perform(WEEK_2, second));
  // A is done (due 2025-10-28: not more than one period past it), C blocked and flagged again, D new.
  expect(outcome.record.changes).toMatchObject({
    created: ["CustomerId=D"],
    kept: ["CustomerId=C"],
    reopened: [],
    recreated: [],
  });
  const rows = actionRows(await workbookOf(second.sheets!));
  expect(rows.map((r) => [r.Account, r.Status, r.Owner, r.Notes, r.Region, r["This Run"]])).toEqual(
    [
      ["A", "Done", "", "Price list raised 3%", "North", "Unchanged"],
      ["C", "Blocked", "Bo Berg", "", "", "Kept"],
      ["D", "Open", "", "", "", "Created"],
    ]
  );
  const runLog = second.sheets!.find((s) => s.name === "Run Log")!;
  expect(runLog.table.rows.map((r) => [r.Trigger, r.Created, r.Kept])).toEqual([
    ["manual", 2, 0],
    ["manual", 1, 1],
  ]);
});

test("a workbook that is no report is refused in plain words", async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Sales").addRow(["Customer Id"]);
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  const refused = lifecycle().continueFrom(upload("sales.xlsx", bytes), doc);
  await expect(refused).rejects.toBeInstanceOf(AgentInputError);
  await expect(refused).rejects.toThrow(
    "'sales.xlsx' has no Actions, Run Log or Agent Status sheet, so it is not a report of the agent"
  );
  await expect(
    lifecycle().continueFrom(upload("notes.xlsx", new Uint8Array([1, 2, 3])), doc)
  ).rejects.toThrow("'notes.xlsx' could not be read as an .xlsx workbook");
});

test("approval is kept in the report: submit, approval by the submitter refused, approval by another user, in the next Agent Status", async () => {
  const store = lifecycle();
  const submitted = await store.decide(doc, { kind: "submit", by: "ann@example.com" });
  expect(submitted).toEqual({
    view: expect.objectContaining({ approval: expect.objectContaining({ status: "Submitted" }) }),
    notices: [KEPT_IN_THE_REPORT],
  });
  await expect(
    store.decide(doc, { kind: "approve", by: "ANN@example.com" })
  ).rejects.toBeInstanceOf(ApprovalError);
  await expect(store.decide(doc, { kind: "approve", by: "" })).rejects.toThrow(
    "Say who is going to approve the agent: a name or an email of a workbook user."
  );
  clock = new Date("2025-10-21T11:00:00Z");
  expect(
    (await store.decide(doc, { kind: "approve", by: "bo@example.com", note: "Go" })).view.approval
      .status
  ).toBe("Active");

  const report: { sheets?: SheetDescription[] } = {};
  await store.runManually(doc, perform(WEEK_1, report));
  const status = report.sheets!.find((s) => s.name === "Agent Status")!;
  expect(status.title).toBe("Unprofitable Account Agent: Active");
  expect(status.table.rows.map((r) => [r.By, r.Action, r.Note])).toEqual([
    ["ann@example.com", "Submitted", null],
    ["bo@example.com", "Approved", "Go"],
  ]);

  // Read back from the report, a changed definition sends it back to Draft.
  const again = lifecycle();
  await again.continueFrom(upload("report.xlsx", await renderReport(report.sheets!)), doc);
  const changed = { ...doc, action: { ...doc.action, topK: 5 } };
  expect((await again.read(doc)).approval.status).toBe("Active");
  expect((await again.definitionSaved(changed))?.approval.status).toBe("Draft");
  expect(await again.definitionSaved(changed)).toBeNull();
});

test("a failed run goes into the next report's Run Log; a cancelled run is not a run", async () => {
  const store = lifecycle();
  const failed = await store.runManually(doc, async () => {
    throw new AgentInputError("Sheet 'Sales' was not found.");
  });
  expect(failed).toMatchObject({ kind: "failed", record: { outcome: "Failed", changes: null } });
  await expect(
    store.runManually(doc, async () => {
      throw new CancelledError();
    })
  ).rejects.toBeInstanceOf(CancelledError);
  const report: { sheets?: SheetDescription[] } = {};
  await store.runManually(doc, perform(WEEK_1, report));
  const runLog = report.sheets!.find((s) => s.name === "Run Log")!;
  expect(runLog.table.rows.map((r) => [r.Outcome, r.Message])).toEqual([
    ["Failed", "Sheet 'Sales' was not found."],
    [
      "Completed",
      "2 flagged; actions: 2 created, 0 re-created, 0 reopened, 0 kept, 0 no longer flagged.",
    ],
  ]);
});

test("the browser host loads its lifecycle once, reading reports with the xlsx chunk", async () => {
  const browser = new BrowserHost("Browser: not running inside Office", null);
  const loaded = await browser.lifecycle();
  expect(await browser.lifecycle()).toBe(loaded);
  expect(loaded.store).toBe("the report");
  expect(loaded.continueFrom).toBeDefined();
});
