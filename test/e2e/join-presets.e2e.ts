/**
 * The join step's ready-made measures in the browser: the seed's Quarter Margin Uplift on
 * calendar quarters, the revenue uplift at the segment's unit price and the margin trend, chosen
 * in the pane, give a valid agent whose preview still runs (docs/decisions.md, "Quarter measures").
 */
import type { Page } from "playwright-core";
import { shot, paneSession, unlabeledControls, uploadSample, useSampleAnchorDate } from "./pane";

const session = paneSession();

async function choose(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole("option", { name: option }).click();
}

test("the quarter uplifts' definitions and the margin trend are chosen on the Join step", async () => {
  const page = await session.open();
  await uploadSample(page);
  await useSampleAnchorDate(page);
  await page.getByTestId("step-join").click();
  await page.getByTestId("join-stats").waitFor();
  // The sample's agent keeps the seed's example for both uplifts.
  await expect(page.getByTestId("preset-margin-uplift").textContent()).resolves.toMatch(
    /Suggested margin × annual revenue \/ 4/
  );

  await choose(page, "preset-quarters", /^Calendar: the last complete quarter/);
  await choose(page, "preset-margin-uplift", /^Previous quarter's margin restored/);
  await choose(page, "preset-price-level", /^This quarter's units at the segment's average/);
  await expect(page.getByTestId("preset-units").textContent()).resolves.toBe("Quantity");
  await page.getByTestId("preset-trend").click();
  await expect(page.getByTestId("preset-trend").textContent()).resolves.toBe(
    "Margin trend added (MarginTrendPts)"
  );

  // The uplift is rewritten where it stands, its parts and the trend added as join measures.
  await expect(page.getByTestId("join-measure-QuarterMarginUplift").textContent()).resolves.toMatch(
    /= \(PreviousQuarterMarginPct - CurrentQuarterMarginPct\) \* CurrentQuarterRevenue/
  );
  for (const name of ["CurrentQuarterMarginPct", "SegmentAvgUnitPrice", "MarginTrendPts"])
    await page.getByTestId(`join-measure-${name}`).waitFor();
  await page.getByTestId("join-stats").waitFor();
  await shot(page, "20-join-presets");

  // Reference prices: the sample has no price sheet, and the preview says which sheet it lacks.
  await choose(page, "preset-price-level", /^This quarter's units at reference prices/);
  await expect(page.getByTestId("preset-reference-sheet").inputValue()).resolves.toBe(
    "Reference Prices"
  );
  await expect(page.getByTestId("preset-reference-by").textContent()).resolves.toBe("Product");
  await shot(page, "20b-join-reference-prices");
  // The sample has no such sheet: the preview on the Rules step names it.
  await page.getByTestId("step-rules").click();
  await page
    .getByText(/The preview failed: Sheet 'Reference Prices' was not found in the workbook/)
    .waitFor({ timeout: 30_000 });
  await shot(page, "20c-rules-reference-sheet-missing");
  await page.getByTestId("step-join").click();
  await choose(page, "preset-price-level", /^This quarter's units at the segment's average/);
  await expect(unlabeledControls(page)).resolves.toEqual([]);

  // The calendar quarters reach the series: Series1's hidden quarter sums say which quarter.
  await page.getByTestId("step-series").click();
  await expect(page.getByTestId("measure-PreviousQuarterProfit").textContent()).resolves.toContain(
    "1 calendar quarter, ending 1 quarter before the last complete one"
  );
  await shot(page, "21-series-quarter-measures");
  expect(session.consoleErrors).toEqual([]);
});
