/**
 * The Profit Contribution step outside Office: switched on with the sample workbook's
 * Activities, Cost Drivers and Customer Costs sheets, their columns detected, the preview of CP II
 * per account, WACC computed as the inputs are typed, the run's report with the contribution's
 * sheets, and switching it off again after a confirmation. Screenshots go to test-artifacts/e2e/.
 */
import { join } from "path";
import { ARTIFACTS } from "./build";
import {
  openAdvanced,
  openMapping,
  shot,
  shownNumber,
  paneSession,
  unlabeledControls,
  uploadSample,
  useSampleAnchorDate,
} from "./pane";
import { loadWorkbook } from "./workbook";

const session = paneSession();

test("on, mapped, previewed, WACC, run and off again", async () => {
  const page = await session.open();
  await uploadSample(page);
  await useSampleAnchorDate(page);
  await page.getByTestId("step-contribution").click();
  await page.getByTestId("contribution-switch").click();

  // The sample's three tables, found by their sheet names, every required field detected.
  for (const [table, required] of [
    // Process costs may be entered as productivity instead (seed 001): 3 required, not 4.
    ["activities", "3 of 3"],
    ["costDrivers", "3 of 3"],
    ["customerCosts", "1 of 1"],
  ] as const) {
    await expect(
      page.getByTestId(`contribution-mapping-summary-${table}`).textContent({ timeout: 30_000 })
    ).resolves.toBe(`${required} required fields mapped`);
  }
  await openMapping(page, "activities-mapping-");
  await expect(
    page.getByTestId("activities-mapping-row-ProcessCosts").getAttribute("data-mapped")
  ).resolves.toBe("true");
  await expect(page.getByTestId("activities-mapping-ProcessCosts").textContent()).resolves.toBe(
    "Process Costs"
  );

  // The preview: accounts, how many lose money after the cost to serve, the whale's peak.
  const accounts = await shownNumber(page, "contribution-accounts", 60_000);
  expect(accounts).toBe(120);
  const belowZero = await shownNumber(page, "contribution-below-zero");
  expect(belowZero).toBeGreaterThan(0);
  expect(belowZero).toBeLessThan(accounts);
  await expect(page.getByTestId("contribution-whale").textContent()).resolves.toMatch(
    /^Whale curve: the \d+ most profitable accounts earn \d+\.\d% of the total CP II; the other \d+ accounts give \d+\.\d% of it away\.$/
  );
  await expect(page.getByTestId("contribution-bottom").locator("tbody tr").count()).resolves.toBe(
    5
  );
  await page.getByTestId("contribution-quality").waitFor();
  // What was read from the tables is not a second "Input tables" heading beside the section's.
  await expect(page.getByRole("heading", { name: "Input tables" }).count()).resolves.toBe(1);
  await expect(
    page.getByTestId("contribution-quality").getByRole("heading", { name: "Tables read" }).count()
  ).resolves.toBe(1);
  await shot(page, "15-contribution");

  await openAdvanced(page, "advanced-contribution");
  // WACC: 60/40, r_e = 3% + 1.1 x (8% - 3%) = 8.5%, WACC = 0.6 x 8.5% + 0.4 x 5% x 0.75 = 6.6%.
  await page.getByTestId("discount-kind").click();
  await page.getByRole("option", { name: "WACC, equity by CAPM" }).click();
  await expect(page.getByTestId("discount-rate-used").textContent()).resolves.toBe(
    "Discount rate used: 6.60%"
  );
  await page.getByTestId("wacc-taxRate").fill("30");
  // 5.1% + 0.4 x 5% x 0.7 = 6.5%.
  await expect(page.getByTestId("discount-rate-used").textContent()).resolves.toBe(
    "Discount rate used: 6.50%"
  );
  await page.getByTestId("wacc-equity").fill("0");
  await page.getByTestId("wacc-debt").fill("0");
  await expect(page.getByTestId("discount-rate-used").textContent()).resolves.toBe(
    "No discount rate: WACC needs equity plus debt above 0."
  );
  await page
    .getByText("Equity plus debt must be above 0 to weight the costs of capital.")
    .waitFor();
  await page.getByTestId("wacc-equity").fill("600000");
  await page.getByTestId("wacc-debt").fill("400000");
  // Seed 001: risk-free = real rate + inflation (1% + 2% = the 3% entered: still 6.5%).
  await page.getByTestId("risk-free-kind").click();
  await page.getByRole("option", { name: "Real rate + inflation" }).click();
  await page.getByTestId("wacc-real-rate").fill("1");
  await page.getByTestId("wacc-inflation").fill("2");
  await page.getByText("Risk-free rate = real 1.00% + inflation 2.00% = 3.00%").waitFor();
  // Cost of debt from the relationships' debt costs: 24,000 / 400,000 = 6%;
  // WACC = 0.6 x 8.5% + 0.4 x 6% x 0.7 = 5.1% + 1.68% = 6.78%.
  await page.getByTestId("cost-of-debt-kind").click();
  await page.getByRole("option", { name: "From relationships' debt costs" }).click();
  await page.getByTestId("wacc-relationship-debt-costs").fill("24000");
  await expect(page.getByTestId("discount-rate-used").textContent()).resolves.toBe(
    "Discount rate used: 6.78%"
  );
  await shot(page, "16b-contribution-wacc-parts");
  await page.getByTestId("wacc-relationship-debt-costs").fill("20000");
  await expect(page.getByTestId("discount-rate-used").textContent()).resolves.toBe(
    "Discount rate used: 6.50%"
  );
  await page.getByTestId("contribution-cost-table-months").fill("0");
  await page.getByText("Enter a number of months from 1 to 120.").waitFor();
  await page.getByTestId("contribution-cost-table-months").fill("12");
  await page.getByTestId("contribution-horizon").fill("101");
  await page.getByText("Enter a number of years from 0 to 100.").waitFor();
  await page.getByTestId("contribution-horizon").fill("5");
  // The preview follows once the edits settle: customer value at the WACC.
  await page
    .getByText("Customer value discounted at 6.5%; amounts in USD.")
    .waitFor({ timeout: 30_000 });
  await shot(page, "16-contribution-wacc");
  expect(await unlabeledControls(page)).toEqual([]);

  // The five measures are in the join, and a rule can use them.
  await page.getByTestId("step-join").click();
  await page.getByTestId("join-measure-CPII").waitFor();

  // The run's report has the contribution's sheets.
  await page.getByTestId("step-summary").click();
  await page.getByTestId("run").click();
  await page.getByTestId("flagged-count").waitFor({ timeout: 90_000 });
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download").click(),
  ]);
  const saved = join(ARTIFACTS, "contribution.xlsx");
  await file.saveAs(saved);
  const book = await loadWorkbook(saved);
  const names = book.worksheets.map((w) => w.name);
  expect(names).toEqual(expect.arrayContaining(["Customer Profit Contribution", "Activity Rates"]));
  const joinSheet = book.getWorksheet("Join Series")!;
  let headers: string[] = [];
  joinSheet.eachRow((row) => {
    const texts = Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text);
    if (headers.length === 0 && texts.includes("CP II")) headers = texts;
  });
  expect(headers).toEqual(
    expect.arrayContaining(["CP I", "Cost to Serve", "CP II", "CP II Margin %", "Customer Value"])
  );

  // Off again: the confirmation names what goes with it.
  await page.getByTestId("step-contribution").click();
  await page.getByTestId("contribution-switch").click();
  await expect(page.getByTestId("contribution-off-list").textContent()).resolves.toBe(
    "Join 5 measures: CPI, CostToServe, CPII, CPIIMarginPct, CustomerValue"
  );
  await shot(page, "17-contribution-off-confirm");
  await page.getByTestId("contribution-off-confirm").click();
  await expect(page.getByTestId("contribution-accounts").count()).resolves.toBe(0);
  await page.getByTestId("step-join").click();
  await page.getByTestId("join-measure-MarginVariance").waitFor();
  await expect(page.getByTestId("join-measure-CPII").count()).resolves.toBe(0);
  expect(session.consoleErrors).toEqual([]);
  await page.close();
});
