/**
 * Opening a workbook in the built pane outside Office, as a user does, in Debian's Chromium at
 * the task pane's width (`npx tsx bench/pane-open-browser.ts [FILE ...]`, after the e2e build in
 * test-artifacts/e2e-dist or E2E_DIST=<dir>). For the bundled sample ("Use the sample workbook")
 * and each FILE (uploaded): the time from the click or upload to the field mapping being shown,
 * and to the rows being parsed ("Rows read"), and the longest task the page's main thread ran
 * meanwhile (PerformanceObserver "longtask": how long the page could not answer a click). Median
 * of `--runs` (default 3) fresh pages; prints one JSON line per source.
 */
import { launchChromium } from "../test/e2e/browser";
import { distDirectory } from "../test/e2e/build";
import { serveDirectory } from "../test/e2e/serve";
import { median } from "./report";
import type { Page } from "playwright-core";

export interface PaneOpenInBrowser {
  readonly source: string;
  readonly mappingShownMs: number;
  readonly rowsParsedMs: number;
  /** The longest main-thread task while opening, median over the runs. */
  readonly longestTaskMs: number;
}

const TIMEOUT = 120_000;

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = globalThis as unknown as { longest: number };
    state.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.longest = Math.max(state.longest, entry.duration);
    }).observe({ type: "longtask", buffered: false });
  });
}

async function openOnce(page: Page, file: string | null) {
  await page.getByTestId("step-title").waitFor({ timeout: 30_000 });
  await watchLongTasks(page);
  const started = Date.now();
  if (file === null) await page.getByTestId("first-run-sample").click();
  else await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("mapping-summary").waitFor({ timeout: TIMEOUT });
  const mappingShownMs = Date.now() - started;
  await page.getByTestId("rows-read").waitFor({ timeout: TIMEOUT });
  const rowsParsedMs = Date.now() - started;
  const longestTaskMs = await page.evaluate(
    () => (globalThis as unknown as { longest: number }).longest
  );
  return { mappingShownMs, rowsParsedMs, longestTaskMs };
}

export async function timePaneOpenInBrowser(
  files: readonly (string | null)[],
  runs = 3
): Promise<PaneOpenInBrowser[]> {
  const site = await serveDirectory(distDirectory());
  const browser = await launchChromium({ width: 350, height: 900 });
  const reports: PaneOpenInBrowser[] = [];
  try {
    for (const file of files) {
      const samples: Awaited<ReturnType<typeof openOnce>>[] = [];
      // A warm-up page first: the browser's cache holds the pane's scripts, as on a second visit.
      for (let run = 0; run <= runs; run++) {
        const page = await browser.context.newPage();
        await page.goto(`${site.url}taskpane.html`);
        const sample = await openOnce(page, file);
        if (run > 0) samples.push(sample);
        await page.close();
      }
      reports.push({
        source: file ?? "the sample (Use the sample workbook)",
        mappingShownMs: median(samples.map((s) => s.mappingShownMs)),
        rowsParsedMs: median(samples.map((s) => s.rowsParsedMs)),
        longestTaskMs: median(samples.map((s) => s.longestTaskMs)),
      });
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return reports;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
  const files = args.filter((arg, i) => (arg !== "--runs" && i !== runsAt + 1) || runsAt < 0);
  void timePaneOpenInBrowser([null, ...files.filter((f) => f !== "--runs")], runs).then(
    (reports) => {
      for (const report of reports) console.log(JSON.stringify(report));
    }
  );
}
