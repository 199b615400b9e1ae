/**
 * The agent's lifecycle outside Office: the report is the store. Run on the sample,
 * download the report, let "the team" edit its Actions sheet (a Done action with a note, a
 * Blocked one with an owner, a column of their own), upload it as the previous report, approve
 * the agent, run again, and check in the new report that nothing typed was lost and that the
 * counts the pane showed are the workbook's. Screenshots go to test-artifacts/e2e/.
 */
import ExcelJS from "exceljs";
import { join } from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS } from "./build";
import { shot, shownNumber, paneSession, uploadSample, useSampleAnchorDate } from "./pane";
import { loadWorkbook } from "./workbook";

const session = paneSession();

interface ActionsTable {
  readonly sheet: ExcelJS.Worksheet;
  readonly headerRow: number;
  column(header: string): number;
  /** Data rows, top to bottom. */
  rows(): ExcelJS.Row[];
}

function actionsTable(book: ExcelJS.Workbook): ActionsTable {
  const sheet = book.getWorksheet("Actions")!;
  let headerRow = 0;
  sheet.eachRow((row, r) => {
    if (headerRow === 0 && row.getCell(1).text === "Status") headerRow = r;
  });
  if (headerRow === 0)
    throw new Error("test: the Actions sheet has no header row starting with Status");
  const headers = () =>
    Array.from(
      { length: sheet.getRow(headerRow).cellCount },
      (_, i) => sheet.getRow(headerRow).getCell(i + 1).text
    );
  return {
    sheet,
    headerRow,
    column(header) {
      const index = headers().indexOf(header);
      if (index < 0) throw new Error(`test: no column '${header}' in ${headers().join(", ")}`);
      return index + 1;
    },
    rows() {
      const rows: ExcelJS.Row[] = [];
      for (let r = headerRow + 1; r <= sheet.rowCount; r++)
        if (sheet.getRow(r).getCell(1).text !== "") rows.push(sheet.getRow(r));
      return rows;
    },
  };
}

async function runAndWait(page: Page, previousMessage: string | null): Promise<string> {
  await page.getByTestId("run").click();
  await page.waitForFunction(
    (before) => {
      const el = document.querySelector('[data-testid="run-record-message"]');
      return el !== null && el.textContent !== before;
    },
    previousMessage,
    { timeout: 90_000 }
  );
  return (await page.getByTestId("run-record-message").textContent()) ?? "";
}

async function download(page: Page, name: string): Promise<ExcelJS.Workbook> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download").click(),
  ]);
  const path = join(ARTIFACTS, name);
  await file.saveAs(path);
  return loadWorkbook(path);
}

