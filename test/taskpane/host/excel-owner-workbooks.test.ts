/**
 * The sales leads' workbooks inside Excel, against the in-memory workbook and office-addin-mock's
 * Office: each opened with Excel.createWorkbook(base64) where ExcelApi 1.8 is supported, else one
 * zip to download with the reason said; returned workbooks collected into the workbook's Actions
 * sheet by key, only the changed cells written, conflicts left as they were, and nothing written
 * when the rows moved since they were read.
 */
import JSZip from "jszip";
import type { AgentDocument } from "../../../src/core/model/document";
import type { ActionTable } from "../../../src/core/model/action-record";
import { buildResultSheets } from "../../../src/core/report/result-sheets";
import { NEW_WORKBOOKS_UNSUPPORTED } from "../../../src/excel/open-workbooks";
import * as store from "../../../src/functions/agent-results-store";
import { ExcelHost } from "../../../src/taskpane/host/excel-host";
import type { PerformRun } from "../../../src/taskpane/host/host";
import { FakeExcel } from "../../excel/fake-excel";
import {
  agent,
  changedCells,
  header,
  installOffice,
  removeOffice,
  resultOf,
  snapshot,
  tableRows,
  WEEK_1,
  ZONE,
} from "../../excel/lifecycle-fixtures";

let excel: FakeExcel;
let doc: AgentDocument;
let created: string[];
const clock = new Date("2025-10-21T10:00:00Z");

beforeEach(() => {
  excel = new FakeExcel().install();
  created = [];
  (globalThis as unknown as { Excel: Record<string, unknown> }).Excel.createWorkbook = async (
    base64: string
  ) => {
    created.push(base64);
  };
  doc = agent();
  store.clearAgentResults();
  jest.spyOn(store, "recalculateAgentResults").mockResolvedValue(undefined);
  (URL as unknown as { createObjectURL: (blob: Blob) => string }).createObjectURL = () =>
    "blob:owners";
  (URL as unknown as { revokeObjectURL: (url: string) => void }).revokeObjectURL = () => {};
});

afterEach(() => {
  jest.restoreAllMocks();
  removeOffice();
});

const host = () => new ExcelHost("Excel (PC)", { now: () => clock, fallbackTimeZone: ZONE });
const FILES = [
  { fileName: "Ann Lee.xlsx", bytes: new Uint8Array([80, 75, 3, 4, 1, 2, 3]) },
  { fileName: "Bo Chen.xlsx", bytes: new Uint8Array([80, 75, 3, 4, 9]) },
];

test("with ExcelApi 1.8 each workbook is opened as a new workbook from its base64", async () => {
  installOffice(["ExcelApi 1.8"]);
  const delivered = await host().deliverOwnerWorkbooks(FILES, "owners.zip");
  expect(delivered).toEqual({ kind: "opened", count: 2 });
  expect(created).toEqual(["UEsDBAECAw==", "UEsDBAk="]);
});

test("without ExcelApi 1.8 they come as one zip to download, and the pane says why", async () => {
  installOffice(["ExcelApi 1.7"]);
  const delivered = await host().deliverOwnerWorkbooks(FILES, "owners.zip");
  expect(created).toEqual([]);
  expect(delivered).toMatchObject({
    kind: "download",
    why: NEW_WORKBOOKS_UNSUPPORTED,
    download: { fileName: "owners.zip", url: "blob:owners" },
  });
});

test("the zip holds each workbook byte for byte under its name", async () => {
  const { zipWorkbooks } = await import("../../../src/taskpane/host/owner-files");
  const zip = await JSZip.loadAsync(zipWorkbooks(FILES));
  expect(Object.keys(zip.files)).toEqual(["Ann Lee.xlsx", "Bo Chen.xlsx"]);
  expect([...(await zip.files["Bo Chen.xlsx"].async("uint8array"))]).toEqual([80, 75, 3, 4, 9]);
});

/** The pane's run: compute, then write the result sheets through the host. */
function perform(excelHost: ExcelHost): PerformRun {
  return async () => {
    const result = resultOf(WEEK_1, doc, clock);
    const delivered = await excelHost.deliverResults(buildResultSheets(result, doc), {
      anchorDate: "2025-10-21",
      agentName: doc.name,
    });
    return { result, delivered };
  };
}

