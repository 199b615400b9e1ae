/**
 * The agent as SQL from the task pane: on the sample, the Summary step offers the statements for a
 * chosen database or warehouse and table, reading the sheet's own column names; warehouses the
 * project does not run are marked. Screenshot: test-artifacts/agent-sql.png (350 px wide).
 */
import { shot, paneSession, uploadSample } from "./pane";

const session = paneSession();

test("the Summary step gives the agent as SQL for the chosen dialect and table", async () => {
  const page = await session.open();
  await uploadSample(page);
  await page.getByTestId("step-summary").click();
  const section = page.getByTestId("agent-sql");
  await section.scrollIntoViewIfNeeded();
  const script = page.getByTestId("sql-script");
  await expect(script.inputValue()).resolves.toMatch(/^-- The agent as SQL for postgres:/);
  await page.getByTestId("sql-table").fill("finance.sales_lines");
  await expect(script.inputValue()).resolves.toContain(`FROM "finance"."sales_lines" AS src`);
  // The sheet's own headers are the table's columns.
  await expect(script.inputValue()).resolves.toContain(`src."Customer Id"`);
  await page.getByTestId("sql-dialect").click();
  await page.getByRole("option", { name: "Snowflake" }).click();
  await expect(script.inputValue()).resolves.toContain("not run by this project");
  await expect(
    section.getByText(/checked by a SQL parser; it is not run/).isVisible()
  ).resolves.toBe(true);
  await expect(page.getByTestId("sql-download").getAttribute("download")).resolves.toBe(
    "Unprofitable-Account-Agent.snowflake.sql"
  );
  await section.evaluate((element) => element.scrollIntoView());
  await shot(page, "agent-sql");
  expect(session.consoleErrors).toEqual([]);
});
