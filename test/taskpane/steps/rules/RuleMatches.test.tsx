/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { RuleMatches } from "../../../../src/taskpane/steps/rules/RuleMatches";

const rows = Array.from({ length: 7 }, (_, i) => ({
  CustomerName: `Account ${i + 1} with a rather long trading name`,
  CurrentMarginPct: -0.012 + i * 0.001,
  SegmentAvgMarginPct: 0.084,
  RulesMet: "Negative margin",
}));

function renderMatches() {
  render(
    <FluentProvider theme={webLightTheme}>
      <RuleMatches rows={rows} />
    </FluentProvider>
  );
}

test("shows the first five accounts with margin, segment margin and the rule met", () => {
  renderMatches();
  const list = screen.getByRole("region", { name: "Matching accounts" });
  const items = within(list).getAllByRole("listitem");
  expect(items).toHaveLength(5);
  expect(items[0].textContent).toBe(
    "Account 1 with a rather long trading nameMargin -1.20% vs segment 8.40%Rule met: Negative margin"
  );
});

test("the cap says how many there are and shows all on request", () => {
  renderMatches();
  fireEvent.click(screen.getByRole("button", { name: "7 accounts: show all" }));
  expect(screen.getAllByRole("listitem")).toHaveLength(7);
  expect(screen.getByRole("button", { name: "Show the first 5" })).toBeTruthy();
});
