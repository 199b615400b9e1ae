/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import type { AgentDocument } from "../../../../src/core/model/document";
import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import { JoinStep } from "../../../../src/taskpane/steps/join/JoinStep";
import { computed, renderStep } from "../step-harness";

// The step renders the join's nine measures: slow on a shared machine, not a timing check.
jest.setTimeout(30_000);

function anchored(): AgentDocument {
  return { ...unprofitableAccountAgent(), anchorDate: "2025-10-21" };
}

/** Opens a Fluent dropdown and picks the option with this accessible name. */
function pick(combobox: HTMLElement, option: string) {
  fireEvent.click(combobox);
  fireEvent.click(screen.getByRole("option", { name: option }));
}

const joined = () => screen.getByRole("region", { name: "Series joined" });

test("the series joined are named by id and label; a new left series is stored", () => {
  const { current } = renderStep(<JoinStep />, { doc: anchored() });
  const left = within(joined()).getByRole("combobox", { name: "Left series" });
  const right = within(joined()).getByRole("combobox", { name: "Right series" });
  expect(left.textContent).toContain("Series1: Revenue and Margin by Customer");
  expect(right.textContent).toContain("Series2: Avg Margin by Customer Segment");
  pick(left, "Series2: Avg Margin by Customer Segment");
  expect(current().doc.join.left).toBe("Series2");
  expect(current().doc.join.right).toBe("Series2");
});

test("the join levels fold under Advanced, each pair stacked: left level above its right level", () => {
  const { current } = renderStep(<JoinStep />, { doc: anchored() });
  fireEvent.click(
    within(joined()).getByRole("button", { name: "Advanced: joined on CustomerSegment" })
  );
  const levels = within(joined()).getByRole("group", { name: "Levels that must match" });
  const left1 = within(levels).getByRole("combobox", { name: "Left level 1" });
  const right1 = within(levels).getByRole("combobox", { name: "= Right level 1" });
  expect(left1.textContent).toContain("CustomerSegment");
  expect(right1.textContent).toContain("CustomerSegment");
  // Stacked in one column: the left picker comes first, in the same box as the right one.
  expect(left1.compareDocumentPosition(right1) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  const box = (el: HTMLElement) => el.closest(".fui-Field")!.parentElement;
  expect(box(left1)).toBe(box(right1));
  // The only pair cannot be removed.
  expect(
    within(levels).getByRole("button", { name: "Remove level pair 1" }).hasAttribute("disabled")
  ).toBe(true);

  fireEvent.click(within(joined()).getByRole("button", { name: "Add a level pair" }));
  expect(current().doc.join.on).toEqual([
    { left: "CustomerSegment", right: "CustomerSegment" },
    { left: "CustomerId", right: "CustomerSegment" },
  ]);
  expect(within(levels).getByRole("combobox", { name: "Left level 2" })).toBeTruthy();
  pick(within(levels).getByRole("combobox", { name: "Left level 2" }), "CustomerSegment");
  expect(current().doc.join.on[1]).toEqual({ left: "CustomerSegment", right: "CustomerSegment" });
  fireEvent.click(within(levels).getByRole("button", { name: "Remove level pair 2" }));
  expect(current().doc.join.on).toEqual([{ left: "CustomerSegment", right: "CustomerSegment" }]);
  expect(within(levels).queryByRole("combobox", { name: "Left level 2" })).toBeNull();
});

test("removing a join measure removes its row; a new one opens to be edited", () => {
  const { current } = renderStep(<JoinStep />, { doc: anchored() });
  const measures = screen.getByRole("region", { name: "Join measures" });
  const card = within(measures).getByRole("group", {
    name: "Join measure 5: Margin Lift Potential %",
  });
  expect(within(card).getByText(/^= \(SuggestedMarginPct - CurrentMarginPct\)/)).toBeTruthy();
  fireEvent.click(within(card).getByRole("button", { name: "Remove Margin Lift Potential %" }));
  expect(current().doc.join.measures.map((m) => m.name)).not.toContain("MarginLiftPotentialPct");
  expect(current().doc.join.measures).toHaveLength(8);
  expect(within(measures).queryByRole("group", { name: /Margin Lift Potential %$/ })).toBeNull();

  fireEvent.click(within(measures).getByRole("button", { name: "Add a measure" }));
  expect(current().doc.join.measures[8]).toEqual({
    name: "Measure1",
    label: "Measure1",
    expression: "",
    format: "number",
  });
  const added = within(measures).getByRole("group", { name: "Join measure 9: Measure1" });
  fireEvent.change(within(added).getByRole("textbox", { name: "Column heading" }), {
    target: { value: "Uplift per month" },
  });
  expect(current().doc.join.measures[8].label).toBe("Uplift per month");
});

test("with the preview computed, the join says its row count and shows its first rows", async () => {
  const doc = anchored();
  renderStep(<JoinStep />, { doc, session: await computed(doc) });
  expect(within(joined()).getByTestId("join-stats").textContent).toBe("3 rows in the preview.");
  const rows = await within(joined()).findByRole("region", {
    name: "First 3 of 3 rows of Join Series",
  });
  expect(within(rows).getByRole("columnheader", { name: "Margin Variance" })).toBeTruthy();
  expect(within(rows).getByRole("cell", { name: "Cyan" })).toBeTruthy();
});
