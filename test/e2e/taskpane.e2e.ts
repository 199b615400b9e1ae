/**
 * The task pane end to end in a plain browser (outside Office), at the width Excel gives it:
 * upload the sample workbook, check the field mapping, set the anchor date, tighten a rule and
 * watch the live preview follow, run, and check the downloaded workbook against what the pane
 * showed. Screenshots of every step go to test-artifacts/e2e/.
 */
import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS } from "./build";
import {
  giveEuroRate,
  openMapping,
  SAMPLE,
  shot,
  paneSession,
  unlabeledControls,
  uploadSample,
} from "./pane";
import {
  cellNumber,
  loadWorkbook,
  numberBesideLabel,
  parseShownNumber,
  rowByLabel,
} from "./workbook";

const REQUIRED = [
  "CustomerId",
  "CustomerName",
  "CustomerSegment",
  "InvoicePrice",
  "GrossMargin",
  "CalculatedRebate",
  "PricingDate",
];
const RESULT_SHEETS = [
  "Summary",
  "Flagged Accounts",
  "Impact",
  "Actions",
  "Impact Tracking",
  "Join Series",
  "Revenue and Margin by Customer",
  "Avg Margin by Customer Segment",
  "Data Quality",
  "Run Log",
  "Agent Status",
];

const session = paneSession();
const consoleErrors = (): string[] => session.consoleErrors;

const openPane = (query = ""): Promise<Page> => session.open(query);

async function previewCount(page: Page): Promise<number> {
  const text = await page.getByTestId("preview-count").textContent({ timeout: 30_000 });
  return parseShownNumber(text ?? "");
}

