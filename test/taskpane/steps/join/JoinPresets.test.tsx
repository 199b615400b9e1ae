/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { JoinPresets } from "../../../../src/taskpane/steps/join/JoinPresets";
import { emptySource, readSheet, renderStep } from "../step-harness";

/** Opens a Fluent dropdown and picks the option with this accessible name. */
function pick(combobox: HTMLElement, option: string) {
  fireEvent.click(combobox);
  fireEvent.click(screen.getByRole("option", { name: option }));
}

const presets = () => screen.getByRole("region", { name: "Ready-made measures" });
const formulaOf = (
  doc: { join: { measures: readonly { name: string; expression: string }[] } },
  name: string
) => doc.join.measures.find((m) => m.name === name)?.expression;

test("the seed's definitions are shown as chosen; another margin uplift rewrites that measure in place", () => {
  const { current } = renderStep(<JoinPresets />);
  const margin = within(presets()).getByRole("combobox", { name: "Quarter Margin Uplift" });
  expect(margin.textContent).toContain(
    "Suggested margin × annual revenue / 4 (the seed's example)"
  );
  const at = current().doc.join.measures.findIndex((m) => m.name === "QuarterMarginUplift");
  pick(margin, "Previous quarter's margin restored on this quarter's revenue");
  const after = current().doc;
  expect(after.join.measures[at].name).toBe("QuarterMarginUplift");
  expect(formulaOf(after, "QuarterMarginUplift")).not.toBe(
    "(SuggestedMarginPct - CurrentMarginPct) * AnnualRevenue / 4"
  );
  expect(margin.textContent).toContain(
    "Previous quarter's margin restored on this quarter's revenue"
  );
  // Now quarters are counted: the basis applies to every quarter measure.
  expect(within(presets()).getByText("Applies to every quarter measure below.")).toBeTruthy();
});

test("reference prices ask for the sheet and the units column; the trend is added once", () => {
  const { current } = renderStep(<JoinPresets />, {
    session: { source: emptySource(readSheet("Sales")) },
  });
  expect(within(presets()).queryByTestId("preset-reference-sheet")).toBeNull();
  pick(
    within(presets()).getByRole("combobox", { name: "Quarter Revenue Uplift: price level" }),
    "This quarter's units at reference prices from a sheet"
  );
  expect(within(presets()).getByRole("textbox", { name: /^Reference price sheet/ })).toBeTruthy();
  expect(within(presets()).getByRole("combobox", { name: /^Units column/ })).toBeTruthy();
  expect(current().doc.referencePrices).toBeTruthy();

  const trend = within(presets()).getByRole("button", { name: "Add the margin trend" });
  fireEvent.click(trend);
  expect(current().doc.join.measures.some((m) => m.name === "MarginTrendPts")).toBe(true);
  const added = within(presets()).getByRole("button", {
    name: "Margin trend added (MarginTrendPts)",
  });
  expect(added.hasAttribute("disabled")).toBe(true);
});
