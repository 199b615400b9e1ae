/**
 * Every step of the pane at Excel's task-pane width (350 px), as a first-time user goes through
 * them with the sample: the first-run card, Data, Series, Join, Contribution, Rules, Impact,
 * Summary and run, the results, and every step again in the dark theme. Each view is checked for
 * what it shows (its heading, its sections, the step's key control) and for the layout rules of a
 * 350 px pane (no word broken mid-word, nothing scrolling sideways or reaching past the pane's
 * edge, one primary button), then saved as test-artifacts/e2e/steps-350/NN-<step>.png. The
 * reading progress with Cancel is shot by worker-read.e2e.ts (02-reading-progress.png), which
 * has the large workbook it needs.
 */
import type { Page } from "playwright-core";
import { brokenWords, paneSession, shot, shownNumber } from "./pane";

const WIDTH = 350;
const session = paneSession(WIDTH);

/** The step's heading (h1) and its section headings (h2), as the page shows them. */
async function headings(page: Page): Promise<{ step: string; sections: string[] }> {
  const step = (await page.getByTestId("step-title").textContent()) ?? "";
  const sections = await page.locator("main h2").allTextContents();
  return { step, sections };
}

/**
 * Visible buttons drawn as primary: filled with the theme's brand colour (Fluent sets no class
 * for the appearance, so the colour is what tells them apart). The stepper's marks are not counted.
 */
async function primaryButtons(page: Page): Promise<string[]> {
  // Away from every button, so none is drawn in its hover colour.
  await page.mouse.move(0, 0);
  return page.evaluate(() => {
    const provider = document.querySelector(".fui-FluentProvider") ?? document.body;
    const style = getComputedStyle(provider);
    const probe = document.createElement("span");
    document.body.appendChild(probe);
    const brand = ["--colorBrandBackground", "--colorBrandBackgroundHover"].map((token) => {
      probe.style.backgroundColor = style.getPropertyValue(token).trim();
      return getComputedStyle(probe).backgroundColor;
    });
    probe.remove();
    // Buttons and links drawn as buttons (a download is an <a> with Fluent's button look).
    return (
      [...document.querySelectorAll<HTMLElement>("button, a.fui-Button")]
        // The stepper marks the current step in the brand colour too; it is not a button to press.
        .filter((b) => !b.dataset.testid?.startsWith("step-"))
        .filter((b) => b.offsetParent !== null)
        .filter((b) => brand.includes(getComputedStyle(b).backgroundColor))
        .map((b) => (b.textContent ?? "").trim())
    );
  });
}

/**
 * What scrolls sideways or reaches past the pane's edges: the page itself when its scrolling
 * element is wider than its window, every box that scrolls sideways inside the pane (a table in an
 * overflow box does not widen the page, but its last column is cut until scrolled), and every
 * visible element that reaches past the pane's left or right edge (named once, at its outermost;
 * text for screen readers only, in a 1 px clipping box, is not seen and not counted).
 */
function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const name = (el: Element): string => {
      const id = el.getAttribute("data-testid");
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return `${el.tagName.toLowerCase()}${id ? `[${id}]` : ""} "${text}"`;
    };
    const found: string[] = [];
    const page = document.scrollingElement ?? document.documentElement;
    if (page.scrollWidth > page.clientWidth)
      found.push(`the page: ${page.scrollWidth} px wide in ${page.clientWidth} px`);
    const width = page.clientWidth;
    const outside = new Set<Element>();
    // Text for screen readers only (a 1 px box that clips what it holds) is never seen.
    const screenReaderOnly = new Set<Element>();
    for (const el of document.body.querySelectorAll("*")) {
      if (!(el instanceof HTMLElement) || el.offsetParent === null) continue;
      const box = el.getBoundingClientRect();
      const overflowX = getComputedStyle(el).overflowX;
      if (
        (el.parentElement && screenReaderOnly.has(el.parentElement)) ||
        (box.width <= 1 && box.height <= 1 && overflowX === "hidden")
      ) {
        screenReaderOnly.add(el);
        continue;
      }
      if (box.width === 0 || box.height === 0) continue;
      if (
        (overflowX === "auto" || overflowX === "scroll") &&
        el.scrollWidth > el.clientWidth + 1 &&
        el.tagName !== "INPUT" &&
        el.tagName !== "TEXTAREA"
      )
        found.push(`${name(el)} scrolls ${el.scrollWidth - el.clientWidth} px sideways`);
      if (box.right > width + 0.5 || box.left < -0.5) {
        outside.add(el);
        if (!el.parentElement || !outside.has(el.parentElement))
          found.push(`${name(el)} spans ${Math.round(box.left)}-${Math.round(box.right)} px`);
      }
    }
    return found;
  });
}