test("outside Office: upload, map, tune, preview, run and download", async () => {
  const page = await openPane();
  await expect(page.getByText("Browser", { exact: true })).toBeTruthy();
  await shot(page, "01-start");

  // Data: the sample's seven required fields are all found; the EUR rows need a rate first.
  await page.getByTestId("file-input").setInputFiles(SAMPLE);
  await page.getByTestId("mapping-summary").waitFor();
  await page.getByTestId("parse-error").waitFor();
  await shot(page, "02a-data-needs-rate");
  await giveEuroRate(page);
  await expect(page.getByTestId("mapping-summary").textContent()).resolves.toBe(
    "7 of 7 required fields mapped"
  );
  // Complete, the mapping is folded to its summary line; "Change" shows the table.
  await expect(page.getByTestId("mapping-row-CustomerId").count()).resolves.toBe(0);
  await openMapping(page);
  for (const field of REQUIRED) {
    await expect(
      page.getByTestId(`mapping-row-${field}`).getAttribute("data-mapped")
    ).resolves.toBe("true");
  }
  const rowsRead = parseShownNumber((await page.getByTestId("rows-read").textContent()) ?? "");
  expect(rowsRead).toBeGreaterThan(4000);
  await shot(page, "02-data");

  // Series: the sample's anchor date.
  await page.getByTestId("step-series").click();
  await page.getByTestId("anchor-date").fill("2025-10-21");
  await page.getByTestId("anchor-date").press("Tab");
  await page
    .getByText(/^120 rows in the preview\./)
    .first()
    .waitFor({ timeout: 15_000 });
  await shot(page, "03-series");

  // A misspelt formula is explained next to its box, and fixed by the suggestion.
  const series1 = page.getByTestId("series-Series1");
  await series1.getByTestId("toggle-measure-AvgMarginPct").click();
  const formula = series1.getByTestId("formula-AvgMarginPct");
  await formula.fill("Profit / Revenu");
  await page
    .getByText('Unknown measure "Revenu" at character 10. Did you mean "Revenue"?')
    .waitFor();
  await shot(page, "03b-series-formula-error");
  await page.getByRole("button", { name: "Use Revenue" }).click();
  await expect(formula.inputValue()).resolves.toBe("Profit / Revenue");

  await page.getByTestId("step-join").click();
  await page.getByTestId("join-stats").waitFor();
  await shot(page, "04-join");

  // Rules: the live preview follows a tighter rule.
  await page.getByTestId("step-rules").click();
  const before = await previewCount(page);
  expect(before).toBeGreaterThan(0);
  // MarginVariance is a percent measure: typed in percent, kept as the fraction.
  await page.getByTestId("rule-value-1").fill("3 %");
  await page.waitForFunction(
    (old) => {
      const el = document.querySelector('[data-testid="preview-count"]');
      return el !== null && Number((el.textContent ?? "").replace(/[^0-9]/g, "")) !== old;
    },
    before,
    { timeout: 15_000 }
  );
  const after = await previewCount(page);
  expect(after).toBeLessThan(before);
  await expect(page.getByTestId("rule-text").textContent()).resolves.toBe(
    "Current Margin % < 0 % or Margin Variance > 3 %"
  );
  await shot(page, "05-rules");

  await page.getByTestId("step-impact").click();
  await page.getByTestId("impact-0").waitFor();
  await shot(page, "06-impact");

  // Run: the flagged count is the preview's, and the totals are shown.
  await page.getByTestId("step-summary").click();
  await page.getByTestId("run").click();
  await page.getByTestId("flagged-count").waitFor({ timeout: 60_000 });
  const flagged = parseShownNumber((await page.getByTestId("flagged-count").textContent()) ?? "");
  expect(flagged).toBe(after);
  const revenue = parseShownNumber(
    (await page.getByTestId("impact-total-Revenue").textContent()) ?? ""
  );
  const profit = parseShownNumber(
    (await page.getByTestId("impact-total-Profit").textContent()) ?? ""
  );
  expect(revenue).not.toBe(0);
  expect(await page.getByTestId("top-flagged").getByRole("listitem").count()).toBe(
    Math.min(10, flagged)
  );
  await shot(page, "07-results");

  // Download: the workbook holds the same numbers.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download").click(),
  ]);
  expect(download.suggestedFilename()).toBe("Unprofitable Account Agent 2025-10-21.xlsx");
  const saved = join(ARTIFACTS, "result.xlsx");
  await download.saveAs(saved);
  const book = await loadWorkbook(saved);
  expect(book.worksheets.map((w) => w.name)).toEqual(RESULT_SHEETS);

  const summary = book.getWorksheet("Summary")!;
  expect(numberBesideLabel(summary, "Flagged accounts")).toBe(flagged);
  expect(rowByLabel(summary, "Anchor date")?.getCell(2).text).toBe("2025-10-21");
  // The workbook's Summary keeps the rule as the document writes it (the pane's line is in labels).
  expect(rowByLabel(summary, "Detection rule")?.getCell(2).text).toBe(
    "CurrentMarginPct < 0 OR MarginVariance > 0.03"
  );

  const flaggedSheet = book.getWorksheet("Flagged Accounts")!;
  expect(flaggedSheet.getCell("A1").text).toMatch(
    new RegExp(`^Flagged accounts: ${flagged} of \\d+ meet the detection rule$`)
  );
  const priorities: number[] = [];
  flaggedSheet.eachRow((row) => {
    const n = cellNumber(row.getCell(1).value);
    if (n !== null) priorities.push(n);
  });
  expect(priorities).toEqual(Array.from({ length: flagged }, (_, i) => i + 1));

  const impact = book.getWorksheet("Impact")!;
  const revenueInBook = numberBesideLabel(impact, "Revenue");
  const profitInBook = numberBesideLabel(impact, "Profit");
  expect(revenueInBook).not.toBeNull();
  expect(Math.round(revenueInBook! * 100) / 100).toBeCloseTo(revenue, 2);
  expect(Math.round(profitInBook! * 100) / 100).toBeCloseTo(profit, 2);
  expect(numberBesideLabel(summary, "Expected revenue impact of all flagged accounts")).toBeCloseTo(
    revenue,
    2
  );

  // The same report as the command line's, charts included (exceljs cannot read them; the package can).
  const parts = Object.keys((await JSZip.loadAsync(readFileSync(saved))).files);
  expect(
    parts.filter((part) => /^xl\/charts\/chart\d+\.xml$/.test(part)).length
  ).toBeGreaterThanOrEqual(1);

  expect(consoleErrors()).toEqual([]);
  await page.close();
});

