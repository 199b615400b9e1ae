/**
 * The pane's layout and words at Excel's task-pane width (350 px), issue "The task pane a finance
 * user trusts on the first try": the compact stepper, the brand bar with its Help link, later steps
 * naming what is wrong, the window as dates, the rows behind the counts, "Fix first", progressive
 * disclosure and capped row lists. Screenshots go to test-artifacts/e2e/5x-*.png.
 */
import { join } from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS } from "./build";
import {
  brokenWords,
  openAdvanced,
  paneSession,
  SAMPLE,
  shot,
  shownNumber,
  uploadSample,
  useSampleAnchorDate,
} from "./pane";
import { loadWorkbook } from "./workbook";

const session = paneSession(350);

/** The stepper's buttons as a screen reader lists them, and the row they sit in. */
async function stepButtons(page: Page) {
  const toolbar = page.getByRole("toolbar", { name: "Agent set-up steps" });
  const names = await toolbar
    .getByRole("button")
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label") ?? ""));
  const tops = await toolbar
    .getByRole("button")
    .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
  return { names, rows: new Set(tops).size };
}

test("a compact stepper in one row, by keyboard, with done and problem marks", async () => {
  const page = await session.open();
  await expect(page.getByTestId("step-position").textContent()).resolves.toBe("Step 1 of 7: Data");
  const before = await stepButtons(page);
  expect(before.rows).toBe(1);
  expect(before.names).toEqual([
    "Step 1: Data",
    "Step 2: Series",
    "Step 3: Join",
    "Step 4: Contribution",
    "Step 5: Rules",
    "Step 6: Impact",
    "Step 7: Run",
  ]);
  // The brand bar does not repeat Office's title; its Help link goes to the help page.
  await expect(page.getByTestId("agent-name").textContent()).resolves.toBe("Built-in agent");
  await expect(page.getByTestId("help-link").getAttribute("href")).resolves.toBe("help.html#steps");
  await uploadSample(page);

  // One tab stop; the arrow keys move along the steps and Enter opens one.
  await page.getByTestId("step-data").focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(
    page.evaluate(() => document.activeElement?.getAttribute("data-testid"))
  ).resolves.toBe("step-join");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("step-position").textContent()).resolves.toBe("Step 3 of 7: Join");
  await expect(page.getByTestId("step-join").getAttribute("aria-current")).resolves.toBe("step");
  await expect(page.getByTestId("step-data").getAttribute("aria-label")).resolves.toBe(
    "Step 1: Data, done"
  );
  await expect(page.getByTestId("step-join").getAttribute("tabindex")).resolves.toBe("0");
  await expect(page.getByTestId("step-data").getAttribute("tabindex")).resolves.toBe("-1");
  await shot(page, "50-stepper-join");
  await page.close();
});

test("a later step names what is wrong on the Data step, and leads back to it", async () => {
  const page = await session.open();
  await page.getByTestId("file-input").setInputFiles(SAMPLE);
  await page.getByTestId("mapping-summary").waitFor();
  // No EUR rate given yet: the rows cannot be read.
  await page.getByTestId("currencies-found").waitFor({ timeout: 30_000 });
  await page.getByTestId("step-rules").click();
  await expect(page.getByTestId("data-blocker").textContent()).resolves.toContain(
    "Fix the Data step: no rate for EUR."
  );
  await shot(page, "51-rules-names-the-data-problem");
  await page.getByRole("button", { name: "Go to the Data step" }).click();
  await expect(page.getByTestId("step-position").textContent()).resolves.toBe("Step 1 of 7: Data");
  await page.close();
});

