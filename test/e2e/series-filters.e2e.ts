/**
 * The series step's new filters in the browser at the pane's width (issue 11): a measure filter
 * and a number filter on Series 1 change the live preview and say what they left out; the
 * screenshot shows the editors at 360 px.
 */
import { join } from "path";
import { ARTIFACTS } from "./build";
import { shot, paneSession, unlabeledControls, uploadSample, useSampleAnchorDate } from "./pane";

const session = paneSession();

test("a measure filter and a number filter on Series 1 change the preview and say why", async () => {
  const page = await session.open();
  await uploadSample(page);
  await useSampleAnchorDate(page);
  const series1 = page.getByTestId("series-Series1");

  // Accounts with at least 20,000 revenue: 115 of the sample's 120 (5 below, see filters-agent).
  await series1.getByRole("button", { name: "Add a measure filter" }).click();
  await series1.getByRole("combobox", { name: "Rule" }).click();
  await page.getByRole("option", { name: "≥" }).click();
  const value = series1.getByRole("textbox", { name: "Value", exact: true });
  await value.fill("20000");
  await page
    .getByText(/^115 rows in the preview\./)
    .first()
    .waitFor({ timeout: 15_000 });
  await page
    .getByText(/group excluded by a measure filter \d+/)
    .first()
    .waitFor();

  await series1.getByRole("button", { name: "Add a number filter" }).click();
  await page
    .getByText(/excluded by a number filter \d+/)
    .first()
    .waitFor({ timeout: 15_000 });
  await series1.getByRole("switch", { name: "Only pricing dates in a fixed range" }).click();
  await series1.getByRole("textbox", { name: "From (inclusive)" }).fill("2025-13-01");
  await page
    .getByText(/Must be a date as YYYY-MM-DD/)
    .first()
    .waitFor();
  await shot(page, "series-filters");
  // The filters' part of the step at full size, to read at the pane's width.
  const top = await series1.getByRole("button", { name: "Add a filter" }).boundingBox();
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.screenshot({
    path: join(ARTIFACTS, "series-filters-detail.png"),
    fullPage: true,
    clip: { x: 0, y: top!.y + scrolled - 8, width: 360, height: 720 },
  });
  expect(await unlabeledControls(page)).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
}, 120_000);
