/**
 * The sales leads' workbooks outside Office, at the task pane's width: run on the sample, prepare
 * the workbooks (a zip download holding one workbook per owner of the sample's Owners sheet,
 * each without any other owner's names, e-mails, account ids or account names: the command
 * line's leak check), then two sales leads' edits come back (edited with exceljs, one action
 * edited differently in both) and the pane lists the changes taken and the conflict, and offers
 * the report with exactly those changes. Screenshots go to test-artifacts/e2e/.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { allXml, occursOutside, sampleOwners, type Owner } from "../helpers/owner-leaks";
import { ARTIFACTS } from "./build";
import {
  SAMPLE,
  shot,
  startPaneSession,
  uploadSample,
  useSampleAnchorDate,
  type PaneSession,
} from "./pane";
import { loadWorkbook } from "./workbook";

const OUT = join(ARTIFACTS, "owner-workbooks");
let session: PaneSession;

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  session = await startPaneSession();
});

afterAll(async () => {
  await session?.close();
});

/** CustomerId -> Customer Name, from the sample's transactions (exceljs, not the agent). */
async function accountNames(): Promise<Map<string, string>> {
  const book = await loadWorkbook(SAMPLE);
  const names = new Map<string, string>();
  book.getWorksheet("Transactions")!.eachRow((row, n) => {
    if (n > 1) names.set(String(row.getCell(1).value), String(row.getCell(2).value));
  });
  return names;
}

async function downloadTo(page: Page, testId: string, name: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId(testId).click(),
  ]);
  const path = join(OUT, name);
  await file.saveAs(path);
  return path;
}