test("every input, dropdown and switch has a label a screen reader can read", async () => {
  const page = await openPane();
  await uploadSample(page);
  for (const step of ["data", "series", "join", "contribution", "rules", "impact", "summary"]) {
    await page.getByTestId(`step-${step}`).click();
    await page.getByTestId("step-title").waitFor();
    await page.getByText("Loading…").waitFor({ state: "detached" });
    const unlabeled = await unlabeledControls(page);
    expect({ step, unlabeled }).toEqual({ step, unlabeled: [] });
  }
  // "Next" puts the focus on the new step's heading, so reading starts at its top.
  await page.getByTestId("step-rules").click();
  await page.getByTestId("next-step").click();
  await expect(page.getByTestId("step-title").textContent()).resolves.toBe("Impact and actions");
  await expect(
    page.evaluate(() => document.activeElement?.getAttribute("data-testid"))
  ).resolves.toBe("step-title");
  await page.close();
});

test("dark theme, as Office's dark themes ask for it", async () => {
  const page = await openPane("?theme=dark");
  await uploadSample(page);
  const background = await page.evaluate(
    () => getComputedStyle(document.querySelector("main")!.parentElement!).backgroundColor
  );
  expect(background).not.toBe("rgb(255, 255, 255)");
  await shot(page, "08-dark-data");
  await page.getByTestId("step-rules").click();
  await page.getByTestId("preview-count").waitFor({ timeout: 30_000 });
  await shot(page, "09-dark-rules");
  await page.close();
});

test("the sample button loads the bundled workbook", async () => {
  const page = await openPane();
  await page.getByTestId("use-sample").click();
  await giveEuroRate(page);
  await expect(page.getByTestId("open-file").textContent()).resolves.toBe(
    "Open: sample-transactions.xlsx"
  );
  await page.close();
});

test("the agent is kept in this browser between visits", async () => {
  const page = await openPane();
  await page.getByTestId("step-summary").click();
  await page.getByLabel("Agent name").fill("Margin watch");
  await page.getByText(/^Saved in this browser at /).waitFor({ timeout: 10_000 });
  await page.evaluate(() => sessionStorage.setItem("uaa.e2e.keep", "1"));
  await page.reload();
  await page.getByTestId("step-title").waitFor();
  await expect(page.getByTestId("agent-name").textContent()).resolves.toBe("Margin watch");
  await page.close();
});

/** 200,000 invoice lines in memory as CSV: enough for the run to take a moment, and to be cancelled. */
function largeCsv(rows: number): Buffer {
  const lines = [
    "Customer Id,Customer Name,Customer Segment,Pricing Date,Invoice Price,Gross Margin,Calculated Rebate",
  ];
  const segments = ["Packaging", "Cooling", "Medical supplies"];
  for (let i = 0; i < rows; i++) {
    const account = i % 400;
    const month = String(1 + (i % 9)).padStart(2, "0");
    lines.push(
      `C${account},Account ${account},${segments[account % 3]},2025-${month}-15,${100 + (i % 50)},${10 + (i % 13)},0`
    );
  }
  return Buffer.from(lines.join("\n"), "utf8");
}

test("a long run shows its phase and progress, and Cancel stops it without a result", async () => {
  const page = await openPane();
  await page
    .getByTestId("file-input")
    .setInputFiles({ name: "large.csv", mimeType: "text/csv", buffer: largeCsv(200_000) });
  await page.getByTestId("rows-read").waitFor({ timeout: 60_000 });
  await expect(page.getByTestId("rows-read").textContent()).resolves.toBe("200,000");
  await page.getByTestId("step-series").click();
  await page.getByTestId("anchor-date").fill("2025-10-21");
  await page.getByTestId("step-summary").click();
  await page.getByTestId("run").click();
  await page.getByTestId("cancel").waitFor();
  await expect(page.getByTestId("run-status").textContent()).resolves.toMatch(
    /^Reading the transactions/
  );
  await page.getByTestId("cancel").click();
  // The viewport only: a full-page screenshot takes longer than the run has left.
  await page.screenshot({ path: join(ARTIFACTS, "10-run-cancelling.png") });
  await page.getByText("The run was cancelled; nothing was changed.").waitFor({ timeout: 90_000 });
  await expect(page.getByTestId("download").count()).resolves.toBe(0);
  await expect(page.getByTestId("run").isEnabled()).resolves.toBe(true);
  await page.close();
});
