/**
 * The pane's preparing of the sales leads' workbooks, with the host's storage stood in for: the
 * owners come from the workbook's Owners sheet, each owner's workbook holds their accounts only
 * under the command line's file name, the account nobody owns and the two owners of one account
 * are said, and what each workbook was sent with is kept for collecting.
 */
import JSZip from "jszip";
import { AgentInputError } from "../../../src/core/model/errors";
import type { SourceSheet } from "../../../src/core/model/source";
import type {
  LifecycleHost,
  OwnerWorkbookFile,
  TaskPaneHost,
} from "../../../src/taskpane/host/host";
import { prepareOwnerWorkbooks } from "../../../src/taskpane/session/owner-workbooks";
import { agent, resultOf, WEEK_1 } from "../../excel/lifecycle-fixtures";

const at = new Date("2025-10-21T10:00:00Z");

function hostWith(owners: SourceSheet | null, delivered: OwnerWorkbookFile[]): TaskPaneHost {
  return {
    loadSheet: async (name: string) => {
      if (!owners || name !== "Owners") throw new AgentInputError(`Sheet '${name}' was not found.`);
      return owners;
    },
    deliverOwnerWorkbooks: async (files: readonly OwnerWorkbookFile[]) => {
      delivered.push(...files);
      return { kind: "opened", count: files.length };
    },
  } as unknown as TaskPaneHost;
}

const lifecycle = {
  masterActions: async () => ({ actions: { records: [], extraColumns: [] }, timeZone: "UTC" }),
} as unknown as LifecycleHost;

const OWNERS: SourceSheet = {
  name: "Owners",
  headers: ["Customer Id", "Account Owner", "E-mail"],
  blocks: [
    {
      firstRowNumber: 2,
      rows: [
        ["A", "Ann: Lee", "ann@example.com"],
        ["B", "Bo Chen", "bo@example.com"],
        ["A", "Bo Chen", "bo@example.com"],
      ],
    },
  ],
};

test("one workbook per owner of the Owners sheet, under the command line's safe names", async () => {
  const delivered: OwnerWorkbookFile[] = [];
  const doc = agent();
  const prepared = await prepareOwnerWorkbooks(hostWith(OWNERS, delivered), lifecycle, {
    doc,
    result: resultOf(WEEK_1, doc, at),
    now: at,
  });
  expect(prepared.packs).toEqual([
    { owner: "Ann: Lee", fileName: "Ann_ Lee.xlsx", accounts: 1, flagged: 1, actions: 0 },
    { owner: "Bo Chen", fileName: "Bo Chen.xlsx", accounts: 1, flagged: 0, actions: 0 },
  ]);
  expect(prepared.delivered).toEqual({ kind: "opened", count: 2 });
  expect(delivered.map((file) => file.fileName)).toEqual(["Ann_ Lee.xlsx", "Bo Chen.xlsx"]);
  // Ann's workbook: her account A, none of Bo's (B) nor the unowned C.
  const xml = await allText(delivered[0].bytes);
  expect(xml).toContain(">A<");
  expect(xml).not.toMatch(/>[BC]<|[BC] Ltd/);
  expect(prepared.unowned).toEqual([{ customerId: "C", customerName: "C Ltd", flagged: true }]);
  expect(prepared.warnings).toEqual([
    "A (A Ltd) has two owners in the owners table: Ann: Lee (row 2) and Bo Chen (row 4); Ann: Lee is kept (the first row wins).",
  ]);
});

test("what each workbook was sent with is kept by its file name, for collecting", async () => {
  const doc = agent();
  const prepared = await prepareOwnerWorkbooks(hostWith(OWNERS, []), lifecycle, {
    doc,
    result: resultOf(WEEK_1, doc, at),
    now: at,
  });
  expect([...prepared.sent.keys()]).toEqual(["ann_ lee.xlsx", "bo chen.xlsx"]);
});

test("without an Owners sheet or owner column nobody gets a workbook, and every account is listed", async () => {
  const delivered: OwnerWorkbookFile[] = [];
  const doc = agent({ assignee: "" });
  const prepared = await prepareOwnerWorkbooks(hostWith(null, delivered), lifecycle, {
    doc,
    result: resultOf(WEEK_1, doc, at),
    now: at,
  });
  expect(prepared.packs).toEqual([]);
  expect(prepared.delivered).toBeNull();
  expect(delivered).toEqual([]);
  expect(prepared.unowned.map((account) => account.customerId)).toEqual(["A", "B", "C"]);
});

async function allText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(Object.values(zip.files).map((entry) => entry.async("string")));
  return parts.join("\n");
}
