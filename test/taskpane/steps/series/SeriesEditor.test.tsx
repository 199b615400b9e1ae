/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import type { AgentDocument } from "../../../../src/core/model/document";
import type { TransactionTable } from "../../../../src/core/model/transactions";
import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import { useAgent } from "../../../../src/taskpane/state/context";
import { fieldChoices } from "../../../../src/taskpane/state/field-choices";
import { SeriesEditor } from "../../../../src/taskpane/steps/series/SeriesEditor";
import { computed, emptySource, renderStep } from "../step-harness";

// The whole step renders its every measure: slow on a shared machine, not a timing check.
jest.setTimeout(30_000);

/** The first series' editor as the step renders it, over the agent state the test edits. */
function FirstSeries(props: { table?: TransactionTable | null }) {
  const { state } = useAgent();
  const series = state.doc.series[0];
  const choices = fieldChoices(
    undefined,
    {},
    {
      dimensions: series.groupBy,
      numbers: [],
    }
  );
  return (
    <SeriesEditor
      index={0}
      series={series}
      choices={choices}
      table={props.table ?? null}
      result={null}
    />
  );
}

function anchored(): AgentDocument {
  return { ...unprofitableAccountAgent(), anchorDate: "2025-10-21" };
}

/** Opens a Fluent dropdown and picks the option with this accessible name. */
function pick(combobox: HTMLElement, option: string) {
  fireEvent.click(combobox);
  fireEvent.click(screen.getByRole("option", { name: option }));
}

test("the label typed renames the series' region and is stored", () => {
  const { current } = renderStep(<FirstSeries />, { doc: anchored() });
  const region = screen.getByRole("region", { name: "Revenue and Margin by Customer" });
  // What a row of the series is, in business words; the ids formulas use only in the tooltip.
  const words = within(region).getByText(
    "Adds up the invoice lines into one row per Customer ID, Customer name and Customer segment; each row has the measures below."
  );
  expect(words.getAttribute("title")).toBe(
    "In formulas this series is Series1: Series1.Revenue, Series1.Profit, …"
  );
  expect(within(region).queryByText(/Series id|Series1\.Revenue/)).toBeNull();
  fireEvent.change(within(region).getByLabelText("Label"), { target: { value: "Accounts" } });
  expect(current().doc.series[0].label).toBe("Accounts");
  expect(screen.getByRole("region", { name: "Accounts" })).toBeTruthy();
});

test("the group-by levels fold under Advanced; moved, removed and added in the document's order", () => {
  const { current } = renderStep(<FirstSeries />, { doc: anchored() });
  const advanced = screen.getByRole("button", {
    name: "Advanced: group by Customer ID, Customer name, Customer segment",
  });
  expect(advanced.getAttribute("aria-expanded")).toBe("false");
  fireEvent.click(advanced);
  // The ids formulas use are said under Advanced, for whoever writes a formula.
  expect(screen.getByTestId("series-formula-names-Series1").textContent).toBe(
    "In formulas this series is Series1: Series1.Revenue, Series1.Profit, …"
  );
  const levels = screen.getByRole("list", {
    name: "Group-by levels of Revenue and Margin by Customer",
  });
  expect(
    within(levels)
      .getAllByRole("listitem")
      .map((li) => li.textContent)
  ).toEqual(["1. Customer ID", "2. Customer name", "3. Customer segment"]);
  expect(
    screen
      .getByRole("switch", {
        name: "Subtotals per Customer ID and Customer name (an Excel outline)",
      })
      .hasAttribute("checked")
  ).toBe(false);

  fireEvent.click(screen.getByRole("button", { name: "Move Customer segment up" }));
  expect(current().doc.series[0].groupBy).toEqual([
    "CustomerId",
    "CustomerSegment",
    "CustomerName",
  ]);
  expect(screen.getByRole("button", { name: "Move Customer ID up" }).hasAttribute("disabled")).toBe(
    true
  );

  fireEvent.click(screen.getByRole("button", { name: "Remove Customer name" }));
  expect(current().doc.series[0].groupBy).toEqual(["CustomerId", "CustomerSegment"]);
  expect(screen.queryByRole("button", { name: "Remove Customer name" })).toBeNull();

  pick(
    screen.getByRole("combobox", {
      name: "Add a group-by level to Revenue and Margin by Customer",
    }),
    "Customer name"
  );
  expect(current().doc.series[0].groupBy).toEqual([
    "CustomerId",
    "CustomerSegment",
    "CustomerName",
  ]);
  // The advanced button says the levels as they now are.
  expect(
    screen.getByRole("button", {
      name: "Advanced: group by Customer ID, Customer segment, Customer name",
    })
  ).toBeTruthy();
});