test("the window reads as dates, one for all series, and a different one is warned", async () => {
  const page = await session.open();
  await uploadSample(page);
  await useSampleAnchorDate(page);
  // The hint under the window for all series.
  await page.getByText("22 Oct 2024 - 21 Oct 2025", { exact: true }).waitFor();
  await expect(page.getByTestId("window-Series1").textContent()).resolves.toBe(
    "Window: 22 Oct 2024 - 21 Oct 2025 (the window for all series)."
  );
  await expect(page.getByTestId("window-warning-Series1").count()).resolves.toBe(0);
  await page.getByTestId("own-window-Series1").click();
  await expect(page.getByTestId("window-Series1").textContent()).resolves.toBe(
    "Window: 22 Apr 2025 - 21 Oct 2025."
  );
  await expect(page.getByTestId("window-warning-Series1").textContent()).resolves.toContain(
    "Their margins compare different periods."
  );
  await shot(page, "52-series-window-warning");
  // The window for all series moves the benchmark, not the series with its own window.
  await page.getByTestId("shared-window").fill("24");
  await page.getByTestId("shared-window").press("Tab");
  await expect(page.getByTestId("window-Series2").textContent()).resolves.toContain(
    "22 Oct 2023 - 21 Oct 2025"
  );
  await expect(page.getByTestId("window-Series1").textContent()).resolves.toBe(
    "Window: 22 Apr 2025 - 21 Oct 2025."
  );
  await page.close();
});

test("the rule preview lists the matching accounts, capped", async () => {
  const page = await session.open();
  await uploadSample(page);
  await useSampleAnchorDate(page);
  await page.getByTestId("step-rules").click();
  const count = await shownNumber(page, "preview-count");
  const matches = page.getByTestId("rule-matches");
  await expect(matches.getByRole("listitem").count()).resolves.toBe(5);
  await matches.getByRole("button", { name: `${count} accounts: show all` }).click();
  await expect(matches.getByRole("listitem").count()).resolves.toBe(count);
  await expect(matches.getByRole("listitem").first().textContent()).resolves.toMatch(
    /Margin -?[\d.]+% vs segment [\d.]+%Rule met: /
  );
  await shot(page, "53-rule-matches");
  await page.close();
});

test("each series and the join show their first rows, as the result sheets do", async () => {
  const page = await session.open();
  await uploadSample(page);
  await useSampleAnchorDate(page);
  const series1 = page.getByTestId("series-rows-Series1");
  await expect(series1.locator("tbody tr").count()).resolves.toBe(5);
  await expect(series1.locator("thead th").allTextContents()).resolves.toEqual(
    expect.arrayContaining(["Customer Id", "Customer Name", "Customer Segment"])
  );
  const stats = await page.getByTestId("series-stats-Revenue and Margin by Customer").textContent();
  const rows = Number(/^(\d+) rows in the preview/.exec(stats ?? "")?.[1]);
  await series1.getByRole("button", { name: `${rows} rows: show all` }).click();
  await expect(series1.locator("tbody tr").count()).resolves.toBe(rows);
  await series1.getByRole("button", { name: "Show the first 5" }).click();
  // The first row is the largest account by revenue, its cells formatted as the sheet's.
  await expect(series1.locator("tbody tr").first().textContent()).resolves.toMatch(
    /\d,\d{3}\.\d{2}/
  );
  await expect(brokenWords(page)).resolves.toEqual([]);
  await shot(page, "54-series-rows");

  await page.getByTestId("step-join").click();
  const join = page.getByTestId("join-rows");
  await join.locator("tbody tr").first().waitFor({ timeout: 30_000 });
  await expect(join.locator("tbody tr").count()).resolves.toBe(5);
  await expect(join.locator("thead th").last().textContent()).resolves.toBe("Flagged");
  await expect(brokenWords(page)).resolves.toEqual([]);
  await shot(page, "55-join-rows");
  await page.close();
});