test("the team's edits to the downloaded report survive the next run; approval goes with the report", async () => {
  const page = await session.open();
  await uploadSample(page);
  await useSampleAnchorDate(page);
  await page.getByTestId("step-summary").click();
  await page.getByTestId("lifecycle-limitation").first().waitFor();

  // First run: every planned action is new.
  const firstMessage = await runAndWait(page, null);
  const created = await shownNumber(page, "actions-created");
  expect(created).toBeGreaterThan(2);
  expect(await shownNumber(page, "actions-kept")).toBe(0);
  expect(firstMessage).toMatch(
    new RegExp(
      `^Recorded in the report: \\d+ flagged; actions: ${created} created, 0 re-created, 0 reopened, 0 kept, 0 no longer flagged\\.$`
    )
  );
  await shot(page, "11-lifecycle-first-run");
  const first = await download(page, "lifecycle-1.xlsx");
  const firstActions = actionsTable(first);
  expect(firstActions.rows()).toHaveLength(created);
  expect(firstActions.rows().map((r) => r.getCell(firstActions.column("This Run")).text)).toEqual(
    Array(created).fill("Created")
  );

  // The team works in the report: one action done with a note, one blocked with an owner, a column of their own.
  const [doneRow, blockedRow] = firstActions.rows();
  const doneKey = doneRow.getCell(firstActions.column("Key")).text;
  const blockedKey = blockedRow.getCell(firstActions.column("Key")).text;
  const region = firstActions.sheet.getRow(firstActions.headerRow).cellCount + 1;
  firstActions.sheet.getRow(firstActions.headerRow).getCell(region).value = "Region";
  doneRow.getCell(firstActions.column("Status")).value = "Done";
  doneRow.getCell(firstActions.column("Notes")).value = "Repriced in October; list price +3%";
  doneRow.getCell(region).value = "North";
  blockedRow.getCell(firstActions.column("Status")).value = "Blocked";
  blockedRow.getCell(firstActions.column("Owner")).value = "Bo Berg";
  blockedRow.getCell(region).value = "South";
  const edited = join(ARTIFACTS, "lifecycle-1-edited.xlsx");
  await first.xlsx.writeFile(edited);

  await page.getByTestId("previous-report-input").setInputFiles(edited);
  await expect(page.getByTestId("continued-from").textContent({ timeout: 30_000 })).resolves.toBe(
    `Continuing from lifecycle-1-edited.xlsx: ${created} actions (${created - 2} open), 1 run logged, Draft.`
  );

  // Approval: the submitter cannot approve; another user can.
  await page.getByTestId("approval-user").fill("ann@example.com");
  await page.getByTestId("approval-submit").click();
  await page.locator('[data-testid="approval-status"]', { hasText: "Submitted" }).waitFor();
  await page.getByTestId("approval-approve").click();
  await expect(page.getByTestId("approval-error").textContent()).resolves.toContain(
    "ann@example.com submitted the agent and cannot also approve it; another user of the workbook must approve it."
  );
  await shot(page, "12-lifecycle-approval-refused");
  await page.getByTestId("approval-user").fill("bo@example.com");
  await page.getByTestId("approval-note").fill("Weekly check approved");
  await page.getByTestId("approval-approve").click();
  await page.locator('[data-testid="approval-status"]', { hasText: "Active" }).waitFor();
  await expect(page.getByTestId("approval-history").locator("tbody tr").count()).resolves.toBe(2);

  // Second run: the blocked action and the other open ones are kept; the done one is left alone.
  const secondMessage = await runAndWait(page, firstMessage);
  const kept = await shownNumber(page, "actions-kept");
  const createdAgain = await shownNumber(page, "actions-created");
  expect(kept).toBe(created - 1);
  expect(createdAgain).toBe(0);
  expect(secondMessage).toContain(`actions: 0 created, 0 re-created, 0 reopened, ${kept} kept`);
  await shot(page, "13-lifecycle-second-run");

  const second = await download(page, "lifecycle-2.xlsx");
  const actions = actionsTable(second);
  const byKey = new Map(actions.rows().map((r) => [r.getCell(actions.column("Key")).text, r]));
  expect(byKey.size).toBe(created);
  const done = byKey.get(doneKey)!;
  expect(done.getCell(actions.column("Status")).text).toBe("Done");
  expect(done.getCell(actions.column("Notes")).text).toBe("Repriced in October; list price +3%");
  expect(done.getCell(actions.column("Region")).text).toBe("North");
  const blocked = byKey.get(blockedKey)!;
  expect(blocked.getCell(actions.column("Status")).text).toBe("Blocked");
  expect(blocked.getCell(actions.column("Owner")).text).toBe("Bo Berg");
  expect(blocked.getCell(actions.column("Region")).text).toBe("South");
  // The pane's counts are the workbook's.
  const thisRun = actions.rows().map((r) => r.getCell(actions.column("This Run")).text);
  expect(thisRun.filter((t) => t === "Kept")).toHaveLength(kept);
  expect(thisRun.filter((t) => t === "Created")).toHaveLength(createdAgain);
  expect(done.getCell(actions.column("This Run")).text).toBe("Unchanged");

  const runLog = second.getWorksheet("Run Log")!;
  let logHeader = 0;
  runLog.eachRow((row, r) => {
    if (logHeader === 0 && row.getCell(1).text === "Time") logHeader = r;
  });
  const logColumn = (name: string) =>
    Array.from(
      { length: runLog.getRow(logHeader).cellCount },
      (_, i) => runLog.getRow(logHeader).getCell(i + 1).text
    ).indexOf(name) + 1;
  const last = runLog.getRow(logHeader + 2);
  expect(runLog.getRow(logHeader + 3).getCell(1).text).toBe("");
  expect(Number(last.getCell(logColumn("Created")).value)).toBe(createdAgain);
  expect(Number(last.getCell(logColumn("Kept")).value)).toBe(kept);

  const status = second.getWorksheet("Agent Status")!;
  expect(status.getCell("A1").text).toBe("Unprofitable Account Agent: Active");
  const steps: string[] = [];
  status.eachRow((row) => {
    const texts = Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text);
    if (texts.includes("Submitted") || texts.includes("Approved"))
      steps.push(`${texts[1]} ${texts[2]}`);
  });
  expect(steps).toEqual(["ann@example.com Submitted", "bo@example.com Approved"]);

  // The schedule and its next runs are shown with the approval.
  await expect(page.getByTestId("next-runs").locator("li").count()).resolves.toBe(5);
  await page.getByTestId("schedule").scrollIntoViewIfNeeded();
  await shot(page, "14-lifecycle-schedule-approval");
  expect(session.consoleErrors).toEqual([]);
  await page.close();
});

test("a workbook that is not a report is refused in plain words", async () => {
  const page = await session.open();
  await page.getByTestId("step-summary").click();
  await page
    .getByTestId("previous-report-input")
    .setInputFiles(join(__dirname, "../../assets/sample-transactions.xlsx"));
  await expect(
    page.getByTestId("previous-report-error").textContent({ timeout: 30_000 })
  ).resolves.toContain(
    "'sample-transactions.xlsx' has no Actions, Run Log or Agent Status sheet, so it is not a report of the agent"
  );
  await page.close();
});