test("a filter is added as its own card, its typed values stored, and removing it removes its card", () => {
  const { current } = renderStep(<FirstSeries />, { doc: anchored() });
  expect(screen.queryByRole("group", { name: "Filter 1" })).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "Add a filter" }));
  const card = screen.getByRole("group", { name: "Filter 1" });
  expect(within(card).getByRole("combobox", { name: "Column" }).textContent).toContain(
    "CustomerSegment"
  );
  fireEvent.change(within(card).getByLabelText("Values (separated by commas)"), {
    target: { value: "Cooling, Packaging" },
  });
  expect(current().doc.series[0].filters.dimensions).toEqual([
    { field: "CustomerSegment", operator: "in", values: ["Cooling", "Packaging"] },
  ]);
  pick(within(card).getByRole("combobox", { name: "Rule" }), "is not one of");
  expect(current().doc.series[0].filters.dimensions[0].operator).toBe("notIn");

  fireEvent.click(
    within(card).getByRole("button", { name: "Remove filter 1: CustomerSegment is not one of …" })
  );
  expect(current().doc.series[0].filters.dimensions).toEqual([]);
  expect(screen.queryByRole("group", { name: "Filter 1" })).toBeNull();
});

test("with the rows parsed, a filter's values are picked from those found in the column", async () => {
  const doc = anchored();
  const { source } = await computed(doc);
  const { current } = renderStep(<FirstSeries table={source.parsed!.table} />, {
    doc,
    session: { source },
  });
  fireEvent.click(screen.getByRole("button", { name: "Add a filter" }));
  const card = screen.getByRole("group", { name: "Filter 1" });
  expect(within(card).getByText("Pick at least one value.")).toBeTruthy();
  const values = within(card).getByRole("combobox", { name: "Values" });
  fireEvent.click(values);
  // A multiselect's options are checkable items of a menu.
  expect(screen.getAllByRole("menuitemcheckbox").map((o) => o.textContent)).toEqual([
    "Cooling",
    "Packaging",
  ]);
  fireEvent.click(screen.getByRole("menuitemcheckbox", { name: "Packaging" }));
  expect(current().doc.series[0].filters.dimensions[0].values).toEqual(["Packaging"]);
  expect(within(card).queryByText("Pick at least one value.")).toBeNull();
});

test("removing a measure removes its row; a new column total opens to be edited", () => {
  const { current } = renderStep(<FirstSeries />, { doc: anchored() });
  expect(screen.getByRole("group", { name: "Measure 4: Revenue Rank" })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Remove Revenue Rank" }));
  expect(current().doc.series[0].measures.map((m) => m.name)).toEqual([
    "Revenue",
    "Profit",
    "AvgMarginPct",
    "AnnualRevenue",
  ]);
  expect(screen.queryByRole("group", { name: /Revenue Rank$/ })).toBeNull();
  expect(screen.getByRole("group", { name: "Measure 4: Annual Revenue" })).toBeTruthy();

  fireEvent.click(screen.getByRole("button", { name: "Add a column total" }));
  expect(current().doc.series[0].measures[4]).toMatchObject({
    kind: "aggregate",
    name: "Measure1",
    field: "InvoicePrice",
    aggregation: "sum",
  });
  const added = screen.getByRole("group", { name: "Measure 5: Measure1" });
  expect(within(added).getByLabelText("Name (in formulas)")).toBeTruthy();
});

test("the zero-value switch is stored for this series only", () => {
  const { current } = renderStep(<FirstSeries />, { doc: anchored() });
  const zero = screen.getByRole("switch", { name: "Leave out zero-value lines (invoice price 0)" });
  expect((zero as HTMLInputElement).checked).toBe(true);
  fireEvent.click(zero);
  expect(current().doc.series.map((s) => s.filters.excludeZeroValue)).toEqual([false, true]);
});

test("a series reads another sheet of the workbook and its own currency when the user says so", () => {
  const { current } = renderStep(<FirstSeries />, {
    doc: { ...anchored(), source: { sheet: "Sales", mapping: {} } },
    session: {
      source: emptySource({
        choices: [
          { name: "Sales", kind: "sheet" },
          { name: "Benchmarks", kind: "sheet" },
        ],
      }),
    },
  });
  const sheet = screen.getByRole("combobox", { name: /^Data source/ }) as HTMLSelectElement;
  // The agent's own sheet is the first choice, not listed again.
  expect([...sheet.options].map((o) => o.textContent)).toEqual([
    "The agent's source (Data step)",
    "Benchmarks",
  ]);
  fireEvent.change(sheet, { target: { value: "Benchmarks" } });
  expect(current().doc.series[0].source).toEqual({ sheet: "Benchmarks" });
  expect(current().doc.series[1].source).toBeUndefined();

  const currency = screen.getByRole("textbox", { name: /^Currency/ });
  expect(currency.getAttribute("placeholder")).toBe("USD");
  fireEvent.change(currency, { target: { value: "eur" } });
  expect(current().doc.series[0].currency).toBe("EUR");
  // The agent's own currency typed in is the same as blank.
  fireEvent.change(currency, { target: { value: "usd" } });
  fireEvent.blur(currency);
  expect(current().doc.series[0].currency).toBeUndefined();
});