test("results: a headline impact that says what it is of, and whole names in Fix first", async () => {
  const page = await session.open();
  await page.getByTestId("first-run-sample").click();
  await page.getByTestId("rows-read").waitFor({ timeout: 30_000 });
  await page.getByTestId("step-summary").click();
  await page.getByTestId("run").click();
  await page.getByTestId("flagged-count").waitFor({ timeout: 90_000 });
  const flagged = await shownNumber(page, "flagged-count");
  await expect(page.getByTestId("impact-headline").textContent()).resolves.toMatch(
    /^[\d,]+\.\d{2} [A-Z]{3}$/
  );
  await page.getByText(`Expected revenue impact of all ${flagged} flagged accounts`).waitFor();
  await expect(page.getByTestId("impact-totals").textContent()).resolves.toMatch(
    /Expected revenue impact of the actions \(\d+ accounts\)/
  );
  const top = page.getByTestId("top-flagged");
  await expect(top.getByRole("listitem").count()).resolves.toBe(Math.min(10, flagged));
  await expect(top.getByRole("listitem").first().textContent()).resolves.toMatch(
    /Margin -?[\d.]+% vs segment [\d.]+%Rule met: .+, expected [\d,]+\.\d{2} \(\d+%\)$/
  );
  // Whole names: no ellipsis, nothing cut off.
  const cut = await top
    .locator("p")
    .evaluateAll((ps) => ps.filter((p) => p.scrollWidth > p.clientWidth + 1).length);
  expect(cut).toBe(0);
  if (flagged > 10) {
    await top.getByRole("button", { name: `${flagged} accounts: show all` }).click();
    await expect(top.getByRole("listitem").count()).resolves.toBe(flagged);
  }
  await expect(brokenWords(page)).resolves.toEqual([]);
  await shot(page, "56-results-fix-first");
  await page.close();
});

test("progressive disclosure: a complete mapping folds, advanced settings wait under Advanced", async () => {
  const page = await session.open();
  await uploadSample(page);
  await expect(page.getByTestId("mapping-row-CustomerId").count()).resolves.toBe(0);
  const change = page.getByRole("button", { name: "Change the field mapping" });
  await expect(change.getAttribute("aria-expanded")).resolves.toBe("false");
  await expect(brokenWords(page)).resolves.toEqual([]);
  await shot(page, "57-data-mapping-folded");
  await change.click();
  await page.getByTestId("mapping-row-CustomerId").waitFor();
  await expect(brokenWords(page)).resolves.toEqual([]);
  await shot(page, "57b-data-mapping-open");

  await useSampleAnchorDate(page);
  await expect(
    page.getByRole("list", { name: "Group-by levels of Revenue and Margin by Customer" }).count()
  ).resolves.toBe(0);
  await openAdvanced(page, "advanced-groupby-Series1");
  await page
    .getByRole("list", { name: "Group-by levels of Revenue and Margin by Customer" })
    .waitFor();
  await expect(brokenWords(page)).resolves.toEqual([]);
  await shot(page, "58-series-advanced");

  await page.getByTestId("step-join").click();
  await expect(page.getByRole("group", { name: "Levels that must match" }).count()).resolves.toBe(
    0
  );
  await openAdvanced(page, "advanced-join-levels");
  await page.getByRole("group", { name: "Levels that must match" }).waitFor();
  await expect(brokenWords(page)).resolves.toEqual([]);
  await shot(page, "59-join-advanced");

  await page.getByTestId("step-rules").click();
  await expect(page.getByRole("combobox", { name: "Rules run on" }).count()).resolves.toBe(0);
  await openAdvanced(page, "advanced-rules-run-on");
  await page.getByRole("combobox", { name: "Rules run on" }).waitFor();

  await page.getByTestId("step-contribution").click();
  await page.getByTestId("contribution-switch").click();
  await page.getByTestId("advanced-contribution").waitFor({ timeout: 30_000 });
  await expect(page.getByTestId("discount-kind").count()).resolves.toBe(0);
  await openAdvanced(page, "advanced-contribution");
  await page.getByTestId("discount-kind").waitFor();
  await expect(brokenWords(page)).resolves.toEqual([]);
  await shot(page, "60-contribution-advanced");
  await page.close();
});

