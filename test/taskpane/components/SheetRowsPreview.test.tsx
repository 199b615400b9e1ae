/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { SheetDescription } from "../../../src/core/model/sheet";
import { SheetRowsPreview } from "../../../src/taskpane/components/SheetRowsPreview";

const sheet: SheetDescription = {
  name: "Series 1",
  title: "Series 1",
  table: {
    name: "Series1",
    columns: [
      { key: "CustomerName", header: "Customer Name", format: "text" },
      { key: "Revenue", header: "Revenue", format: "money" },
      { key: "AvgMarginPct", header: "Avg Margin %", format: "percent" },
    ],
    rows: Array.from({ length: 12 }, (_, i) => ({
      CustomerName: `Account ${i + 1}`,
      Revenue: 1234.5 * (12 - i),
      AvgMarginPct: i === 3 ? null : 0.1754,
    })),
  },
};

function renderRows() {
  render(
    <FluentProvider theme={webLightTheme}>
      <SheetRowsPreview sheet={sheet} label="Series 1" testId="rows" />
    </FluentProvider>
  );
}

test("the first five rows under the sheet's own headers, formatted as the sheet's columns", () => {
  renderRows();
  const region = screen.getByRole("region", { name: "First 5 of 12 rows of Series 1" });
  expect(region.getAttribute("tabindex")).toBe("0");
  expect(
    within(region)
      .getAllByRole("columnheader")
      .map((th) => th.textContent)
  ).toEqual(["Customer Name", "Revenue", "Avg Margin %"]);
  const rows = within(region).getAllByRole("row").slice(1);
  expect(rows).toHaveLength(5);
  expect(rows.map((r) => r.textContent)).toEqual([
    "Account 114,814.0017.54%",
    "Account 213,579.5017.54%",
    "Account 312,345.0017.54%",
    "Account 411,110.50–",
    "Account 59,876.0017.54%",
  ]);
});

test("'12 rows: show all' shows every row, and goes back to the first five", () => {
  renderRows();
  fireEvent.click(screen.getByRole("button", { name: "12 rows: show all" }));
  const region = screen.getByRole("region", { name: "All 12 rows of Series 1" });
  expect(within(region).getAllByRole("row")).toHaveLength(13);
  fireEvent.click(screen.getByRole("button", { name: "Show the first 5" }));
  expect(screen.getByRole("region", { name: "First 5 of 12 rows of Series 1" })).toBeTruthy();
});

test("a table of five rows or fewer has no show-all button", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <SheetRowsPreview
        sheet={{ ...sheet, table: { ...sheet.table, rows: sheet.table.rows.slice(0, 5) } }}
        label="Series 1"
        testId="rows"
      />
    </FluentProvider>
  );
  expect(screen.queryByRole("button")).toBeNull();
});
