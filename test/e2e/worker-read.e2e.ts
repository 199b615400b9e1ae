/**
 * Issue 14, outside Office: a 100,000-row workbook is read and parsed in the pane's Web Worker.
 * While it is read the page keeps rendering (the progress moves from one row count to the next,
 * which a frozen main thread never shows), Cancel stops it and leaves the file open before (the
 * sample) as it was. Screenshots at 350 px: test-artifacts/e2e/40-reading-progress.png and
 * 41-reading-cancelled.png (and steps-350/02-reading-progress.png).
 */
import { benchWorkbook } from "../../bench/cli-e2e";
import { SAMPLE_EUR_RATE } from "../../src/sample/generate";
import { shot, startPaneSession, type PaneSession } from "./pane";

let session: PaneSession;
let large: string;

beforeAll(async () => {
  // Generated once into .bench-data/ (the benchmarks' 100,000-row workbook), then reused.
  large = (await benchWorkbook(100_000)).file;
  session = await startPaneSession(350);
}, 600_000);

afterAll(async () => {
  await session?.close();
});

/** Every progress line the page rendered, recorded in the page as it changes. */
async function recordProgress(page: import("playwright-core").Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (globalThis as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector("[data-testid=source-progress]")?.textContent ?? "";
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** The rows done in each progress line ("12,000 rows" or "12,000 of 100,000 rows"). */
const rowCounts = (lines: readonly string[]) =>
  [
    ...new Set(
      lines.flatMap((line) => [...(/([\d,]+)(?: of [\d,]+)? rows/.exec(line) ?? [])].slice(1, 2))
    ),
  ].map((n) => Number(n.replace(/,/g, "")));

test("a 100,000-row workbook is read with moving progress, then mapped and parsed", async () => {
  const page = await session.open();
  await recordProgress(page);
  await page.getByTestId("file-input").setInputFiles(large);
  await page.getByTestId("mapping-summary").waitFor({ timeout: 240_000 });
  // The generated data invoices some accounts in EUR: the rows are counted once it has a rate.
  await page.getByTestId("currencies-found").waitFor({ timeout: 240_000 });
  await page.getByTestId("rate-EUR").fill(String(SAMPLE_EUR_RATE));
  await page.getByTestId("rows-read").waitFor({ timeout: 240_000 });
  await expect(page.getByTestId("rows-read").textContent()).resolves.toBe("100,000");
  const seen = await page.evaluate(
    () => (globalThis as unknown as { progressSeen: string[] }).progressSeen
  );
  // The page rendered the count as the worker read: more than one count on the way up.
  const counts = rowCounts(seen).filter((n) => n > 0 && n < 100_000);
  expect(counts.length).toBeGreaterThanOrEqual(2);
  expect(session.consoleErrors).toEqual([]);
  await page.close();
}, 600_000);

test("Cancel while a large workbook is read keeps the sample open and its data as it was", async () => {
  const page = await session.open();
  await page.getByTestId("first-run-sample").click();
  await page.getByTestId("rows-read").waitFor({ timeout: 60_000 });
  const rowsBefore = await page.getByTestId("rows-read").textContent();
  const mappingBefore = await page.getByTestId("mapping-summary").textContent();

  await page.getByTestId("file-input").setInputFiles(large);
  const progress = page.getByTestId("source-progress");
  await progress.waitFor({ timeout: 60_000 });
  // Rows counted in the progress itself (not the open sample's "5,011 rows" under its sheet),
  // while the file is still being read ("Opening …"): Cancel is clicked at once, before the read
  // is done. (With the faster reader the read could end during screenshots taken first, and a
  // Cancel then stops the new file's first parse instead: that file stays open, without rows.)
  await progress.getByText(/^[1-9][\d,]*( of [\d,]+)? rows$/).waitFor({ timeout: 120_000 });
  await expect(progress.textContent()).resolves.toContain("Opening transactions-100000");
  // The page answers while the worker reads: Cancel is clicked and acted on at once.
  await page.getByTestId("source-cancel").click();
  await progress.waitFor({ state: "detached", timeout: 10_000 });

  await expect(page.getByTestId("open-file").textContent()).resolves.toBe(
    "Open: sample-transactions.xlsx"
  );
  await expect(page.getByTestId("rows-read").textContent()).resolves.toBe(rowsBefore);
  await expect(page.getByTestId("mapping-summary").textContent()).resolves.toBe(mappingBefore);
  await expect(page.getByTestId("source-error").count()).resolves.toBe(0);
  await shot(page, "41-reading-cancelled");

  // The progress and its Cancel as screenshots, of a second opening of the file. The read (then
  // the parse) takes a second or two now and may be over before a screenshot is taken: they show
  // the progress when it is still there (a screenshot of the element itself could not wait).
  await page.getByTestId("file-input").setInputFiles(large);
  await progress.getByText(/^[1-9][\d,]*( of [\d,]+)? rows$/).waitFor({ timeout: 120_000 });
  await expect(page.getByTestId("source-cancel").isEnabled()).resolves.toBe(true);
  // The progress and Cancel state among the screenshots of every step (steps-350.e2e.ts).
  await shot(page, "steps-350/02-reading-progress");
  await shot(page, "40-reading-progress");
  expect(session.consoleErrors).toEqual([]);
  await page.close();
}, 600_000);
