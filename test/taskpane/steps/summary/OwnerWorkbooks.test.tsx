/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "util";
import { AgentInputError } from "../../../../src/core/model/errors";
import type { SourceSheet } from "../../../../src/core/model/source";
import type {
  DeliveredWorkbooks,
  LifecycleHost,
  OwnerWorkbookFile,
} from "../../../../src/taskpane/host/host";
import { OwnerWorkbooks } from "../../../../src/taskpane/steps/summary/OwnerWorkbooks";
import { agent, resultOf, WEEK_1 } from "../../../excel/lifecycle-fixtures";
import { fakeHost, renderStep } from "../step-harness";

// jsdom has no TextDecoder (every browser has): the workbooks' writer needs it.
Object.assign(globalThis, { TextDecoder, TextEncoder });

/**
 * After a run (week 1 flags A and C): the Owners sheet gives A to Ann: Lee and B to Bo Chen
 * (and A again to Bo, a second owner the pane warns about); C has no owner.
 */
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

const master = {
  masterActions: async () => ({ actions: { records: [], extraColumns: [] }, timeZone: "UTC" }),
} as unknown as LifecycleHost;

function renderAfterRun(
  owners: SourceSheet | null,
  deliver: (files: readonly OwnerWorkbookFile[]) => Promise<DeliveredWorkbooks>
) {
  const doc = agent();
  const result = resultOf(WEEK_1, doc, new Date("2025-10-21T10:00:00Z"));
  const host = fakeHost({
    loadSheet: async (name) => {
      if (!owners || name !== "Owners") throw new AgentInputError(`Sheet '${name}' was not found.`);
      return owners;
    },
    deliverOwnerWorkbooks: deliver,
    lifecycle: async () => master,
  });
  return renderStep(<OwnerWorkbooks result={result} doc={doc} />, { doc, session: { host } });
}

const prepare = async () => {
  fireEvent.click(screen.getByRole("button", { name: "Prepare workbooks for sales leads" }));
  // The first preparing loads the workbook writer: more than the default second on a busy machine.
  await screen.findByTestId("owner-workbooks-prepared", {}, { timeout: 15000 });
};

test("one workbook per owner with its file name, offered as one zip; the unowned account and the second owner said", async () => {
  const delivered: string[] = [];
  renderAfterRun(OWNERS, async (files) => {
    delivered.push(...files.map((f) => f.fileName));
    return { kind: "download", download: { fileName: "Owners.zip", url: "blob:owners", bytes: 9 } };
  });
  expect(screen.getByRole("region", { name: "Workbooks for sales leads" })).toBeTruthy();
  await prepare();
  expect(delivered).toEqual(["Ann_ Lee.xlsx", "Bo Chen.xlsx"]);
  const list = screen.getByRole("list", { name: "Workbooks prepared" });
  expect(
    within(list)
      .getAllByRole("listitem")
      .map((item) => item.textContent)
  ).toEqual([
    "Ann: Lee: 1 account, 1 flagged, 0 actions (Ann_ Lee.xlsx)",
    "Bo Chen: 1 account, 0 flagged, 0 actions (Bo Chen.xlsx)",
  ]);
  const download = screen.getByRole("link", { name: "Download 2 workbooks (.zip)" });
  expect(download.getAttribute("href")).toBe("blob:owners");
  expect(download.getAttribute("download")).toBe("Owners.zip");
  expect(
    screen.getByRole("heading", { level: 3, name: "Accounts without an owner: 1 (in no workbook)" })
  ).toBeTruthy();
  expect(screen.getByTestId("owner-workbooks-unowned").textContent).toBe("C C Ltd (flagged)");
  expect(screen.getByTestId("owner-workbooks-warning").textContent).toContain(
    "A (A Ltd) has two owners in the owners table: Ann: Lee (row 2) and Bo Chen (row 4); Ann: Lee is kept (the first row wins)."
  );
});

test("inside Excel the workbooks open as new workbooks, and the pane says how many", async () => {
  renderAfterRun(OWNERS, async (files) => ({ kind: "opened", count: files.length }));
  await prepare();
  expect(screen.getByRole("status").textContent).toBe(
    "Opened 2 new workbooks in Excel: save each and send it to its owner."
  );
  expect(screen.queryByRole("link", { name: /Download/ })).toBeNull();
});

test("without owners nobody gets a workbook, and the pane says where owners come from", async () => {
  const delivered: string[] = [];
  const doc = agent({ assignee: "" });
  const result = resultOf(WEEK_1, doc, new Date("2025-10-21T10:00:00Z"));
  renderStep(<OwnerWorkbooks result={result} doc={doc} />, {
    doc,
    session: {
      host: fakeHost({
        loadSheet: async (name) => {
          throw new AgentInputError(`Sheet '${name}' was not found.`);
        },
        deliverOwnerWorkbooks: async (files) => {
          delivered.push(...files.map((f) => f.fileName));
          return { kind: "opened", count: files.length };
        },
        lifecycle: async () => master,
      }),
    },
  });
  await prepare();
  expect(delivered).toEqual([]);
  expect(
    screen.getByText(
      "No account has an owner: add an Owners sheet (customer id, owner, e-mail) or an owner column to the data, then prepare again.",
      { exact: false }
    )
  ).toBeTruthy();
});

test("while preparing the buttons are disabled; a failure is named", async () => {
  let fail: (e: Error) => void = () => undefined;
  renderAfterRun(OWNERS, () => new Promise((_, reject) => (fail = reject)));
  fireEvent.click(screen.getByRole("button", { name: "Prepare workbooks for sales leads" }));
  expect(await screen.findByText("Preparing the workbooks…")).toBeTruthy();
  expect(
    screen
      .getByRole("button", { name: "Prepare workbooks for sales leads" })
      .hasAttribute("disabled")
  ).toBe(true);
  expect(
    screen.getByRole("button", { name: "Collect returned workbooks" }).hasAttribute("disabled")
  ).toBe(true);
  await act(async () => fail(new Error("The zip could not be written.")));
  const error = screen.getByTestId("owner-workbooks-error");
  expect(error.textContent).toContain("The workbooks could not be prepared");
  expect(error.textContent).toContain("The zip could not be written.");
  expect(
    screen
      .getByRole("button", { name: "Prepare workbooks for sales leads" })
      .hasAttribute("disabled")
  ).toBe(false);
});
