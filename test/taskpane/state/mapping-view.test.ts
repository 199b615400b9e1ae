import { confidenceBadge } from "../../../src/taskpane/state/mapping-badge";
import { mappingView } from "../../../src/taskpane/state/mapping-view";
import { displayCell, serialToIso } from "../../../src/taskpane/state/cell-display";

const headers = [
  "Customer Id",
  "Customer Name",
  "Segment",
  "Pricing Date",
  "Invoce Price",
  "Gross Margin",
  "Region",
];
const rows = [
  ["C1", "Acme", "Enterprise", 45951, 100, 20, "North"],
  ["C2", "Beta", "SMB", 45950, { error: "#N/A" }, 5, "South"],
];

test("every field shows its column, how it matched and sample values", () => {
  const view = mappingView(headers, {}, rows);
  expect(view.error).toBeNull();
  expect(view.requiredTotal).toBe(7);
  expect(view.requiredMapped).toBe(6); // no rebate column
  const byField = Object.fromEntries(view.rows.map((r) => [r.field, r]));
  expect(byField.CustomerId.match?.header).toBe("Customer Id");
  expect(byField.CustomerId.badge).toEqual({
    text: "Same label 95%",
    color: "success",
    description: "The header is the field's name written differently (confidence 95%).",
  });
  expect(byField.InvoicePrice.badge.text).toMatch(/^Similar \d+%$/);
  expect(byField.InvoicePrice.badge.color).toBe("danger");
  expect(byField.InvoicePrice.samples).toEqual(["100", "#N/A"]);
  expect(byField.PricingDate.samples).toEqual(["2025-10-21", "2025-10-20"]);
  expect(byField.CalculatedRebate.match).toBeNull();
  expect(byField.CalculatedRebate.required).toBe(false);
  expect(byField.CalculatedRebate.badge.text).toBe("Not in sheet");
  expect(view.warnings.some((w) => w.startsWith("Invoice price (revenue) was matched"))).toBe(true);
});

test("an override is shown as the user's choice", () => {
  const view = mappingView(headers, { CustomerSegment: "Region" }, rows);
  const segment = view.rows.find((r) => r.field === "CustomerSegment")!;
  expect(segment.override).toBe("Region");
  expect(segment.badge.text).toBe("Set by you");
  expect(segment.samples).toEqual(["North", "South"]);
});

test("a missing required field gives the mapping error and a 'Not found' badge", () => {
  const view = mappingView(["Customer Id", "Invoice Price"], {}, []);
  expect(view.error).toContain("not found");
  expect(view.rows.find((r) => r.field === "GrossMargin")!.badge).toMatchObject({
    text: "Not found",
    color: "danger",
  });
  expect(confidenceBadge(null, false).color).toBe("subtle");
});

test("cells display as a spreadsheet shows them", () => {
  expect(serialToIso(45951)).toBe("2025-10-21");
  expect(displayCell(null)).toBe("(blank)");
  expect(displayCell({ error: "#DIV/0!" })).toBe("#DIV/0!");
  expect(displayCell(new Date(Date.UTC(2025, 9, 21)))).toBe("2025-10-21");
  expect(displayCell(true)).toBe("TRUE");
  expect(displayCell(45951)).toBe("45951");
  expect(displayCell("A very long customer name that goes on")).toBe("A very long customer na…");
});

const sample = [
  "Customer Id",
  "Customer Name",
  "Customer Segment",
  "Pricing Date",
  "Invoice Price",
  "Gross Margin",
  "Calculated Rebate",
  "Quantity",
];
const lines = [
  ["C1", "Acme", "Cooling", 45951, 2787.88, 214.88, 39.87, 21],
  ["C2", "Beta", "Packaging", 45950, 3780.14, 410.19, 23.81, 14],
  ["C3", "Cyan", "Cooling", 45949, 3730.68, 839.68, 0, 3],
];

test("pointing one field at another's column changes that field only; the conflict is on its two rows", () => {
  const view = mappingView(sample, { InvoicePrice: "Customer Name" }, lines);
  const byField = Object.fromEntries(view.rows.map((r) => [r.field, r]));
  // Every other field keeps the column detected for it.
  expect(byField.CustomerId.match?.header).toBe("Customer Id");
  expect(byField.GrossMargin.match?.header).toBe("Gross Margin");
  expect(byField.CalculatedRebate.match?.header).toBe("Calculated Rebate");
  expect(byField.InvoicePrice.match?.header).toBe("Customer Name");
  expect(byField.CustomerName.match).toBeNull();
  expect(view.requiredMapped).toBe(6);
  expect(byField.CustomerName.problem).toBe(
    "Customer Name is now used by Invoice price (revenue): pick another column for Customer name."
  );
  expect(byField.InvoicePrice.problem).toBe(
    "Customer Name was the Customer name column: pick another column here, or one for Customer name."
  );
  // Said on the rows; the long "Required field ... not found. Headers found: ..." is not repeated above them.
  expect(view.error).toBeNull();
  expect(byField.GrossMargin.problem).toBeNull();
});

test("a plausible but wrong column is warned on its row", () => {
  const view = mappingView(sample, { GrossMargin: "Quantity" }, lines);
  const margin = view.rows.find((r) => r.field === "GrossMargin")!;
  expect(margin.match?.header).toBe("Quantity");
  expect(margin.problem).toBe(
    '"Quantity" holds only whole numbers (21, 14, 3) beside the prices: is it a quantity? Gross margin needs an amount.'
  );
  expect(mappingView(sample, {}, lines).rows.every((r) => r.problem === null)).toBe(true);
});
