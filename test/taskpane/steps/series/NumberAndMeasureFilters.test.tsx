/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { useReducer } from "react";
import type { SeriesFilters } from "../../../../src/core/model/document";
import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import { agentReducer, initialAgentState } from "../../../../src/taskpane/state/agent-reducer";
import { AgentContext } from "../../../../src/taskpane/state/context";
import { NumberAndMeasureFilters } from "../../../../src/taskpane/steps/series/NumberAndMeasureFilters";

/** The series' date range, number and measure filters as the pane edits them. */

let filters: SeriesFilters | null = null;

function Harness() {
  const [state, dispatch] = useReducer(agentReducer, initialAgentState(unprofitableAccountAgent()));
  filters = state.doc.series[0].filters;
  return (
    <AgentContext.Provider value={{ state, dispatch }}>
      <NumberAndMeasureFilters
        index={0}
        series={state.doc.series[0]}
        numericFields={["InvoicePrice", "GrossMargin", "CalculatedRebate"]}
        issues={state.issues}
      />
    </AgentContext.Provider>
  );
}

function renderFilters() {
  render(
    <FluentProvider theme={webLightTheme}>
      <Harness />
    </FluentProvider>
  );
}

test("a number filter is added, its value typed, and BETWEEN takes two bounds", () => {
  renderFilters();
  fireEvent.click(screen.getByRole("button", { name: "Add a number filter" }));
  expect(filters?.numbers).toEqual([{ field: "InvoicePrice", operator: ">", value: 0 }]);
  fireEvent.change(screen.getByLabelText("Value"), { target: { value: "1,250.50" } });
  expect(filters?.numbers).toEqual([{ field: "InvoicePrice", operator: ">", value: 1250.5 }]);

  fireEvent.click(screen.getByRole("combobox", { name: "Rule" }));
  fireEvent.click(screen.getByRole("option", { name: "between" }));
  expect(filters?.numbers).toEqual([
    { field: "InvoicePrice", operator: "between", low: 1250.5, high: 1250.5 },
  ]);
  fireEvent.change(screen.getByLabelText("To"), { target: { value: "5000" } });
  expect(filters?.numbers?.[0]).toMatchObject({ low: 1250.5, high: 5000 });

  fireEvent.click(screen.getByRole("button", { name: "Remove number filter 1" }));
  expect(filters?.numbers).toEqual([]);
});

test("a measure filter offers the series' aggregate measures only", () => {
  renderFilters();
  fireEvent.click(screen.getByRole("button", { name: "Add a measure filter" }));
  expect(filters?.measures).toEqual([{ measure: "Revenue", operator: ">", value: 0 }]);
  fireEvent.click(screen.getByRole("combobox", { name: /Measure/ }));
  const options = screen.getAllByRole("option").map((o) => o.textContent);
  // Series 1's aggregates; AvgMarginPct (a formula) and RevenueRank (a rank) are not offered.
  expect(options).toEqual(["Revenue", "Profit", "AnnualRevenue"]);
  fireEvent.click(screen.getByRole("option", { name: "Profit" }));
  expect(filters?.measures).toEqual([{ measure: "Profit", operator: ">", value: 0 }]);
});

test("a date range is switched on, and a date the check cannot read is named under its box", () => {
  renderFilters();
  fireEvent.click(screen.getByRole("switch", { name: "Only pricing dates in a fixed range" }));
  expect(filters?.dateRange).toEqual({ from: null, to: null });
  fireEvent.change(screen.getByLabelText("From (inclusive)"), { target: { value: "31/01/2025" } });
  expect(filters?.dateRange).toEqual({ from: "31/01/2025", to: null });
  expect(
    screen.getByText(
      /must be a date as YYYY-MM-DD, or blank \(null\) for an open end, found "31\/01\/2025"/i
    )
  ).toBeTruthy();
  fireEvent.change(screen.getByLabelText("From (inclusive)"), { target: { value: "2025-01-31" } });
  expect(filters?.dateRange).toEqual({ from: "2025-01-31", to: null });
  expect(screen.queryByText(/must be a date/i)).toBeNull();
});
