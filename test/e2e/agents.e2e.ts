/**
 * Several agents in one workbook, in the pane at Excel's task-pane width (350 px): the list above
 * the steps, adding the second example agent, switching, renaming, deleting after a confirmation,
 * and the agents kept between visits. Screenshots go to test-artifacts/e2e/.
 */
import type { Page } from "playwright-core";
import { shot, startPaneSession, type PaneSession } from "./pane";

let session: PaneSession;

beforeAll(async () => {
  session = await startPaneSession(350);
});

afterAll(async () => {
  await session?.close();
});

async function agentNames(page: Page): Promise<string[]> {
  return page.getByTestId("agent-select").locator("option").allTextContents();
}

async function openAgent(page: Page): Promise<string> {
  return page.getByTestId("agent-select").evaluate((select) => {
    const element = select as HTMLSelectElement;
    return element.options[element.selectedIndex].text;
  });
}

test("agents are added, switched, renamed and deleted, and kept between visits", async () => {
  const page = await session.open();
  expect(await agentNames(page)).toEqual(["Unprofitable Account Agent"]);
  // The only agent cannot be deleted.
  await expect(page.getByTestId("agent-delete").isDisabled()).resolves.toBe(true);

  await page.getByTestId("agent-add").click();
  await shot(page, "agents-1-add-choices");
  await page.getByTestId("agent-add-trend").click();
  await page.getByTestId("agent-select").locator("option").nth(1).waitFor({ state: "attached" });
  expect(await agentNames(page)).toEqual([
    "Unprofitable Account Agent",
    "Improving Accounts Below Their Segment",
  ]);
  expect(await openAgent(page)).toBe("Improving Accounts Below Their Segment");
  await expect(page.getByTestId("agent-name").textContent()).resolves.toBe(
    "Improving Accounts Below Their Segment"
  );
  // The example's own rule is open: its join has the margin trend.
  await page.getByTestId("step-summary").click();
  await expect(page.getByLabel("Agent name").inputValue()).resolves.toBe(
    "Improving Accounts Below Their Segment"
  );
  await shot(page, "agents-2-trend-open");

  // Switching opens the other agent's settings.
  await page.getByTestId("agent-select").selectOption({ index: 0 });
  await expect(page.getByTestId("agent-name").textContent()).resolves.toBe("Built-in agent");
  await page.getByTestId("agent-select").selectOption({ index: 1 });
  await expect(page.getByTestId("agent-name").textContent()).resolves.toBe(
    "Improving Accounts Below Their Segment"
  );

  // Renaming: a name another agent has is refused, in words.
  await page.getByTestId("agent-rename").click();
  await page.getByTestId("agent-new-name").fill("unprofitable account agent");
  await page.getByRole("button", { name: "Rename", exact: true }).click();
  await expect(page.getByTestId("agent-message").textContent()).resolves.toContain(
    "Another agent of this workbook is named 'unprofitable account agent'."
  );
  await page.getByTestId("agent-new-name").fill("Margin trend");
  await page.getByRole("button", { name: "Rename", exact: true }).click();
  await page.getByTestId("agent-name").getByText("Margin trend").waitFor();
  expect(await agentNames(page)).toEqual(["Unprofitable Account Agent", "Margin trend"]);

  // Kept between visits: both agents, the renamed one open.
  await page.evaluate(() => sessionStorage.setItem("uaa.e2e.keep", "1"));
  await page.reload();
  await page.getByTestId("step-title").waitFor();
  expect(await agentNames(page)).toEqual(["Unprofitable Account Agent", "Margin trend"]);
  expect(await openAgent(page)).toBe("Margin trend");

  // Deleting asks first, and says what goes.
  await page.getByTestId("agent-delete").click();
  await expect(page.getByTestId("agent-delete-question").textContent()).resolves.toContain(
    "Delete 'Margin trend'? Its settings go"
  );
  await shot(page, "agents-3-delete-confirmation");
  await page.getByTestId("agent-delete-confirm").click();
  await expect(page.getByTestId("agent-message").textContent()).resolves.toBe(
    "'Margin trend' was deleted."
  );
  expect(await agentNames(page)).toEqual(["Unprofitable Account Agent"]);
  await expect(page.getByTestId("agent-name").textContent()).resolves.toBe("Built-in agent");
  await shot(page, "agents-4-after-delete");
  await page.evaluate(() => sessionStorage.removeItem("uaa.e2e.keep"));
  expect(session.consoleErrors).toEqual([]);
  await page.close();
});

/**
 * The switcher's controls at the pane's narrowest (350 px) and a wider pane (500 px): the list has
 * its own row, the buttons sit below it, and each button is what a click at its centre reaches
 * (the list once lay over Rename, so neither a user nor a test could click it).
 */
async function clickTargets(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const reached: Record<string, string> = {};
    for (const id of ["agent-add", "agent-rename", "agent-delete"]) {
      const button = document.querySelector(`[data-testid="${id}"]`) as HTMLElement;
      const box = button.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      reached[id] = hit !== null && button.contains(hit) ? id : (hit?.outerHTML.slice(0, 60) ?? "");
    }
    return reached;
  });
}

async function checkSwitcherLayout(page: Page, width: number): Promise<void> {
  await page.getByTestId("agent-add").click();
  await page.getByTestId("agent-add-sample").click();
  await page.getByTestId("agent-select").locator("option").nth(1).waitFor({ state: "attached" });
  await page.getByTestId("agent-rename").click();
  await page.getByTestId("agent-new-name").waitFor();
  const select = await page.getByTestId("agent-select").boundingBox();
  const rename = await page.getByTestId("agent-rename").boundingBox();
  // The buttons are below the list, not beside it.
  expect(rename!.y).toBeGreaterThanOrEqual(select!.y + select!.height);
  expect(await clickTargets(page)).toEqual({
    "agent-add": "agent-add",
    "agent-rename": "agent-rename",
    "agent-delete": "agent-delete",
  });
  // Nothing of the switcher is wider than the pane.
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(width);
  await shot(page, `agents-5-switcher-${width}px`);
}

test("the switcher's buttons are below the list and clickable at 350 px", async () => {
  const page = await session.open();
  await checkSwitcherLayout(page, 350);
  expect(session.consoleErrors).toEqual([]);
  await page.close();
});

test("the switcher's buttons are below the list and clickable at 500 px", async () => {
  const wide = await startPaneSession(500);
  try {
    const page = await wide.open();
    await checkSwitcherLayout(page, 500);
    expect(wide.consoleErrors).toEqual([]);
  } finally {
    await wide.close();
  }
});
