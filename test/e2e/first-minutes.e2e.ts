/**
 * A first-time user's first minute at Excel's task-pane width (350 px): "Use the sample workbook"
 * brings the sample's own settings (anchor date, EUR rate, contribution tables) with it, so the
 * pane's run gives what `npm run analyze` gives on the sample (assets/sample-agent.json): 29
 * flagged accounts and an expected revenue impact of 12,719.67. Screenshots go to test-artifacts/e2e/.
 */
import { shot, shownNumber, paneSession, uploadSample } from "./pane";

const session = paneSession(350);

test("the sample with its settings gives the command line's figures", async () => {
  const page = await session.open();
  // Nothing to go on with yet: Next says why instead of leading to empty steps.
  await expect(page.getByTestId("next-step").getAttribute("aria-disabled")).resolves.toBe("true");
  await expect(page.getByTestId("next-reason").textContent()).resolves.toBe(
    "Next waits for the transactions: upload a file or use the sample workbook."
  );
  // The first-run card: what the agent finds, needs and writes, and the sample to try it on.
  await expect(page.getByTestId("first-run").locator("li").count()).resolves.toBe(7);
  await shot(page, "29-first-start");
  await page.getByTestId("first-run-sample").click();
  // No rate to type: the sample's settings carry EUR at 1.08.
  await page.getByTestId("rows-read").waitFor({ timeout: 30_000 });
  await expect(page.getByTestId("rate-EUR").inputValue()).resolves.toBe("1.08");
  await expect(page.getByTestId("parse-error").count()).resolves.toBe(0);
  await expect(page.getByTestId("next-reason").count()).resolves.toBe(0);
  await expect(page.getByTestId("first-run").count()).resolves.toBe(0);
  await shot(page, "30-sample-data");

  await page.getByTestId("step-series").click();
  await expect(page.getByTestId("anchor-date").inputValue()).resolves.toBe("2025-10-21");

  await page.getByTestId("step-summary").click();
  await page.getByTestId("run").click();
  await page.getByTestId("flagged-count").waitFor({ timeout: 90_000 });
  // assets/sample-agent.json through the command line: 29 flagged, expected revenue 12,719.67.
  expect(await shownNumber(page, "flagged-count")).toBe(29);
  await expect(page.getByTestId("impact-total-Revenue").textContent()).resolves.toBe("12,719.67");
  await shot(page, "31-sample-results");
  expect(session.consoleErrors).toEqual([]);
  await page.close();
});

test("a file that is not a workbook is said in plain words", async () => {
  const page = await session.open();
  await page.getByTestId("file-input").setInputFiles({
    name: "notes.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from("These are my notes, not a workbook.", "utf8"),
  });
  await page
    .getByText(
      '"notes.xlsx" could not be opened. This is not an Excel workbook: save it as .xlsx or .csv.'
    )
    .waitFor({ timeout: 30_000 });
  await expect(page.getByText(/zip|https?:/i).count()).resolves.toBe(0);
  await shot(page, "32-not-a-workbook");
  await page.close();
});

test("data that ends before today anchors at its last pricing date, with a notice", async () => {
  const page = await session.open();
  await uploadSample(page);
  const hint = page.getByTestId("anchor-hint");
  await hint.waitFor({ timeout: 30_000 });
  const title = (await hint.textContent()) ?? "";
  const date = /Anchor date set to (\d{4}-\d{2}-\d{2})/.exec(title)?.[1];
  expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await shot(page, "33-anchor-default");
  await page.getByTestId("step-series").click();
  await expect(page.getByTestId("anchor-date").inputValue()).resolves.toBe(date);
  await page
    .getByText(/^120 rows in the preview\./)
    .first()
    .waitFor({ timeout: 30_000 });
  // Today again, when the user wants it: the notice goes.
  await page.getByTestId("anchor-keep-today").click();
  await expect(page.getByTestId("anchor-hint").count()).resolves.toBe(0);
  await page.close();
});