/** What a view breaks of the layout rules of a 350 px pane; empty when it keeps them all. */
interface LayoutFinding {
  readonly view: string;
  readonly brokenWords: string[];
  readonly sideways: string[];
  readonly primaryButtons: string[];
}

/**
 * The screenshot, then the layout rules every view keeps at 350 px: no word broken mid-word,
 * nothing wider than the pane (no sideways scrolling, no text cut at the right edge), one primary
 * button. Broken rules are collected, so one run names every view that breaks one.
 */
async function checkAndShoot(page: Page, name: string, found: LayoutFinding[]): Promise<void> {
  await page.getByText("Loading…").waitFor({ state: "detached" });
  await shot(page, `steps-350/${name}`);
  const finding: LayoutFinding = {
    view: name,
    brokenWords: await brokenWords(page),
    sideways: await sidewaysOverflow(page),
    primaryButtons: await primaryButtons(page),
  };
  if (
    finding.brokenWords.length > 0 ||
    finding.sideways.length > 0 ||
    finding.primaryButtons.length > 1
  )
    found.push(finding);
}

async function goTo(page: Page, step: string, title: string): Promise<void> {
  await page.getByTestId(`step-${step}`).click();
  await page.getByTestId("step-title").getByText(title, { exact: true }).waitFor();
}

