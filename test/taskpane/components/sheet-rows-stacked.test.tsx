/** @jest-environment jsdom */
/**
 * A result table wider than the pane stacks each row as "header  value" lines instead of
 * scrolling sideways (issue 12); one that fits stays a table. jsdom lays nothing out, so the
 * widths are given: the table's own width as a table, and its box's.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import type { SheetDescription } from "../../../src/core/model/sheet";
import { SheetRowsPreview } from "../../../src/taskpane/components/SheetRowsPreview";

const sheet: SheetDescription = {
  name: "Join",
  title: "Join",
  table: {
    name: "Join",
    columns: [
      { key: "CustomerName", header: "Customer Name", format: "text" },
      { key: "Revenue", header: "Revenue", format: "money" },
      { key: "AvgMarginPct", header: "Avg Margin %", format: "percent" },
    ],
    rows: [
      { CustomerName: "Acme", Revenue: 1234.5, AvgMarginPct: 0.1754 },
      { CustomerName: "Contoso", Revenue: 99, AvgMarginPct: -0.02 },
    ],
  },
};

function widths(table: number, box: number) {
  jest.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockImplementation(function (
    this: HTMLElement
  ) {
    return this.tagName === "TABLE" ? table : 0;
  });
  jest.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(box);
}

afterEach(() => jest.restoreAllMocks());

function renderRows() {
  render(
    <FluentProvider theme={webLightTheme}>
      <SheetRowsPreview sheet={sheet} label="Join" testId="rows" />
    </FluentProvider>
  );
  return screen.getByRole("region", { name: "First 2 of 2 rows of Join" });
}

test("a table wider than its box is stacked, each value beside its header", () => {
  widths(700, 326);
  const region = renderRows();
  expect(region.dataset.layout).toBe("stacked");
  // The same rows and headers, still a table to screen readers.
  expect(
    within(region)
      .getAllByRole("columnheader")
      .map((th) => th.textContent)
  ).toEqual(["Customer Name", "Revenue", "Avg Margin %"]);
  const rows = within(region).getAllByRole("row").slice(1);
  expect(rows.map((r) => r.textContent)).toEqual(["Acme1,234.5017.54%", "Contoso99.00-2.00%"]);
  // Each value is shown under the header it belongs to (drawn from data-header).
  expect(
    within(rows[0]!)
      .getAllByRole("cell")
      .map((td) => `${td.dataset.header}: ${td.textContent}`)
  ).toEqual(["Customer Name: Acme", "Revenue: 1,234.50", "Avg Margin %: 17.54%"]);
});

test("a table that fits its box stays a table", () => {
  widths(300, 326);
  const region = renderRows();
  expect(region.dataset.layout).toBe("table");
  expect(within(region).getAllByRole("row")).toHaveLength(3);
});
