/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import type { ResultRow } from "../../../src/core/model/result-row";
import { AccountItem, accountName } from "../../../src/taskpane/components/AccountItem";

function renderItem(row: ResultRow, props: { levels?: string[]; showId?: boolean } = {}) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ul>
        <AccountItem row={row} levels={props.levels} showId={props.showId}>
          <span>Uplift 2.0%</span>
        </AccountItem>
      </ul>
    </FluentProvider>
  );
  return screen.getByRole("listitem");
}

test("an account shows its whole name, its id, its margin against its segment's and the rule met", () => {
  const item = renderItem(
    {
      CustomerId: "C042",
      CustomerName: "Northwind Traders",
      CurrentMarginPct: 0.031,
      SegmentAvgMarginPct: 0.12,
      RulesMet: "Margin under segment",
    } as ResultRow,
    { showId: true }
  );
  expect(within(item).getByText("Northwind Traders")).toBeTruthy();
  expect(item.textContent).toContain("Northwind Traders (C042)");
  expect(within(item).getByText(/^Margin/).textContent).toBe("Margin 3.10% vs segment 12.00%");
  expect(within(item).getByText("Rule met: Margin under segment")).toBeTruthy();
  expect(within(item).getByText("Uplift 2.0%")).toBeTruthy();
});

test("without showId the id is not shown; without a segment the margin stands alone", () => {
  const item = renderItem({
    CustomerId: "C042",
    CustomerName: "Northwind Traders",
    CurrentMarginPct: 0.031,
  } as ResultRow);
  expect(item.textContent).not.toContain("C042");
  expect(within(item).getByText(/^Margin/).textContent).toBe("Margin 3.10%");
  expect(within(item).queryByText(/Rule met/)).toBeNull();
});

test("without CustomerName the name is the innermost level and the id the outermost", () => {
  const row = { Region: "EMEA", Customer: "Contoso", Revenue: 10 } as unknown as ResultRow;
  expect(accountName(row, ["Region", "Customer"])).toEqual({ name: "Contoso", id: "EMEA" });
  const item = renderItem(row, { levels: ["Region", "Customer"], showId: true });
  expect(item.textContent).toContain("Contoso (EMEA)");
});

test("an id equal to the name is not repeated; a row with no text value is named by a dash", () => {
  expect(accountName({ CustomerId: "C1" } as ResultRow)).toEqual({ name: "C1", id: null });
  expect(accountName({ Revenue: 5 } as unknown as ResultRow)).toEqual({ name: "–", id: null });
});
