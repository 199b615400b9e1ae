/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { AnchorHint } from "../../../src/taskpane/components/AnchorHint";
import { renderStep } from "../steps/step-harness";

test("says the anchor date was set to the data's last day, and offers today back", () => {
  const keepToday = jest.fn();
  renderStep(<AnchorHint />, {
    session: { anchorDefault: { applied: "2025-10-21", keepToday } },
  });
  const hint = screen.getByTestId("anchor-hint");
  expect(within(hint).getByText("Anchor date set to 2025-10-21")).toBeTruthy();
  expect(
    within(hint).getByText(/The data ends on 2025-10-21, before today: with today as the anchor/)
  ).toBeTruthy();
  fireEvent.click(within(hint).getByRole("button", { name: "Use today instead" }));
  expect(keepToday).toHaveBeenCalledTimes(1);
});

test("nothing while the anchor date is the user's own", () => {
  const { container } = renderStep(<AnchorHint />);
  expect(container.textContent).toBe("");
});