/** A returned workbook's action list: the master's records with some fields changed. */
function returned(
  master: ActionTable,
  edits: Record<string, Partial<Record<"status" | "notes", string>>>
): ActionTable {
  return {
    ...master,
    records: master.records.map((record) => ({ ...record, ...(edits[record.key] ?? {}) })),
  };
}

test("collecting writes the changes taken into the Actions sheet's cells, and only those", async () => {
  installOffice(["ExcelApi 1.11"]);
  const excelHost = host();
  const lifecycle = await excelHost.lifecycle();
  await lifecycle.runManually(doc, perform(excelHost));
  const { actions: master } = await lifecycle.masterActions(doc);
  expect(master.records.map((r) => r.key)).toEqual(["CustomerId=A", "CustomerId=C"]);
  const sheet = excel.workbook.sheet("Actions");
  const before = snapshot(sheet);

  const collected = await lifecycle.collectReturned(doc, [
    {
      file: "Ann Lee.xlsx",
      actions: returned(master, { "CustomerId=A": { status: "Done", notes: "Repriced" } }),
      sent: null,
    },
    {
      file: "Ann Lee (2).xlsx",
      actions: returned(master, { "CustomerId=A": { status: "Blocked" } }),
      sent: null,
    },
  ]);
  expect(collected.into).toBe("this workbook");
  expect(collected.download).toBeNull();
  expect(collected.outcome.updates.map((u) => [u.key, u.field, u.to])).toEqual([
    ["CustomerId=A", "notes", "Repriced"],
  ]);
  expect(collected.outcome.conflicts.map((c) => [c.key, c.field, c.reason])).toEqual([
    ["CustomerId=A", "status", "edited differently in two workbooks"],
  ]);
  const { headerRow, headers } = header(sheet, "Key");
  expect(changedCells(before, snapshot(sheet))).toEqual([
    `${headerRow + 1},${headers.indexOf("Notes")}`,
  ]);
  expect(tableRows(sheet, "Key").map((r) => [r.Account, r.Status, r.Notes])).toEqual([
    ["A", "Open", "Repriced"],
    ["C", "Open", ""],
  ]);
});

test("rows sorted between reading and writing: nothing is written, the user is told to collect again", async () => {
  installOffice(["ExcelApi 1.11"]);
  const excelHost = host();
  const lifecycle = await excelHost.lifecycle();
  await lifecycle.runManually(doc, perform(excelHost));
  const { actions: master } = await lifecycle.masterActions(doc);
  const sheet = excel.workbook.sheet("Actions");
  const { headerRow, headers } = header(sheet, "Key");
  // The team sorts the sheet while the pane reads the returned files.
  const realRun = (globalThis as unknown as { Excel: { run: typeof Excel.run } }).Excel.run;
  let runs = 0;
  let sorted = new Map<string, string>();
  (globalThis as unknown as { Excel: { run: unknown } }).Excel.run = async (
    batch: (context: unknown) => Promise<unknown>
  ) => {
    if (++runs === 2) {
      const key = headers.indexOf("Key");
      const [a, c] = [sheet.value(headerRow + 1, key), sheet.value(headerRow + 2, key)];
      sheet.setCell(headerRow + 1, key, c);
      sheet.setCell(headerRow + 2, key, a);
      sorted = snapshot(sheet);
    }
    return (realRun as (b: typeof batch) => Promise<unknown>)(batch);
  };
  await expect(
    lifecycle.collectReturned(doc, [
      {
        file: "Ann Lee.xlsx",
        actions: returned(master, { "CustomerId=A": { notes: "Repriced" } }),
        sent: null,
      },
    ])
  ).rejects.toThrow(
    "The 'Actions' sheet changed while the workbooks were collected (rows edited, added or sorted), so nothing was written; collect again."
  );
  expect(sorted.size).toBeGreaterThan(0);
  expect(changedCells(sorted, snapshot(sheet))).toEqual([]);
});