test("every step at 350 px: what it shows, its layout, and a screenshot", async () => {
  const layout: LayoutFinding[] = [];
  const page = await session.open();

  // The first-run card: what the agent finds, the seven fields it needs, and the sample.
  await expect(headings(page)).resolves.toMatchObject({ step: "Data: the transaction sheet" });
  await expect(page.getByTestId("first-run").locator("li").count()).resolves.toBe(7);
  await expect(page.getByTestId("first-run-sample").isEnabled()).resolves.toBe(true);
  await checkAndShoot(page, "01-first-run", layout);

  // Data: the sample with its own settings; all seven fields found, the rows counted.
  await page.getByTestId("first-run-sample").click();
  await page.getByTestId("rows-read").waitFor({ timeout: 60_000 });
  expect((await headings(page)).sections).toEqual(
    expect.arrayContaining(["Transactions", "Field mapping", "Money", "Data quality"])
  );
  await expect(page.getByTestId("mapping-summary").textContent()).resolves.toBe(
    "7 of 7 required fields mapped"
  );
  await expect(page.getByTestId("open-file").textContent()).resolves.toBe(
    "Open: sample-transactions.xlsx"
  );
  expect(await shownNumber(page, "rows-read")).toBeGreaterThan(4000);
  await checkAndShoot(page, "03-data", layout);

  // Series: the sample's anchor date, and the window's rows.
  await goTo(page, "series", "Series: revenue and margin");
  await expect(page.getByTestId("anchor-date").inputValue()).resolves.toBe("2025-10-21");
  await page
    .getByText(/^120 rows in the preview\./)
    .first()
    .waitFor({ timeout: 30_000 });
  expect((await headings(page)).sections).toContain("Dates");
  // The segment summary (segment, revenue, profit, margin %) fits the pane: no sideways scroll.
  const segmentTable = page.getByTestId("series-rows-Series2").getByRole("region");
  await segmentTable.waitFor();
  const overflow = await segmentTable.evaluate((box) => box.scrollWidth - box.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await checkAndShoot(page, "04-series", layout);

  await goTo(page, "join", "Join: accounts against their segment");
  await page.getByTestId("join-stats").waitFor({ timeout: 30_000 });
  expect((await headings(page)).sections).toEqual(
    expect.arrayContaining(["Series joined", "Join measures"])
  );
  await checkAndShoot(page, "05-join", layout);

  await goTo(page, "contribution", "Profit contribution: cost to serve");
  await page.getByTestId("contribution-preview").waitFor({ timeout: 30_000 });
  expect(await shownNumber(page, "contribution-accounts")).toBeGreaterThan(0);
  expect((await headings(page)).sections).toEqual(
    expect.arrayContaining(["Customer profit contribution", "Preview"])
  );
  await checkAndShoot(page, "06-contribution", layout);

  // Rules: the rule in words, its value in percent, and the accounts it flags.
  await goTo(page, "rules", "Detection rules");
  await expect(page.getByTestId("rule-value-1").inputValue()).resolves.toBe("2 %");
  expect(await shownNumber(page, "preview-count")).toBe(29);
  expect((await headings(page)).sections).toContain("Flag an account when");
  await checkAndShoot(page, "07-rules", layout);

  await goTo(page, "impact", "Impact and actions");
  await page.getByTestId("impact-0").waitFor();
  expect((await headings(page)).sections).toEqual(
    expect.arrayContaining(["Impact measures", "Actions"])
  );
  await checkAndShoot(page, "08-impact", layout);

  await goTo(page, "summary", "Summary and run");
  await expect(page.getByTestId("run").isEnabled()).resolves.toBe(true);
  expect((await headings(page)).sections).toEqual(expect.arrayContaining(["Run", "Settings"]));
  await checkAndShoot(page, "09-summary", layout);

  // Results: the command line's figures on the sample, and the accounts to fix first.
  await page.getByTestId("run").click();
  await page.getByTestId("flagged-count").waitFor({ timeout: 90_000 });
  expect(await shownNumber(page, "flagged-count")).toBe(29);
  await expect(page.getByTestId("impact-total-Revenue").textContent()).resolves.toBe("12,719.67");
  await expect(page.getByTestId("top-flagged").getByRole("listitem").count()).resolves.toBe(10);
  await expect(page.getByTestId("download").isVisible()).resolves.toBe(true);
  expect((await headings(page)).sections).toContain("Results");
  await checkAndShoot(page, "10-results", layout);
  expect(layout).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
  await page.close();
});

/** The steps after Rules, with their titles and what shows they are filled in. */
const DARK_STEPS: readonly [step: string, title: string, ready: string][] = [
  ["data", "Data: the transaction sheet", "rows-read"],
  ["series", "Series: revenue and margin", "series-rows-Series2"],
  ["join", "Join: accounts against their segment", "join-stats"],
  ["contribution", "Profit contribution: cost to serve", "contribution-preview"],
  ["impact", "Impact and actions", "impact-0"],
  ["summary", "Summary and run", "run"],
];

test("every step in the dark theme at 350 px", async () => {
  const layout: LayoutFinding[] = [];
  const page = await session.open("?theme=dark");
  await page.getByTestId("first-run-sample").click();
  await page.getByTestId("rows-read").waitFor({ timeout: 60_000 });
  await goTo(page, "rules", "Detection rules");
  expect(await shownNumber(page, "preview-count")).toBe(29);
  const background = await page.evaluate(
    () => getComputedStyle(document.querySelector("main")!.parentElement!).backgroundColor
  );
  expect(background).not.toBe("rgb(255, 255, 255)");
  await checkAndShoot(page, "11-dark-rules", layout);
  for (const [index, [step, title, ready]] of DARK_STEPS.entries()) {
    await goTo(page, step, title);
    await page.getByTestId(ready).first().waitFor({ timeout: 30_000 });
    await checkAndShoot(page, `${12 + index}-dark-${step}`, layout);
  }
  expect(layout).toEqual([]);
  await page.close();
});
