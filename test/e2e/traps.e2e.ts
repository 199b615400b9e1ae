/**
 * The four ways the pane used to give wrong results without a word, at Excel's task-pane width
 * (350 px): an override that wiped out the whole mapping, text silently compared as text in a
 * rule, plausible wrong columns accepted, and one file's mapping carried to another file.
 * Screenshots go to test-artifacts/e2e/.
 */
import type { Page } from "playwright-core";
import { openMapping, SAMPLE, shot, paneSession, uploadSample, useSampleAnchorDate } from "./pane";

const session = paneSession(350);

async function pickColumn(page: Page, field: string, column: string): Promise<void> {
  await openMapping(page);
  await page.getByTestId(`mapping-${field}`).click();
  await page.getByRole("option", { name: column, exact: true }).click();
}

async function mappedColumn(page: Page, field: string): Promise<string | null> {
  await openMapping(page);
  return page.getByTestId(`mapping-${field}`).textContent();
}

test("an override changes one field only; the conflict is shown on the two rows", async () => {
  const page = await session.open();
  await uploadSample(page);
  await pickColumn(page, "InvoicePrice", "Customer Name");

  await expect(page.getByTestId("mapping-summary").textContent()).resolves.toBe(
    "6 of 7 required fields mapped"
  );
  for (const [field, column] of [
    ["CustomerId", "Customer Id"],
    ["CustomerSegment", "Customer Segment"],
    ["GrossMargin", "Gross Margin"],
    ["CalculatedRebate", "Calculated Rebate"],
    ["PricingDate", "Pricing Date"],
    ["Currency", "Currency"],
  ]) {
    await expect(mappedColumn(page, field)).resolves.toBe(column);
  }
  await expect(page.getByTestId("mapping-problem-CustomerName").textContent()).resolves.toBe(
    "Customer Name is now used by Invoice price (revenue): pick another column for Customer name."
  );
  await expect(page.getByTestId("mapping-problem-InvoicePrice").textContent()).resolves.toBe(
    "Customer Name was the Customer name column: pick another column here, or one for Customer name."
  );
  // The long "Required field ... Headers found: ..." is said once (the rows say the rest), and the step is marked.
  await expect(page.getByTestId("mapping-error").count()).resolves.toBe(0);
  await page.locator('[data-testid="step-data"][aria-label$=", 1 problem"]').waitFor();
  await shot(page, "20-trap-override-conflict");

  // Back to automatic: everything is found again.
  await pickColumn(page, "InvoicePrice", "Detect automatically");
  await expect(page.getByTestId("mapping-summary").textContent()).resolves.toBe(
    "7 of 7 required fields mapped"
  );
  await expect(page.getByTestId("mapping-problem-CustomerName").count()).resolves.toBe(0);
  expect(session.consoleErrors).toEqual([]);
  await page.close();
});

test("a number measure takes numbers: percent typed as percent, text is a red error and a step badge", async () => {
  const page = await session.open();
  await uploadSample(page);
  await useSampleAnchorDate(page);
  await page.getByTestId("step-rules").click();
  const value = page.getByTestId("rule-value-1");
  // MarginVariance > 0.02 in the document, shown in percent; no fraction hint.
  await expect(value.inputValue()).resolves.toBe("2 %");
  await expect(page.getByText(/is a fraction/).count()).resolves.toBe(0);

  await value.fill("3 %");
  await expect(page.getByTestId("rule-text").textContent()).resolves.toBe(
    "Current Margin % < 0 % or Margin Variance > 3 %"
  );

  await value.fill("three percent");
  await page
    .getByText(
      '"three percent" is not a number; Margin Variance is a number measure: enter a percentage such as 2 %.'
    )
    .waitFor();
  await page.getByText("Fix the problems marked in red to preview the rule.").waitFor();
  await expect(page.getByTestId("preview-count").count()).resolves.toBe(0);
  await expect(page.getByText("Compared as text.").count()).resolves.toBe(0);
  // The rule line says so too, in red: never a valid-looking comparison with "three percent".
  await expect(page.getByTestId("rule-text-invalid").textContent()).resolves.toBe(
    '"three percent" (not a number)'
  );
  await expect(page.getByTestId("step-rules").getAttribute("aria-label")).resolves.toMatch(
    /, 1 problem$/
  );
  await shot(page, "21-trap-rule-text");
  await page.close();
});

test("plausible wrong mappings are warned on the row", async () => {
  const page = await session.open();
  await uploadSample(page);
  await expect(page.getByTestId("mapping-problem-GrossMargin").count()).resolves.toBe(0);

  await pickColumn(page, "GrossMargin", "Quantity");
  await expect(page.getByTestId("mapping-problem-GrossMargin").textContent()).resolves.toBe(
    '"Quantity" holds only whole numbers (21, 14, 3) beside the prices: is it a quantity? Gross margin needs an amount.'
  );
  await shot(page, "22-trap-quantity-as-margin");

  await pickColumn(page, "GrossMargin", "Detect automatically");
  await pickColumn(page, "CalculatedRebate", "Product");
  await expect(page.getByTestId("mapping-problem-CalculatedRebate").textContent()).resolves.toMatch(
    /^Most values of "Product" are not numbers \(such as ".+"\); Calculated rebate needs an amount on each line\.$/
  );
  await page.close();
});

/** Waits until the pane shows `name`'s sheet (not the file before it, kept on screen while it is read). */
async function openFileShown(page: Page, name: string): Promise<void> {
  await page
    .getByTestId("open-file")
    .filter({ hasText: `Open: ${name}` })
    .waitFor({ timeout: 30_000 });
}

/** A small file with other headers than the sample's. */
function otherCsv(): Buffer {
  const lines = ["Account,Account Name,Segment,Date,Net Sales,GM,Rebate"];
  for (let i = 0; i < 30; i++)
    lines.push(
      `A${i % 6},Account ${i % 6},Cooling,2025-0${1 + (i % 9)}-15,${100 + i}.5,${10 + i}.25,0`
    );
  return Buffer.from(lines.join("\n"), "utf8");
}

test("a mapping is remembered for its own headers, never carried to a file with other headers", async () => {
  const page = await session.open();
  await uploadSample(page);
  await pickColumn(page, "CustomerSegment", "Region");
  await expect(mappedColumn(page, "CustomerSegment")).resolves.toBe("Region");

  await page
    .getByTestId("file-input")
    .setInputFiles({ name: "other.csv", mimeType: "text/csv", buffer: otherCsv() });
  // The sample stays on screen while other.csv is read: wait for the new file, not for the
  // sample's own "Rows read" (the "Open:" line changes with the mapping, use-source.ts).
  await openFileShown(page, "other.csv");
  await expect(page.getByTestId("rows-read").textContent({ timeout: 30_000 })).resolves.toBe("30");
  await expect(page.getByTestId("mapping-summary").textContent()).resolves.toBe(
    "7 of 7 required fields mapped"
  );
  await expect(page.getByTestId("mapping-error").count()).resolves.toBe(0);
  await expect(mappedColumn(page, "CustomerSegment")).resolves.toBe("Segment");
  await shot(page, "23-trap-other-file");

  // The sample again: its own mapping comes back.
  await page.getByTestId("file-input").setInputFiles(SAMPLE);
  await openFileShown(page, "sample-transactions.xlsx");
  await page.getByTestId("currencies-found").waitFor({ timeout: 30_000 });
  await expect(mappedColumn(page, "CustomerSegment")).resolves.toBe("Region");
  await page.close();
});
