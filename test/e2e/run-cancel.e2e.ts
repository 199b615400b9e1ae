/**
 * Cancel after a finished run, at the task pane's 350 px: the sample is run, then a large file is
 * run and cancelled. The cancelled run changes nothing (SPEC: a cancelled run leaves the workbook
 * and the previous report as they were), so the pane shows the sample run's results again, the
 * same download, with the notice; the keyboard is on "Run again". Screenshot:
 * test-artifacts/e2e/run-cancel/after-cancel.png.
 */
import { paneSession, shot, shownNumber, uploadSample, useSampleAnchorDate } from "./pane";

const session = paneSession(350);

/** Invoice lines in memory as CSV: enough for the run to take a moment, and to be cancelled. */
function largeCsv(rows: number): Buffer {
  const lines = [
    "Customer Id,Customer Name,Customer Segment,Pricing Date,Invoice Price,Gross Margin,Calculated Rebate",
  ];
  for (let i = 0; i < rows; i++) {
    const account = i % 400;
    const month = String(1 + (i % 9)).padStart(2, "0");
    lines.push(
      `C${account},Account ${account},Segment ${account % 3},2025-${month}-15,${100 + (i % 50)},${10 + (i % 13)},0`
    );
  }
  return Buffer.from(lines.join("\n"), "utf8");
}

test("Cancel after a finished run shows that run's results again, as they were", async () => {
  const page = await session.open();
  await uploadSample(page);
  await useSampleAnchorDate(page);
  await page.getByTestId("step-summary").click();
  await page.getByTestId("run").click();
  const flagged = await shownNumber(page, "flagged-count", 60_000);
  const href = await page.getByTestId("download").getAttribute("href");

  await page.getByTestId("step-data").click();
  await page
    .getByTestId("file-input")
    .setInputFiles({ name: "large.csv", mimeType: "text/csv", buffer: largeCsv(200_000) });
  await page.waitForFunction(
    () => document.querySelector("[data-testid=rows-read]")?.textContent === "200,000",
    null,
    { timeout: 60_000 }
  );
  await page.getByTestId("step-summary").click();
  await page.getByTestId("run").click();
  await page.getByTestId("cancel").waitFor();
  // While the new run is under way the old results are out of sight.
  await expect(page.getByTestId("result-headline").isVisible()).resolves.toBe(false);
  await page.getByTestId("cancel").click();
  await page.getByTestId("run-cancelled").waitFor({ timeout: 90_000 });

  await expect(page.getByTestId("run-cancelled").textContent()).resolves.toBe(
    "The run was cancelled; nothing was changed. The previous report was kept: its results are shown below."
  );
  await expect(page.getByTestId("result-headline").isVisible()).resolves.toBe(true);
  await expect(shownNumber(page, "flagged-count")).resolves.toBe(flagged);
  await expect(page.getByTestId("download").getAttribute("href")).resolves.toBe(href);
  await expect(page.getByTestId("run").textContent()).resolves.toBe("Run again");
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Run again");
  await shot(page, "run-cancel/after-cancel");
  await page.close();
});