/** axe-core's serious and critical findings in one part of the page (not in Fluent's focus traps). */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({
    content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"),
  });
  return page.evaluate(async (context) => {
    interface Violation {
      id: string;
      impact: string | null;
      nodes: { target: string[] }[];
    }
    const axe = (
      window as unknown as { axe: { run(c: string): Promise<{ violations: Violation[] }> } }
    ).axe;
    const { violations } = await axe.run(context);
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`))
      .filter(
        (found) => !document.querySelector(found.split(": ")[1])?.closest("[data-tabster-dummy]")
      );
  }, selector);
}

/** The Actions sheet's header row and a column by header (the sheet the workbook comes back with). */
function actions(book: ExcelJS.Workbook) {
  const sheet = book.getWorksheet("Actions")!;
  let header = 0;
  sheet.eachRow((row, r) => {
    if (header === 0 && row.getCell(1).text === "Status") header = r;
  });
  const headers = sheet.getRow(header).values as unknown[];
  const column = (name: string) => headers.indexOf(name);
  const rows: ExcelJS.Row[] = [];
  for (let r = header + 1; r <= sheet.rowCount; r++)
    if (sheet.getRow(r).getCell(column("Key")).text !== "") rows.push(sheet.getRow(r));
  return { column, rows };
}

test("prepare on the sample: one workbook per owner, none with another owner's data; collect two edited ones", async () => {
  const page = await session.open();
  await uploadSample(page);
  await useSampleAnchorDate(page);
  await page.getByTestId("step-summary").click();
  await page.getByTestId("run").click();
  await page.getByTestId("run-record-message").waitFor({ timeout: 120_000 });

  // Prepare: a zip of the Owners sheet's owners, the account nobody owns listed in the pane.
  await page.getByTestId("prepare-owner-workbooks").click();
  await page.getByTestId("owner-workbooks-download").waitFor({ timeout: 60_000 });
  const owners = await sampleOwners(SAMPLE);
  const names = await accountNames();
  // Listed capped at 10, with "N workbooks: show all".
  const prepared = page.getByTestId("owner-workbooks-list");
  await expect(prepared.locator("li").count()).resolves.toBe(Math.min(10, owners.size));
  if (owners.size > 10) {
    await page.getByRole("button", { name: `${owners.size} workbooks: show all` }).click();
    await expect(prepared.locator("li").count()).resolves.toBe(owners.size);
  }
  await expect(page.getByTestId("owner-workbooks-unowned").textContent()).resolves.toContain(
    `CID-0001 ${names.get("CID-0001")}`
  );
  await page.getByTestId("owner-workbooks").scrollIntoViewIfNeeded();
  await shot(page, "45-owner-workbooks-prepared");
  const zipPath = await downloadTo(page, "owner-workbooks-download", "owners.zip");
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  const files = Object.keys(zip.files).sort();
  expect(files).toEqual([...owners.keys()].map((name) => `${name}.xlsx`).sort());
  for (const file of files)
    writeFileSync(join(OUT, file), await zip.files[file].async("uint8array"));

  // The leak check of the command line's test, on the pane's files.
  const leaks: string[] = [];
  for (const owner of owners.values()) {
    const xml = await allXml(join(OUT, `${owner.name}.xlsx`));
    expect(owner.ids.some((id) => xml.includes(id))).toBe(true);
    const others = [...owners.values()].filter((other) => other !== owner);
    const strangers = [
      ...others.flatMap((other: Owner) => [other.name, other.email, ...other.ids]),
      ...others.flatMap((other) => other.ids.map((id) => names.get(id)!)),
      "CID-0001",
      names.get("CID-0001")!,
    ];
    const own = owner.ids.map((id) => names.get(id)!);
    for (const text of strangers)
      if (occursOutside(xml, text, own)) leaks.push(`${owner.name}: ${text}`);
  }
  expect(leaks).toEqual([]);

  // Two edited copies of one owner's workbook come back: the second renamed by a colleague.
  let chosen = "";
  for (const owner of owners.keys()) {
    const book = await loadWorkbook(join(OUT, `${owner}.xlsx`));
    if (actions(book).rows.length >= 2) chosen = owner;
  }
  expect(chosen).not.toBe("");
  const first = await loadWorkbook(join(OUT, `${chosen}.xlsx`));
  const a = actions(first);
  const [keyA, keyB] = a.rows.map((row) => row.getCell(a.column("Key")).text);
  a.rows[0].getCell(a.column("Status")).value = "Done";
  a.rows[0].getCell(a.column("Notes")).value = "Repriced: list price +3%";
  const edited = join(OUT, "returned", `${chosen}.xlsx`);
  mkdirSync(join(OUT, "returned"), { recursive: true });
  await first.xlsx.writeFile(edited);
  const second = await loadWorkbook(join(OUT, `${chosen}.xlsx`));
  const b = actions(second);
  b.rows[0].getCell(b.column("Status")).value = "Blocked";
  b.rows[1].getCell(b.column("Notes")).value = "Waiting for the buyer's reply";
  const reviewed = join(OUT, "returned", `${chosen} (reviewed).xlsx`);
  await second.xlsx.writeFile(reviewed);

  await page.getByTestId("collect-owner-workbooks-input").setInputFiles([edited, reviewed]);
  await page.getByTestId("collected-headline").waitFor({ timeout: 60_000 });
  const headline = (await page.getByTestId("collected-headline").textContent()) ?? "";
  expect(headline).toMatch(
    /^Collected 2 workbooks into .+\.xlsx: 2 changes taken, 1 conflict left as it was\.$/
  );
  const changes = await page.getByTestId("collected-changes").locator("li").allTextContents();
  expect(changes).toEqual([
    `${keyA} Notes: (blank) -> "Repriced: list price +3%" (${chosen}.xlsx)`,
    `${keyB} Notes: (blank) -> "Waiting for the buyer's reply" (${chosen} (reviewed).xlsx)`,
  ]);
  const conflicts = await page.getByTestId("collected-conflicts").locator("li").allTextContents();
  expect(conflicts).toEqual([
    `${keyA} Status, edited differently in two workbooks: report "Open"; ${chosen}.xlsx "Done"; ${chosen} (reviewed).xlsx "Blocked"`,
  ]);
  expect(await seriousViolations(page, '[data-testid="owner-workbooks"]')).toEqual([]);
  await page.getByTestId("collected").scrollIntoViewIfNeeded();
  await shot(page, "46-owner-workbooks-collected");

  // The report offered back holds exactly the changes taken; the conflicting status is as it was.
  const report = await loadWorkbook(await downloadTo(page, "collected-download", "collected.xlsx"));
  const master = actions(report);
  const row = (key: string) =>
    master.rows.find((r) => r.getCell(master.column("Key")).text === key)!;
  expect(row(keyA).getCell(master.column("Notes")).text).toBe("Repriced: list price +3%");
  expect(row(keyA).getCell(master.column("Status")).text).toBe("Open");
  expect(row(keyB).getCell(master.column("Notes")).text).toBe("Waiting for the buyer's reply");
  expect(session.consoleErrors).toEqual([]);
});
