/**
 * Shared set-up of the browser tests: the built add-in served on localhost, Debian's Chromium at
 * the width Excel gives a task pane, and the steps every test takes (open the pane, upload the
 * sample, give the EUR rate, take a screenshot).
 */
import { mkdirSync } from "fs";
import { dirname, join } from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS, distDirectory, ROOT } from "./build";
import { launchChromium, type Browser } from "./browser";
import { serveDirectory, type ServedSite } from "./serve";
import { parseShownNumber } from "./workbook";

export const SAMPLE = join(ROOT, "assets", "sample-transactions.xlsx");

export interface PaneSession {
  readonly consoleErrors: string[];
  open(query?: string): Promise<Page>;
  close(): Promise<void>;
}

/** `width`: the pane's; Excel's task pane opens at about 350 px. */
export async function startPaneSession(width = 360): Promise<PaneSession> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const site: ServedSite = await serveDirectory(distDirectory());
  const browser: Browser = await launchChromium({ width, height: 900 });
  const consoleErrors: string[] = [];
  // Each test starts from the built-in agent, unless it asks to keep what it saved.
  await browser.context.addInitScript(() => {
    try {
      if (sessionStorage.getItem("uaa.e2e.keep") !== "1") localStorage.clear();
    } catch {
      // Frames without storage (office.js' own, downloads) have nothing to clear.
    }
  });
  return {
    consoleErrors,
    async open(query = "") {
      const page = await browser.context.newPage();
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => consoleErrors.push(String(error)));
      await page.goto(`${site.url}taskpane.html${query}`);
      await page.getByTestId("step-title").waitFor({ timeout: 20_000 });
      return page;
    },
    async close() {
      await browser.close();
      await site.close();
    },
  };
}

/**
 * A full-page screenshot at test-artifacts/e2e/<name>.png (`name` may hold a folder, e.g.
 * "steps-350/03-data"); the sticky footer is let go so it does not cover the middle of the page. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() =>
    document.querySelector("footer")?.style.setProperty("position", "static")
  );
  const path = join(ARTIFACTS, `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true });
  await page.evaluate(() => document.querySelector("footer")?.style.removeProperty("position"));
}

/** The sample invoices some accounts in EUR: the pane asks for the rate, and gets the sample's. */
export async function giveEuroRate(page: Page): Promise<void> {
  await page.getByTestId("currencies-found").waitFor({ timeout: 30_000 });
  await expect(page.getByTestId("currencies-found").textContent()).resolves.toBe(
    "Currencies in the sheet: USD, EUR."
  );
  await page.getByTestId("rate-EUR").fill("1.08");
  await page.getByTestId("rows-read").waitFor({ timeout: 30_000 });
}

export async function uploadSample(page: Page): Promise<void> {
  await page.getByTestId("file-input").setInputFiles(SAMPLE);
  await page.getByTestId("mapping-summary").waitFor();
  await giveEuroRate(page);
}

/** The sample's anchor date, on the Series step. */
export async function useSampleAnchorDate(page: Page): Promise<void> {
  await page.getByTestId("step-series").click();
  await page.getByTestId("anchor-date").fill("2025-10-21");
  await page.getByTestId("anchor-date").press("Tab");
  await page
    .getByText(/^120 rows in the preview\./)
    .first()
    .waitFor({ timeout: 15_000 });
}

export async function shownNumber(page: Page, testId: string, timeout = 30_000): Promise<number> {
  return parseShownNumber((await page.getByTestId(testId).textContent({ timeout })) ?? "");
}

/** Visible inputs, buttons, dropdowns and switches without a name a screen reader can read. */
export function unlabeledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        "input, textarea, button, [role=combobox], [role=switch], [role=radio]"
      ),
    ]
      .filter((el) => el.offsetParent !== null || el.getAttribute("type") === "file")
      .filter((el) => {
        const labelled = el.getAttribute("aria-label") || el.getAttribute("aria-labelledby");
        const labels = (el as HTMLInputElement).labels;
        const text = el.tagName === "BUTTON" ? (el.textContent ?? "").trim() : "";
        return !labelled && !(labels && labels.length > 0) && !text;
      })
      .map((el) => el.outerHTML.slice(0, 160))
  );
}

/**
 * A complete mapping is folded to its summary line; "Change" opens its table (a no-op when it is
 * open already, as it is while a field has no column). `prefix`: the panel's test id prefix.
 */
export async function openMapping(page: Page, prefix = "mapping-"): Promise<void> {
  const change = page.getByTestId(`${prefix}change`);
  if ((await change.count()) === 1 && (await change.getAttribute("aria-expanded")) === "false")
    await change.click();
}

/** Opens an "Advanced" fold (group-by, join levels, rules run on, drivers and customer value). */
export async function openAdvanced(page: Page, testId: string): Promise<void> {
  const button = page.getByTestId(testId);
  if ((await button.getAttribute("aria-expanded")) === "false") await button.click();
}

/**
 * The browser session of one test file: started before its tests and closed after them (the
 * set-up every file repeated). The session is there from the first test on.
 */
export function paneSession(width?: number): PaneSession {
  let started: PaneSession | null = null;
  const current = (): PaneSession => {
    if (!started) throw new Error("The pane session starts in beforeAll: use it inside a test.");
    return started;
  };
  beforeAll(async () => {
    started = await startPaneSession(width);
  });
  afterAll(async () => {
    await started?.close();
  });
  return {
    get consoleErrors() {
      return current().consoleErrors;
    },
    open: (query) => current().open(query),
    close: async () => {
      // Closed by afterAll.
    },
  };
}

/**
 * Words the page shows broken across two lines ("CustomerSegmen/t"): each word of each visible
 * text node is measured as a range; a word whose boxes sit on two lines is broken, unless it
 * holds a hyphen or a slash, where a line may end. Text in scrolling boxes and inputs counts too.
 */
export function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      const parent = node.parentElement;
      if (!parent || parent.offsetParent === null) continue;
      const words = /\S+/g;
      for (let m = words.exec(text); m; m = words.exec(text)) {
        if (/[-/\u2010-\u2014]/.test(m[0]) || m[0].length < 2) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))
        );
        if (tops.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
}
