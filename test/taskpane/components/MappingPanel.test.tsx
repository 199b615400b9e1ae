/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { MappingPanel } from "../../../src/taskpane/components/MappingPanel";
import { mappingView } from "../../../src/taskpane/state/mapping-view";

const headers = [
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

function renderPanel(overrides: Record<string, string>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MappingPanel
        view={mappingView(headers, overrides, lines)}
        label="Field mapping"
        errorOf={() => undefined}
        onChange={() => undefined}
        idPrefix=""
        testIdPrefix="mapping-"
        summaryTestId="mapping-summary"
        summaryClassName=""
        errorTestId="mapping-error"
      />
    </FluentProvider>
  );
}

const rowOf = (field: string) => screen.getByTestId(`mapping-row-${field}`);

test("an override of one field leaves the others mapped and names the conflict on both rows", () => {
  renderPanel({ InvoicePrice: "Customer Name" });
  expect(screen.getByRole("status")).toHaveProperty("textContent", "6 of 7 required fields mapped");
  expect(screen.queryByTestId("mapping-error")).toBeNull();
  expect(rowOf("GrossMargin").getAttribute("data-mapped")).toBe("true");
  expect(rowOf("CustomerName").getAttribute("data-mapped")).toBe("false");
  expect(
    within(rowOf("CustomerName")).getByText(
      "Customer Name is now used by Invoice price (revenue): pick another column for Customer name."
    )
  ).toBeTruthy();
  // The dropdown of the row that took the column is described by the conflict, for screen readers.
  const invoice = within(rowOf("InvoicePrice")).getByRole("combobox");
  const described = (invoice.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent)
    .join(" ");
  expect(described).toContain("Customer Name was the Customer name column");
});

test("a quantity mapped as the margin is warned on the margin's row only", () => {
  renderPanel({ GrossMargin: "Quantity" });
  expect(rowOf("GrossMargin").getAttribute("data-problem")).toBe("true");
  expect(
    within(rowOf("GrossMargin")).getByText(/"Quantity" holds only whole numbers \(21, 14, 3\)/)
  ).toBeTruthy();
  expect(rowOf("InvoicePrice").getAttribute("data-problem")).toBe("false");
});

test("a complete mapping folds to its summary; Change opens the table and keeps it open", () => {
  renderPanel({});
  expect(screen.getByRole("status").textContent).toBe("7 of 7 required fields mapped");
  expect(screen.queryByRole("table", { name: "Field mapping" })).toBeNull();
  const change = screen.getByRole("button", { name: "Change the field mapping" });
  expect(change.getAttribute("aria-expanded")).toBe("false");
  expect(change.textContent).toBe("Change");
  fireEvent.click(change);
  expect(screen.getByRole("table", { name: "Field mapping" })).toBeTruthy();
  expect(rowOf("CustomerId").getAttribute("data-mapped")).toBe("true");
  const hide = screen.getByRole("button", { name: "Hide the field mapping" });
  expect(hide.getAttribute("aria-expanded")).toBe("true");
  fireEvent.click(hide);
  expect(screen.queryByRole("table", { name: "Field mapping" })).toBeNull();
});

test("a mapping with a problem is never folded, and offers no Change button", () => {
  renderPanel({ GrossMargin: "Quantity" });
  expect(screen.getByRole("table", { name: "Field mapping" })).toBeTruthy();
  expect(screen.queryByRole("button", { name: /^Change/ })).toBeNull();
});

/** The field names a formula or the agent document uses, which the pane shows only in tooltips. */
const FIELD_NAMES =
  /CustomerId|CustomerName|CustomerSegment|InvoicePrice|GrossMargin|CalculatedRebate|PricingDate/;

test("the fields not mapped are listed by their business labels", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <MappingPanel
        view={mappingView(["Item", "Warehouse", "Count"], {}, [["Bolt", "North", 12]])}
        label="Field mapping"
        errorOf={() => undefined}
        onChange={() => undefined}
        idPrefix=""
        testIdPrefix="mapping-"
        summaryTestId="mapping-summary"
        summaryClassName=""
        errorTestId="mapping-error"
      />
    </FluentProvider>
  );
  const error = screen.getByTestId("mapping-error");
  expect(within(error).getByText("Fields not mapped")).toBeTruthy();
  expect(error.textContent).toContain(
    "Required fields Customer ID, Customer name, Customer segment, Invoice price (revenue), Gross margin and Pricing date not found."
  );
  expect(error.textContent).not.toMatch(FIELD_NAMES);
});

test("a doubt about a column's values names the field by its label, on its row", () => {
  renderPanel({ GrossMargin: "Quantity" });
  const row = rowOf("GrossMargin");
  expect(
    within(row).getByText(
      '"Quantity" holds only whole numbers (21, 14, 3) beside the prices: is it a quantity? Gross margin needs an amount.'
    )
  ).toBeTruthy();
  expect(row.textContent).not.toMatch(FIELD_NAMES);
});

test("the notes to check name fields by their labels", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <MappingPanel
        view={mappingView(
          ["Customer Id", "Customer Nmae", "Segment", "Invoice Price", "Gross Margin", "Date"],
          {},
          []
        )}
        label="Field mapping"
        errorOf={() => undefined}
        onChange={() => undefined}
        idPrefix=""
        testIdPrefix="mapping-"
        summaryTestId="mapping-summary"
        summaryClassName=""
      />
    </FluentProvider>
  );
  expect(
    screen.getByText(/^Customer name was matched to "Customer Nmae" by similar spelling/)
  ).toBeTruthy();
  expect(
    screen.getByText(
      "Calculated rebate not mapped: the sheet has no rebate column, so rebates are treated as 0."
    )
  ).toBeTruthy();
});
