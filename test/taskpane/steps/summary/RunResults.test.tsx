/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { ImpactLine, ImpactSummary } from "../../../../src/core/model/result";
import { FixFirst } from "../../../../src/taskpane/steps/summary/FixFirst";
import { ImpactHeadline } from "../../../../src/taskpane/steps/summary/ImpactHeadline";

const line: ImpactLine = {
  measure: "QuarterRevenueUplift",
  label: "Quarter Revenue Uplift",
  type: "Revenue",
  realizationRatePct: 50,
  order: 1,
  potential: 25439.34,
  expected: 12719.67,
  potentialOfActions: 10000,
  expectedOfActions: 5000,
  notUpliftAccounts: 0,
  notUpliftAmount: 0,
};

const impact: ImpactSummary = {
  flaggedAccounts: 29,
  actionAccounts: 12,
  measures: [line],
  expectedByType: { Revenue: 12719.67, Profit: 0 },
  expectedOfActionsByType: { Revenue: 5000, Profit: 0 },
};

const flagged = Array.from({ length: 14 }, (_, i) => ({
  CustomerId: `CID-${String(i + 1).padStart(4, "0")}`,
  CustomerName: `Stanley Linda CPA US Global customer CA ${i + 1}`,
  CustomerSegment: "Electrical connectors",
  CurrentMarginPct: 0.05,
  SegmentAvgMarginPct: 0.174869,
  RulesMet: "MarginVariance > 0.03",
  QuarterRevenueUplift: 2544 - i,
  ExpectedQuarterRevenueUplift: (2544 - i) / 2,
}));

function wrap(node: React.ReactNode) {
  return render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
}

test("the headline figure says what it is of; the actions' share and the other type beside it", () => {
  wrap(<ImpactHeadline impact={impact} currency="USD" />);
  expect(screen.getByTestId("impact-headline").textContent).toBe("12,719.67 USD");
  expect(screen.getByText("Expected revenue impact of all 29 flagged accounts")).toBeTruthy();
  const totals = screen.getByTestId("impact-totals");
  const terms = within(totals)
    .getAllByRole("term")
    .map((t) => t.textContent);
  expect(terms).toEqual([
    "Expected revenue impact of the actions (12 accounts)",
    "Expected profit impact of all 29 flagged accounts",
    "Expected profit impact of the actions (12 accounts)",
    "Quarter Revenue Uplift (Revenue, 50% of 25,439.34)",
  ]);
  expect(screen.getByTestId("impact-actions-Revenue").textContent).toBe("5,000.00");
  expect(screen.getByTestId("impact-line-QuarterRevenueUplift").textContent).toBe("12,719.67");
});

test("Fix first: whole names with their id, margin vs segment, the rule met and the uplift, capped at 10", () => {
  wrap(<FixFirst flagged={flagged} levels={["CustomerId", "CustomerName"]} first={line} />);
  const list = screen.getByRole("region", { name: "Fix first" });
  const items = within(list).getAllByRole("listitem");
  expect(items).toHaveLength(10);
  expect(items[0].textContent).toBe(
    "Stanley Linda CPA US Global customer CA 1 (CID-0001)" +
      "Margin 5.00% vs segment 17.49%" +
      "Rule met: MarginVariance > 0.03" +
      "Quarter Revenue Uplift 2,544.00, expected 1,272.00 (50%)"
  );
  fireEvent.click(within(list).getByRole("button", { name: "14 accounts: show all" }));
  expect(within(list).getAllByRole("listitem")).toHaveLength(14);
});
