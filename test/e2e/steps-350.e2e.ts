/**
 * Every step of the pane at Excel's task-pane width (350 px), as a first-time user goes through
 * them with the sample: the first-run card, Data, Series, Join, Contribution, Rules, Impact,
 * Summary and run, the results, and a step in the dark theme. Each view is checked for what it
 * shows (its heading, its sections, the step's key control) and for the layout rules of a 350 px
 * pane (no word broken mid-word, nothing wider than the pane, one primary button), then saved as
 * test-artifacts/e2e/steps-350/NN-<step>.png. The reading progress with Cancel is shot by
 * worker-read.e2e.ts (02-reading-progress.png), which has the large workbook it needs.
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

/** What a view breaks of the layout rules of a 350 px pane; empty when it keeps them all. */
interface LayoutFinding {
  readonly view: string;
  readonly brokenWords: string[];
  readonly widthPx: number;
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
    widthPx: await page.evaluate(() => document.documentElement.scrollWidth),
    primaryButtons: await primaryButtons(page),
  };
  if (
    finding.brokenWords.length > 0 ||
    finding.widthPx > WIDTH ||
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

test("a step in the dark theme at 350 px", async () => {
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
  expect(layout).toEqual([]);
  await page.close();
});
