/**
 * Opening a workbook in the built pane outside Office, as a user does, in Debian's Chromium at
 * the task pane's width (`npx tsx bench/pane-open-browser.ts [FILE ...]`, after the e2e build in
 * test-artifacts/e2e-dist or E2E_DIST=<dir>). For the bundled sample ("Use the sample workbook")
 * and each FILE (uploaded): the time from the click or upload to the field mapping being shown,
 * and to the rows being parsed ("Rows read"), and the longest task the page's main thread ran
 * meanwhile (PerformanceObserver "longtask": how long the page could not answer a click). Median
 * of `--runs` (default 3) fresh pages; prints one JSON line per source (and build, with
 * `--baseline DIR`: another build, e.g. main's, measured interleaved with this one).
 */
import { unprofitableAccountAgent } from "../src/core/model/preset";
import { SAMPLE_EUR_RATE } from "../src/sample/generate";
import { DOCUMENT_STORAGE_KEY } from "../src/taskpane/host/browser-host";
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
const BENCH_AGENT = {
  ...unprofitableAccountAgent(),
  currency: { target: "USD", rates: { EUR: SAMPLE_EUR_RATE } },
};

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

async function openOnce(page: Page, file: string | null, settleMs: number) {
  await page.getByTestId("step-title").waitFor({ timeout: 30_000 });
  // A user reads the first-run card before clicking; --settle gives the page that time (its
  // reading worker starts and warms up when the page is idle: warm-read-worker.ts).
  if (settleMs > 0) await page.waitForTimeout(settleMs);
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
  runs = 3,
  dists: readonly string[] = [distDirectory()],
  settleMs = 0
): Promise<(PaneOpenInBrowser & { readonly build: string })[]> {
  const sites = await Promise.all(dists.map((dist) => serveDirectory(dist)));
  const browser = await launchChromium({ width: 350, height: 900 });
  // The generated workbooks invoice some accounts in EUR: the agent kept in the browser has the
  // rate, so an upload's rows are parsed without a rate to type (the sample brings its own).
  await browser.context.addInitScript(([key, doc]) => localStorage.setItem(key, doc), [
    DOCUMENT_STORAGE_KEY,
    JSON.stringify(BENCH_AGENT),
  ] as const);
  const samples = new Map<string, Awaited<ReturnType<typeof openOnce>>[]>();
  const id = (build: number, file: string | null) => `${build}\u0000${file ?? ""}`;
  try {
    // Interleaved (run by run, build by build), so the machine's load falls on each alike; the
    // first round warms the browser's cache, as on a second visit, and is not counted.
    for (let run = 0; run <= runs; run++)
      for (const [build, site] of sites.entries())
        for (const file of files) {
          const page = await browser.context.newPage();
          await page.goto(`${site.url}taskpane.html`);
          const sample = await openOnce(page, file, settleMs);
          await page.close();
          if (run === 0) continue;
          const key = id(build, file);
          samples.set(key, [...(samples.get(key) ?? []), sample]);
        }
  } finally {
    await browser.close();
    await Promise.all(sites.map((site) => site.close()));
  }
  return dists.flatMap((dist, build) =>
    files.map((file) => {
      const taken = samples.get(id(build, file)) ?? [];
      return {
        build: dist,
        source: file ?? "the sample (Use the sample workbook)",
        mappingShownMs: median(taken.map((s) => s.mappingShownMs)),
        rowsParsedMs: median(taken.map((s) => s.rowsParsedMs)),
        longestTaskMs: median(taken.map((s) => s.longestTaskMs)),
      };
    })
  );
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const [, value] = args.splice(at, 2);
  return value;
}

/**
 * `[FILE ...] [--runs N] [--baseline DIR] [--settle MS]`: DIR, another build, is measured beside
 * this one; MS, a pause between the page being shown and the click (default 0: at once).
 */
if (require.main === module) {
  const args = process.argv.slice(2);
  const runs = Number(option(args, "--runs") ?? 3);
  const baseline = option(args, "--baseline");
  const settleMs = Number(option(args, "--settle") ?? 0);
  const dists = baseline ? [baseline, distDirectory()] : [distDirectory()];
  void timePaneOpenInBrowser([null, ...args], runs, dists, settleMs).then((reports) => {
    for (const report of reports) console.log(JSON.stringify(report));
  });
}