test("a sheet without the needed columns offers a template that reads back at once", async () => {
  const page = await session.open();
  await page.getByTestId("file-input").setInputFiles({
    name: "stock.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Item,Warehouse,Count\nBolt,North,12\nNut,South,40\n", "utf8"),
  });
  await page.getByTestId("template").waitFor({ timeout: 30_000 });
  await expect(page.getByTestId("template").textContent()).resolves.toContain(
    "Customer Id, Customer Name, Customer Segment, Pricing Date, Invoice Price, Gross Margin, Calculated Rebate"
  );
  await expect(brokenWords(page)).resolves.toEqual([]);
  await shot(page, "61-template-offered");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("template-download").click(),
  ]);
  expect(download.suggestedFilename()).toBe("Transactions template.xlsx");
  // Saved under the offered name, so the pane shows that name once it is uploaded back.
  const saved = join(ARTIFACTS, download.suggestedFilename());
  await download.saveAs(saved);
  const book = await loadWorkbook(saved);
  const sheet = book.getWorksheet("Transactions")!;
  expect(sheet.getRow(1).values).toEqual([
    undefined,
    "Customer Id",
    "Customer Name",
    "Customer Segment",
    "Pricing Date",
    "Invoice Price",
    "Gross Margin",
    "Calculated Rebate",
  ]);
  expect(sheet.getRow(2).getCell(1).value).toBe("CID-0001");
  expect(sheet.rowCount).toBe(2);

  // Uploaded back, the template maps at once.
  await page.getByTestId("file-input").setInputFiles(saved);
  await page.getByTestId("open-file").getByText("Transactions template.xlsx").waitFor();
  await page
    .getByTestId("mapping-summary")
    .getByText("7 of 7 required fields mapped")
    .waitFor({ timeout: 30_000 });
  await expect(page.getByTestId("template").count()).resolves.toBe(0);
  await page.close();
});

test("one-of-a-list pickers: a filter's column and rule, the join's series and levels", async () => {
  const page = await session.open();
  await uploadSample(page);
  await useSampleAnchorDate(page);
  const series1 = page.getByTestId("series-Series1");
  await series1.getByRole("button", { name: "Add a filter" }).click();
  const filter = series1.getByRole("group", { name: "Filter 1" });
  const rule = filter.getByRole("combobox", { name: "Rule" });
  await expect(rule.textContent()).resolves.toBe("is one of");
  await rule.click();
  await page.getByRole("option", { name: "is not one of" }).click();
  await expect(rule.textContent()).resolves.toBe("is not one of");
  // A new column's values start empty: the filter says so under its Values.
  const column = filter.getByRole("combobox", { name: "Column" });
  await column.click();
  await page.getByRole("option", { name: "CustomerName", exact: true }).click();
  await expect(column.textContent()).resolves.toBe("CustomerName");
  await filter.getByText("Pick at least one value.").waitFor();
  await expect(brokenWords(page)).resolves.toEqual([]);
  await shot(page, "62-series-filter-pickers");
  await filter.screenshot({ path: join(ARTIFACTS, "62b-filter-card.png") });

  await page.getByTestId("step-join").click();
  await expect(page.getByRole("combobox", { name: "Left series" }).textContent()).resolves.toMatch(
    /^Series1: Revenue and Margin by Customer$/
  );
  await openAdvanced(page, "advanced-join-levels");
  const leftLevel = page.getByRole("combobox", { name: "Left level 1" });
  await leftLevel.click();
  await page.getByRole("option", { name: "CustomerName", exact: true }).click();
  await expect(leftLevel.textContent()).resolves.toBe("CustomerName");
  await expect(page.getByTestId("advanced-join-levels").textContent()).resolves.toMatch(
    /joined on CustomerName = CustomerSegment/
  );
  await expect(brokenWords(page)).resolves.toEqual([]);
  await shot(page, "63-join-pickers");
  await page
    .getByRole("group", { name: "Levels that must match" })
    .screenshot({ path: join(ARTIFACTS, "63b-join-levels.png") });
  await page.close();
});
